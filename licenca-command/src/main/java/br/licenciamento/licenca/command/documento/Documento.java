package br.licenciamento.licenca.command.documento;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.documento.AnexarDocumento;
import br.licenciamento.api.documento.AnexarNovaVersao;
import br.licenciamento.api.documento.AvaliarDocumento;
import br.licenciamento.api.documento.DocumentoAnexado;
import br.licenciamento.api.documento.DocumentoAvaliado;
import br.licenciamento.api.documento.NovaVersaoAnexada;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A document of a process: its versions (each new one supersedes the last) and the agency's evaluation of the
 * current one. The bytes live in the module's content store; the events carry hash and metadata.
 */
@Aggregate(cache = "cacheDosDocumentos")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Documento {

    @AggregateIdentifier
    private String documentoId;
    private String processoId;
    private int versaoAtual;
    private String sha256Atual;
    private boolean avaliado;

    protected Documento() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Documento(AnexarDocumento comando, Clock relogio) {
        apply(new DocumentoAnexado(comando.documentoId(), comando.processoId(), comando.categoria(), comando.nomeArquivo(),
                comando.tipoDeMidia(), comando.tamanho(), comando.sha256(), 1, relogio.instant()));
    }

    @CommandHandler
    public long handle(AnexarNovaVersao comando, Clock relogio) {
        if (comando.sha256().equals(sha256Atual)) {
            throw new RegraVioladaException(MENSAGENS, "versao-identica", versaoAtual);
        }
        apply(new NovaVersaoAnexada(documentoId, processoId, versaoAtual + 1, versaoAtual, comando.nomeArquivo(),
                comando.tipoDeMidia(), comando.tamanho(), comando.sha256(), relogio.instant()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(AvaliarDocumento comando, Clock relogio) {
        if (avaliado) {
            throw new RegraVioladaException(MENSAGENS, "documento-ja-avaliado", versaoAtual);
        }
        if (!comando.aceito() && (comando.motivo() == null || comando.motivo().isBlank())) {
            throw new RegraVioladaException(MENSAGENS, "fundamentacao-obrigatoria.recusa-do-documento");
        }
        apply(new DocumentoAvaliado(documentoId, processoId, versaoAtual, comando.aceito(), comando.motivo(), relogio.instant()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(DocumentoAnexado evento) {
        documentoId = evento.documentoId();
        processoId = evento.processoId();
        versaoAtual = evento.numeroVersao();
        sha256Atual = evento.sha256();
    }

    @EventSourcingHandler
    void on(NovaVersaoAnexada evento) {
        versaoAtual = evento.numeroVersao();
        sha256Atual = evento.sha256();
        avaliado = false;
    }

    @EventSourcingHandler
    void on(DocumentoAvaliado evento) {
        avaliado = true;
    }
}
