package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.comum.Mensagens;
import br.licenciamento.api.documento.DocumentoAnexado;
import br.licenciamento.api.documento.DocumentoAvaliado;
import br.licenciamento.api.documento.NovaVersaoAnexada;
import br.licenciamento.api.licenca.LicencaEmitida;
import br.licenciamento.api.processo.*;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnuenciaRegistrada;
import br.licenciamento.api.territorio.LocalizacaoDoEmpreendimentoDefinida;
import br.licenciamento.platform.projecao.VersaoDaProjecao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.Map;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

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
    static final int VERSAO = 3;

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
        registrar(evento.processoId(), mudanca, mensagem, sequencia, MENSAGENS.texto("linha.protocolado",
                evento.tipoLicenca(), evento.numero(), MENSAGENS.texto("linha.protocolado.regime." + evento.regime().name())));
    }

    @EventHandler
    void on(ProcessoEnquadrado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.ENQUADRADO, mensagem, sequencia, MENSAGENS.texto("linha.enquadrado",
                evento.classe(), evento.porte(), evento.potencial(), evento.modalidade())
                + (evento.estudos().isEmpty() ? "" : MENSAGENS.texto("linha.enquadrado.estudos", MENSAGENS.e(evento.estudos())))
                + (evento.prazoAnaliseAte() == null ? "" : MENSAGENS.texto("linha.enquadrado.prazo", evento.prazoAnaliseAte()))
                + (evento.documentosExigidos().isEmpty() ? "" : MENSAGENS.texto("linha.enquadrado.documentos",
                        String.join(", ", evento.documentosExigidos()))));
    }

    @EventHandler
    void on(DocumentacaoEntregue evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.documentacao-entregue",
                evento.entregueEm(), evento.prazoAnaliseAte()));
    }

    @EventHandler
    void on(ProcessoImportado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.importado",
                evento.numeroLegado(), evento.situacao()));
    }

    @EventHandler
    void on(GuiaDeTaxaEmitida evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.AGUARDANDO_PAGAMENTO, mensagem, sequencia, MENSAGENS.texto("linha.guia-emitida",
                evento.meio(), Mensagens.reais(evento.valor()), evento.vencimento()));
    }

    @EventHandler
    void on(PagamentoConfirmado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ADMISSIBILIDADE, mensagem, sequencia,
                MENSAGENS.texto("linha.pagamento-confirmado", evento.analiseIniciadaEm()));
    }

    @EventHandler
    void on(ProcessoAdmitido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ANALISE, mensagem, sequencia, MENSAGENS.texto("linha.admitido"));
    }

    @EventHandler
    void on(ProcessoNaoAdmitido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ADMISSIBILIDADE, mensagem, sequencia, evento.prazoAnaliseAte() == null
                ? MENSAGENS.texto("linha.nao-admitido", evento.motivo())
                : MENSAGENS.texto("linha.nao-admitido.prazo", evento.motivo(), evento.prazoAnaliseAte()));
    }

    @EventHandler
    void on(AnalistaAtribuido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        Mudanca mudanca = new Mudanca().definir("analista", evento.analista()).saindoDoAnalista(evento.anterior());
        registrar(evento.processoId(), mudanca, mensagem, sequencia, evento.anterior() == null
                ? MENSAGENS.texto("linha.analista-atribuido", evento.analista())
                : MENSAGENS.texto("linha.analista-redistribuido", evento.anterior(), evento.analista()));
    }

    @EventHandler
    void on(VistoriaRealizada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.vistoria", evento.realizadaEm()));
    }

    @EventHandler
    void on(ParecerEmitido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto(evento.favoravel()
                ? "linha.parecer.favoravel" : "linha.parecer.desfavoravel", evento.tipo()));
    }

    @EventHandler
    void on(ComplementacaoSolicitada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO, mensagem, sequencia, MENSAGENS.texto("linha.complementacao-solicitada",
                String.join("; ", evento.itens()), evento.respostaAte()));
    }

    @EventHandler
    void on(ComplementacaoAtendida evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ANALISE, mensagem, sequencia, evento.prazoAnaliseAte() == null
                ? MENSAGENS.texto("linha.complementacao-atendida", evento.documentoIds().size())
                : MENSAGENS.texto("linha.complementacao-atendida.prazo", evento.documentoIds().size(), evento.prazoAnaliseAte()));
    }

    @EventHandler
    void on(PrazoDeComplementacaoProrrogado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.complementacao-prorrogada", evento.respostaAte()));
    }

    @EventHandler
    void on(EditalDoRimaPublicado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.edital-rima",
                evento.solicitacoesDeAudienciaAte()));
    }

    @EventHandler
    void on(AudienciaPublicaSolicitada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.audiencia-solicitada", evento.nomeDoSolicitante()));
    }

    @EventHandler
    void on(AudienciaPublicaRealizada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.audiencia-realizada",
                evento.realizadaEm(), evento.local()));
    }

    @EventHandler
    void on(AdesaoECompromissoDeclarada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.adesao"));
    }

    @EventHandler
    void on(ProcessoDeferido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.DEFERIDO, mensagem, sequencia, MENSAGENS.texto("linha.deferido",
                evento.tipoLicenca(), evento.validaAte(), evento.condicionantes().size(), evento.prazoRecursoAte()));
    }

    @EventHandler
    void on(LicencaEmitida evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.licenca-emitida",
                evento.numero(), evento.codigoAutenticidade(), evento.validaAte()));
    }

    @EventHandler
    void on(ProcessoIndeferido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), SituacaoProcesso.INDEFERIDO, mensagem, sequencia, MENSAGENS.texto("linha.indeferido",
                evento.fundamentos(), evento.prazoRecursoAte()));
    }

    @EventHandler
    void on(ProcessoArquivado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        // A reason this module has no sentence for yet (the write side may add one) still reads as an archiving.
        String chave = "linha.arquivado." + evento.motivo().name();
        situacao(evento.processoId(), SituacaoProcesso.ARQUIVADO, mensagem, sequencia, MENSAGENS.tem(chave)
                ? MENSAGENS.texto(chave) : MENSAGENS.texto("linha.arquivado.outro-motivo",
                        evento.motivo().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    }

    @EventHandler
    void on(RecursoInterposto evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.recurso-interposto", evento.julgarAte()));
    }

    @EventHandler
    void on(RecursoJulgado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        situacao(evento.processoId(), evento.situacaoResultante(), mensagem, sequencia,
                MENSAGENS.texto(evento.provido() ? "linha.recurso-provido" : "linha.recurso-nao-provido"));
    }

    @EventHandler
    void on(PrazoDeAnaliseExcedido evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.prazo-de-analise-excedido",
                evento.prazoAnaliseAte()));
    }

    @EventHandler
    void on(DocumentoAnexado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, evento.categoria() == null || evento.categoria().isBlank()
                ? MENSAGENS.texto("linha.documento-anexado", evento.nomeArquivo())
                : MENSAGENS.texto("linha.documento-anexado.categoria", evento.nomeArquivo(), evento.categoria()));
    }

    @EventHandler
    void on(NovaVersaoAnexada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, MENSAGENS.texto("linha.nova-versao",
                evento.numeroVersao(), evento.nomeArquivo()));
    }

    @EventHandler
    void on(DocumentoAvaliado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        linha(evento.processoId(), mensagem, sequencia, evento.aceito()
                ? MENSAGENS.texto("linha.documento-aceito") : MENSAGENS.texto("linha.documento-recusado", evento.motivo()));
    }

    @EventHandler
    void on(LocalizacaoDoEmpreendimentoDefinida evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        Map<String, Object> geometria = GeometriaDoDossie.documento(evento.geometria());
        Mudanca mudanca = new Mudanca().definir("localizacao",
                new DossieDocumento.LocalizacaoGuardada(geometria, evento.municipioIbge(), evento.definidaEm()));
        registrar(evento.processoId(), mudanca, mensagem, sequencia, MENSAGENS.texto("linha.localizacao",
                GeometriaDoDossie.tipoLegivel(geometria), evento.municipioIbge()));
    }

    @EventHandler
    void on(AnaliseTerritorialRealizada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        Mudanca mudanca = new Mudanca().acrescentar("analisesTerritoriais",
                new DossieDocumento.AnaliseGuardada(mensagem.getIdentifier(), sequencia, evento));
        registrar(evento.processoId(), mudanca, mensagem, sequencia, LinhaDaAnaliseTerritorial.de(evento));
    }

    @EventHandler
    void on(AnuenciaRegistrada evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        registrar(evento.processoId(), new Mudanca().acrescentar("anuenciasRegistradas", evento), mensagem, sequencia,
                MENSAGENS.texto("linha.anuencia-registrada", evento.feicaoId(), evento.documento()));
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

}
