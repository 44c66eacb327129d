package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.documento.DocumentoAnexado;
import br.licenciamento.api.documento.DocumentoAvaliado;
import br.licenciamento.api.documento.NovaVersaoAnexada;
import br.licenciamento.api.licenca.LicencaEmitida;
import br.licenciamento.api.processo.*;
import br.licenciamento.platform.projecao.VersaoDaProjecao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The dossier of each process, event by event: the one place that knows what an event means for a dossier. It only
 * describes changes ({@link Mudanca}); the live instance applies them to MongoDB ({@link DossiesNoMongo}), and
 * {@link DossieNoPassado} runs another instance over a process's past events in memory. Every change is an upsert
 * keyed by the process, and timeline lines are keyed by event, so replaying the stream gives the same documents.
 */
@Component
@ProcessingGroup(DossieProjection.GRUPO)
@VersaoDaProjecao(DossieProjection.VERSAO)
class DossieProjection {

    static final String GRUPO = "dossie";
    /** Raise on any change that makes stored dossiers stale: the next start rebuilds them (platform's projecao). */
    static final int VERSAO = 2;

    private final DestinoDoDossie destino;

    DossieProjection(DestinoDoDossie destino) {
        this.destino = destino;
    }

    @EventHandler
    void on(ProcessoProtocolado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        Mudanca mudanca = new Mudanca()
                .definir("numero", evento.numero())
                .definir("requerenteId", evento.requerenteId())
                .definir("empreendimento", evento.empreendimento())
                .definir("cnae", evento.cnae())
                .definir("municipioIbge", evento.municipioIbge())
                .definir("tipoLicenca", evento.tipoLicenca())
                .definir("regime", evento.regime())
                .definir("situacao", SituacaoProcesso.PROTOCOLADO)
                .definir("protocoladoEm", evento.protocoladoEm());
        registrar(evento.processoId(), mudanca, mensagem, sequencia, "Pedido de " + evento.tipoLicenca()
                + " protocolado sob o numero " + evento.numero() + " (" + descricao(evento.regime()) + ")");
    }

    @EventHandler
    void on(ProcessoEnquadrado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.ENQUADRADO, mensagem, sequencia, "Enquadrado na classe " + evento.classe()
                + " (porte " + evento.porte() + ", potencial poluidor " + evento.potencial() + "), procedimento "
                + evento.modalidade() + (evento.estudos().isEmpty() ? "" : ", estudos " + evento.estudos())
                + (evento.prazoAnaliseAte() == null ? "" : "; prazo de analise do orgao ate " + data(evento.prazoAnaliseAte()))
                + (evento.documentosExigidos().isEmpty() ? "" : "; documentos exigidos: "
                        + String.join(", ", evento.documentosExigidos())));
    }

    @EventHandler
    void on(DocumentacaoEntregue evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Estudos e documentos exigidos entregues em "
                + data(evento.entregueEm()) + "; prazo de análise do órgão até " + data(evento.prazoAnaliseAte())
                + " (Lei 15.190 art. 47)");
    }

    @EventHandler
    void on(ProcessoImportado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Processo importado do sistema anterior (número "
                + evento.numeroLegado() + ", na situação " + evento.situacao() + "); as etapas seguintes reproduzem o "
                + "seu histórico, com as datas originais");
    }

    @EventHandler
    void on(GuiaDeTaxaEmitida evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.AGUARDANDO_PAGAMENTO, mensagem, sequencia, "Guia de taxa emitida ("
                + evento.meio() + ", R$ " + evento.valor().toPlainString() + ", vencimento " + data(evento.vencimento()) + ")");
    }

    @EventHandler
    void on(PagamentoConfirmado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ADMISSIBILIDADE, mensagem, sequencia,
                "Pagamento confirmado; analise iniciada em " + data(evento.analiseIniciadaEm()));
    }

    @EventHandler
    void on(ProcessoAdmitido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ANALISE, mensagem, sequencia, "Estudo admitido; processo em analise tecnica");
    }

    @EventHandler
    void on(ProcessoNaoAdmitido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ADMISSIBILIDADE, mensagem, sequencia, "Estudo nao admitido ("
                + evento.motivo() + "); procedimento reiniciado"
                + (evento.prazoAnaliseAte() == null ? "" : ", novo prazo de analise ate " + data(evento.prazoAnaliseAte())));
    }

    @EventHandler
    void on(AnalistaAtribuido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        Mudanca mudanca = new Mudanca().definir("analista", evento.analista()).saindoDoAnalista(evento.anterior());
        registrar(evento.processoId(), mudanca, mensagem, sequencia, evento.anterior() == null
                ? "Processo atribuido ao analista " + evento.analista()
                : "Processo redistribuido do analista " + evento.anterior() + " ao analista " + evento.analista());
    }

    @EventHandler
    void on(VistoriaRealizada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Vistoria realizada em " + data(evento.realizadaEm()));
    }

    @EventHandler
    void on(ParecerEmitido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Parecer " + (evento.tipo() == TipoDeParecer.TECNICO ? "tecnico" : "juridico")
                + (evento.favoravel() ? " favoravel" : " desfavoravel"));
    }

    @EventHandler
    void on(ComplementacaoSolicitada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO, mensagem, sequencia, "Complementacao solicitada ("
                + String.join("; ", evento.itens()) + "); responder ate " + data(evento.respostaAte())
                + "; prazo do orgao suspenso");
    }

    @EventHandler
    void on(ComplementacaoAtendida evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ANALISE, mensagem, sequencia, "Complementacao atendida com "
                + evento.documentoIds().size() + " documento(s); prazo do orgao retomado"
                + (evento.prazoAnaliseAte() == null ? "" : ", agora ate " + data(evento.prazoAnaliseAte())));
    }

    @EventHandler
    void on(PrazoDeComplementacaoProrrogado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Prazo de complementacao prorrogado ate " + data(evento.respostaAte()));
    }

    @EventHandler
    void on(EditalDoRimaPublicado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Edital do RIMA publicado; audiencia publica pode ser pedida ate "
                + data(evento.solicitacoesDeAudienciaAte()));
    }

    @EventHandler
    void on(AudienciaPublicaSolicitada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Audiencia publica solicitada por " + evento.nomeDoSolicitante());
    }

    @EventHandler
    void on(AudienciaPublicaRealizada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Audiencia publica realizada em " + data(evento.realizadaEm())
                + " (" + evento.local() + ")");
    }

    @EventHandler
    void on(AdesaoECompromissoDeclarada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Declaracao de adesao e compromisso apresentada");
    }

    @EventHandler
    void on(ProcessoDeferido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.DEFERIDO, mensagem, sequencia, "Deferido: " + evento.tipoLicenca()
                + " valida ate " + data(evento.validaAte()) + " com " + evento.condicionantes().size()
                + " condicionante(s); recurso ate " + data(evento.prazoRecursoAte()));
    }

    @EventHandler
    void on(LicencaEmitida evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Licenca " + evento.numero() + " emitida (codigo de autenticidade "
                + evento.codigoAutenticidade() + "), valida ate " + data(evento.validaAte()));
    }

    @EventHandler
    void on(ProcessoIndeferido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.INDEFERIDO, mensagem, sequencia, "Indeferido: " + evento.fundamentos()
                + "; recurso ate " + data(evento.prazoRecursoAte()));
    }

    @EventHandler
    void on(ProcessoArquivado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.ARQUIVADO, mensagem, sequencia, switch (evento.motivo()) {
            case PRAZO_DE_COMPLEMENTACAO_EXPIRADO -> "Arquivado: complementacao nao atendida no prazo; novo pedido exige nova taxa";
            case DESISTENCIA -> "Arquivado por desistencia do requerente";
            case TAXA_NAO_PAGA -> "Arquivado: taxa nao paga no prazo; novo pedido exige nova taxa";
        });
    }

    @EventHandler
    void on(RecursoInterposto evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Recurso interposto; julgamento ate " + data(evento.julgarAte()));
    }

    @EventHandler
    void on(RecursoJulgado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), evento.situacaoResultante(), mensagem, sequencia,
                "Recurso " + (evento.provido() ? "provido" : "nao provido"));
    }

    @EventHandler
    void on(PrazoDeAnaliseExcedido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Prazo de analise do orgao vencido em " + data(evento.prazoAnaliseAte())
                + "; sem aprovacao tacita, o requerente pode pedir atuacao supletiva");
    }

    @EventHandler
    void on(DocumentoAnexado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Documento anexado: " + evento.nomeArquivo()
                + (evento.categoria() == null || evento.categoria().isBlank() ? "" : " (" + evento.categoria() + ")"));
    }

    @EventHandler
    void on(NovaVersaoAnexada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Nova versao (" + evento.numeroVersao() + ") do documento "
                + evento.nomeArquivo());
    }

    @EventHandler
    void on(DocumentoAvaliado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, "Documento " + (evento.aceito() ? "aceito" : "recusado: " + evento.motivo()));
    }

    @ResetHandler
    void antesDoReplay() {
        destino.apagarTudo();
    }

    private void registrar(String processoId, Mudanca mudanca, EventMessage<?> mensagem, long sequencia, String descricao) {
        mudanca.acrescentar("linhaDoTempo",
                        new DossieDocumento.Ocorrencia(mensagem.getIdentifier(), sequencia, mensagem.getTimestamp(), descricao))
                .avancar("atualizadoEm", mensagem.getTimestamp());
        if (mensagem instanceof DomainEventMessage<?> dominio && !processoId.equals(dominio.getAggregateIdentifier())) {
            // A document's or licence's stream: remembered so the dossier of a past instant reads it too.
            mudanca.acrescentar("agregadosRelacionados", dominio.getAggregateIdentifier());
        } else {
            // The process's own version, which a client sends back in If-Match.
            mudanca.maximo("versao", sequencia);
        }
        destino.aplicar(processoId, mudanca, mensagem);
    }

    private void situacao(String processoId, SituacaoProcesso situacao, EventMessage<?> mensagem, long sequencia, String descricao) {
        registrar(processoId, new Mudanca().definir("situacao", situacao), mensagem, sequencia, descricao);
    }

    private void linha(String processoId, EventMessage<?> mensagem, long sequencia, String descricao) {
        registrar(processoId, new Mudanca(), mensagem, sequencia, descricao);
    }

    private static String data(LocalDate dia) {
        return dia.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String descricao(RegimeJuridico regime) {
        return switch (regime) {
            case CONAMA_237 -> "regime CONAMA 237/1997 e LC 140/2011";
            case LEI_15190 -> "regime da Lei 15.190/2025";
        };
    }
}
