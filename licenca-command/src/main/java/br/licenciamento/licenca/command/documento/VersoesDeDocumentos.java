package br.licenciamento.licenca.command.documento;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.documento.DocumentoAnexado;
import br.licenciamento.api.documento.DocumentoAvaliado;
import br.licenciamento.api.documento.NovaVersaoAnexada;
import br.licenciamento.api.processo.RegistrarEntregaDosDocumentos;
import br.licenciamento.platform.axon.ComandosNaTransacao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;


/**
 * Records each version's hash for downloads and each document's place in its process's checklist, in the transaction
 * of the event that created it; then, for the first document of a category, tells the process its checklist may be
 * complete, after the record it will read.
 */
@Component
@ProcessingGroup(VersoesDeDocumentos.GRUPO)
class VersoesDeDocumentos {

    static final String GRUPO = "versoes-de-documentos";

    private final ConteudoDeDocumentos conteudo;
    private final ComandosNaTransacao comandos;

    VersoesDeDocumentos(ConteudoDeDocumentos conteudo, ComandosNaTransacao comandos) {
        this.conteudo = conteudo;
        this.comandos = comandos;
    }

    @EventHandler
    void on(DocumentoAnexado evento) {
        conteudo.registrarVersao(evento.documentoId(), evento.numeroVersao(), evento.processoId(), evento.nomeArquivo(),
                evento.tipoDeMidia(), evento.sha256());
        boolean primeiroDaCategoria = conteudo.registrarDocumento(evento.documentoId(), evento.processoId(),
                evento.categoria(), DiasLegais.dia(evento.anexadoEm()));
        // Another file of a category already delivered cannot complete the checklist: the process is not loaded.
        if (primeiroDaCategoria) {
            comandos.enviar(new RegistrarEntregaDosDocumentos(evento.processoId()));
        }
    }

    @EventHandler
    void on(DocumentoAvaliado evento) {
        conteudo.registrarAvaliacao(evento.documentoId(), evento.numeroVersao(), evento.aceito());
    }

    @EventHandler
    void on(NovaVersaoAnexada evento) {
        conteudo.registrarVersao(evento.documentoId(), evento.numeroVersao(), evento.processoId(), evento.nomeArquivo(),
                evento.tipoDeMidia(), evento.sha256());
        conteudo.registrarNovaVersao(evento.documentoId(), evento.numeroVersao());
    }
}
