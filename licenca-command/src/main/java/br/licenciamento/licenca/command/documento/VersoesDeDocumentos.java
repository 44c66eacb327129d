package br.licenciamento.licenca.command.documento;

import br.licenciamento.api.documento.DocumentoAnexado;
import br.licenciamento.api.documento.NovaVersaoAnexada;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Records each version's hash for downloads, in the transaction of the event that created it. */
@Component
@ProcessingGroup(VersoesDeDocumentos.GRUPO)
class VersoesDeDocumentos {

    static final String GRUPO = "versoes-de-documentos";

    private final ConteudoDeDocumentos conteudo;

    VersoesDeDocumentos(ConteudoDeDocumentos conteudo) {
        this.conteudo = conteudo;
    }

    @EventHandler
    void on(DocumentoAnexado evento) {
        conteudo.registrarVersao(evento.documentoId(), evento.numeroVersao(), evento.processoId(), evento.nomeArquivo(),
                evento.tipoDeMidia(), evento.sha256());
    }

    @EventHandler
    void on(NovaVersaoAnexada evento) {
        conteudo.registrarVersao(evento.documentoId(), evento.numeroVersao(), evento.processoId(), evento.nomeArquivo(),
                evento.tipoDeMidia(), evento.sha256());
    }
}
