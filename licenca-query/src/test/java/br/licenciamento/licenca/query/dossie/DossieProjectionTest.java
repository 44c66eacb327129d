package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.documento.DocumentoAnexado;
import br.licenciamento.api.processo.AnalistaAtribuido;
import br.licenciamento.api.processo.ConsultaDoDossie;
import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.ProcessosVisiveis;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given events → the dossier read model. The same projection runs against MongoDB (the live dossier) and in memory
 * (a past instant); every rule is checked on the stored dossier, and both destinations must agree.
 */
class DossieProjectionTest extends ComMongoNaMemoria {

    private static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");

    private MongoTemplate mongo;
    private SimpleQueryUpdateEmitter emissor;
    private DossiesNoMongo dossies;
    private AnnotationEventHandlerAdapter projecao;
    private final String processoId = UUID.randomUUID().toString();

    @BeforeEach
    void novaProjecao() {
        mongo = new MongoTemplate(cliente, "dossie-" + UUID.randomUUID());
        emissor = SimpleQueryUpdateEmitter.builder().build();
        dossies = new DossiesNoMongo(mongo, emissor);
        dossies.afterPropertiesSet();
        projecao = new AnnotationEventHandlerAdapter(new DossieProjection(dossies));
    }

    @Test
    void protocoloCriaODossieComDadosDoPedidoELinhaDoTempo() {
        aplicar(protocolo(0, "pessoa-1"));

        DossieProcesso dossie = dossie();
        assertThat(dossie.numero()).isEqualTo("2026/000001");
        assertThat(dossie.requerenteId()).isEqualTo("pessoa-1");
        assertThat(dossie.situacao()).isEqualTo(SituacaoProcesso.PROTOCOLADO);
        assertThat(dossie.linhaDoTempo()).singleElement()
                .satisfies(l -> assertThat(l.descricao()).startsWith("Pedido de LP protocolado sob o número 2026/000001"));
    }

    @Test
    void mesmoEventoProjetadoDuasVezesNaoRepeteNada() {
        DomainEventMessage<?> protocolo = protocolo(0, "pessoa-1");
        DomainEventMessage<?> enquadramento = enquadramento(1);
        aplicar(protocolo);
        aplicar(enquadramento);
        Object antes = mongo.findById(processoId, org.bson.Document.class, DossieDocumento.COLECAO);

        aplicar(protocolo);
        aplicar(enquadramento);

        assertThat(mongo.findById(processoId, org.bson.Document.class, DossieDocumento.COLECAO)).isEqualTo(antes);
        assertThat(dossie().linhaDoTempo()).hasSize(2);
    }

    @Test
    void eventoDeDocumentoEntraNaLinhaDoTempoEOFluxoDoDocumentoFicaRegistrado() {
        aplicar(protocolo(0, "pessoa-1"));
        aplicar(evento("documento-1", 0, new DocumentoAnexado("documento-1", processoId, "EIA", "eia.pdf",
                "application/pdf", 10, "ab".repeat(32), 1, T0.plusSeconds(60)), T0.plusSeconds(60)));

        assertThat(dossie().linhaDoTempo()).extracting(DossieProcesso.Ocorrencia::descricao)
                .contains("Documento anexado: eia.pdf (EIA)");
        assertThat(dossies.agregadosRelacionados(processoId)).containsExactly("documento-1");
    }

    @Test
    void atribuicaoRegistraOAnalistaEARedistribuicaoOSubstitui() {
        aplicar(protocolo(0, "pessoa-1"));
        aplicar(atribuicao(1, "ana", null));
        aplicar(atribuicao(2, "bruno", "ana"));

        DossieDocumento armazenado = dossies.buscar(processoId).orElseThrow();
        assertThat(armazenado.analista()).isEqualTo("bruno");
        assertThat(armazenado.resumo().ultimaOcorrencia()).isEqualTo("Processo redistribuído do analista ana ao analista bruno");
        assertThat(armazenado.atualizadoEm()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void dossieEmMemoriaIgualAoArmazenadoParaOsMesmosEventos() {
        List<DomainEventMessage<?>> eventos = List.of(protocolo(0, "pessoa-1"), enquadramento(1), atribuicao(2, "ana", null),
                evento("documento-1", 0, new DocumentoAnexado("documento-1", processoId, null, "rca.pdf", "application/pdf",
                        10, "cd".repeat(32), 1, T0.plusSeconds(5)), T0.plusSeconds(5)));
        eventos.forEach(this::aplicar);

        DossieEmMemoria memoria = new DossieEmMemoria(processoId, mongo.getConverter());
        AnnotationEventHandlerAdapter emMemoria = new AnnotationEventHandlerAdapter(new DossieProjection(memoria));
        for (DomainEventMessage<?> evento : eventos) {
            aplicar(emMemoria, evento);
        }

        DossieDocumento armazenado = dossies.buscar(processoId).orElseThrow();
        DossieDocumento reconstruido = memoria.resultado().orElseThrow();
        assertThat(reconstruido.paraConsulta()).isEqualTo(armazenado.paraConsulta());
        assertThat(reconstruido.resumo()).isEqualTo(armazenado.resumo());
        assertThat(reconstruido.outrosAgregados()).isEqualTo(armazenado.outrosAgregados());
    }

    @Test
    void cadaMudancaArmazenadaEAvisadaAQuemAcompanhaODossie() {
        List<DossieProcesso> recebidos = assinar(new ConsultaDoDossie(processoId), DossieProcesso.class);
        List<DossieProcesso> deOutro = assinar(new ConsultaDoDossie("outro"), DossieProcesso.class);

        aplicar(protocolo(0, "pessoa-1"));
        aplicar(enquadramento(1));

        assertThat(recebidos).extracting(DossieProcesso::situacao)
                .containsExactly(SituacaoProcesso.PROTOCOLADO, SituacaoProcesso.ENQUADRADO);
        assertThat(recebidos.get(1)).isEqualTo(dossie());
        assertThat(deOutro).isEmpty();
    }

    @Test
    void listaDoRequerenteSoRecebeProcessosDasPessoasQueRepresenta() {
        List<ProcessoAcompanhado> daPessoa1 = assinar(new ConsultaDeProcessosAcompanhados(new ProcessosVisiveis(Set.of("pessoa-1"), Set.of()), null, 10), ProcessoAcompanhado.class);
        List<ProcessoAcompanhado> daPessoa2 = assinar(new ConsultaDeProcessosAcompanhados(new ProcessosVisiveis(Set.of("pessoa-2"), Set.of()), null, 10), ProcessoAcompanhado.class);
        List<ProcessoAcompanhado> daEquipe = assinar(new ConsultaDeProcessosAcompanhados(null, null, 10), ProcessoAcompanhado.class);
        List<ProcessoAcompanhado> doProcurador = assinar(new ConsultaDeProcessosAcompanhados(new ProcessosVisiveis(Set.of(), Set.of(processoId)),
                null, 10), ProcessoAcompanhado.class);

        aplicar(protocolo(0, "pessoa-1"));

        assertThat(doProcurador).extracting(ProcessoAcompanhado::processoId).containsExactly(processoId);

        assertThat(daPessoa1).extracting(ProcessoAcompanhado::processoId).containsExactly(processoId);
        assertThat(daEquipe).extracting(ProcessoAcompanhado::processoId).containsExactly(processoId);
        assertThat(daPessoa2).isEmpty();
    }

    @Test
    void redistribuicaoAvisaONovoEOAnteriorAnalista() {
        aplicar(protocolo(0, "pessoa-1"));
        aplicar(atribuicao(1, "ana", null));
        List<ProcessoAcompanhado> daAna = assinar(new ConsultaDeProcessosAcompanhados(null, "ana", 10), ProcessoAcompanhado.class);
        List<ProcessoAcompanhado> doBruno = assinar(new ConsultaDeProcessosAcompanhados(null, "bruno", 10), ProcessoAcompanhado.class);
        List<ProcessoAcompanhado> daCarla = assinar(new ConsultaDeProcessosAcompanhados(null, "carla", 10), ProcessoAcompanhado.class);

        aplicar(atribuicao(2, "bruno", "ana"));

        assertThat(daAna).extracting(ProcessoAcompanhado::analista).containsExactly("bruno");
        assertThat(doBruno).extracting(ProcessoAcompanhado::analista).containsExactly("bruno");
        assertThat(daCarla).isEmpty();
    }

    @Test
    void listaInicialFiltraPorPessoaOuAnalistaEComecaPeloAlteradoMaisRecentemente() {
        aplicar(protocolo(0, "pessoa-1"));
        aplicar(atribuicao(1, "ana", null));
        String outro = UUID.randomUUID().toString();
        aplicar(evento(outro, 0, new ProcessoProtocolado(outro, "2026/000002", "pessoa-2", outro, "Outro", "2342-7/02",
                "3106200", null, TipoLicenca.LP, null, RegimeJuridico.LEI_15190, T0.plusSeconds(10), 1), T0.plusSeconds(10)));

        assertThat(dossies.acompanhados(new ConsultaDeProcessosAcompanhados(null, null, 10))).extracting(DossieDocumento::processoId)
                .containsExactly(outro, processoId);
        assertThat(dossies.acompanhados(new ConsultaDeProcessosAcompanhados(null, null, 1))).extracting(DossieDocumento::processoId)
                .containsExactly(outro);
        assertThat(dossies.acompanhados(new ConsultaDeProcessosAcompanhados(new ProcessosVisiveis(Set.of("pessoa-1"), Set.of()), null, 10)))
                .extracting(DossieDocumento::processoId).containsExactly(processoId);
        assertThat(dossies.acompanhados(new ConsultaDeProcessosAcompanhados(null, "ana", 10)))
                .extracting(DossieDocumento::processoId).containsExactly(processoId);
        // A process reached through a power of attorney, besides the persons' own.
        assertThat(dossies.acompanhados(new ConsultaDeProcessosAcompanhados(new ProcessosVisiveis(Set.of("pessoa-1"), Set.of(outro)), null, 10)))
                .extracting(DossieDocumento::processoId).containsExactly(outro, processoId);
        assertThat(dossies.acompanhados(new ConsultaDeProcessosAcompanhados(new ProcessosVisiveis(Set.of(), Set.of()), null, 10))).isEmpty();
    }

    @Test
    void loteDoProcessadorGravaUmaVezOMesmoDossieQueEventoAEvento() {
        List<DomainEventMessage<?>> eventos = List.of(protocolo(0, "pessoa-1"), atribuicao(1, "ana", null),
                enquadramento(2), atribuicao(3, "bruno", "ana"), atribuicao(4, "carla", "bruno"));
        eventos.forEach(this::aplicar);
        Object eventoAEvento = mongo.findById(processoId, org.bson.Document.class, DossieDocumento.COLECAO);
        novaProjecao();
        List<DossieProcesso> dossiesRecebidos = assinar(new ConsultaDoDossie(processoId), DossieProcesso.class);
        List<ProcessoAcompanhado> daAna = assinar(new ConsultaDeProcessosAcompanhados(null, "ana", 10), ProcessoAcompanhado.class);
        List<ProcessoAcompanhado> doBruno = assinar(new ConsultaDeProcessosAcompanhados(null, "bruno", 10), ProcessoAcompanhado.class);

        new BatchingUnitOfWork<>(eventos).executeWithResult(() -> {
            aplicar(projecao, (DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage());
            return null;
        });

        assertThat(mongo.findById(processoId, org.bson.Document.class, DossieDocumento.COLECAO)).isEqualTo(eventoAEvento);
        assertThat(dossiesRecebidos).singleElement().isEqualTo(dossie());
        assertThat(daAna).extracting(ProcessoAcompanhado::analista).containsExactly("carla");
        assertThat(doBruno).extracting(ProcessoAcompanhado::analista).containsExactly("carla");
    }

    @Test
    void replayReescreveODossieSemAvisarOsAssinantes() {
        List<DossieProcesso> recebidos = assinar(new ConsultaDoDossie(processoId), DossieProcesso.class);
        var replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100), new GlobalSequenceTrackingToken(0));

        aplicar(new GenericTrackedDomainEventMessage<>(replay, protocolo(0, "pessoa-1")));

        assertThat(dossies.buscar(processoId)).isPresent();
        assertThat(recebidos).isEmpty();
    }

    @Test
    void resetApagaOsDossiesEMantemOsIndicesDeCadaConsulta() {
        aplicar(protocolo(0, "pessoa-1"));

        dossies.apagarTudo();

        assertThat(dossies.buscar(processoId)).isEmpty();
        assertThat(mongo.indexOps(DossieDocumento.class).getIndexInfo()).extracting(IndexInfo::getName)
                .contains("dossie_requerente_atualizado", "dossie_analista_atualizado", "dossie_atualizado");
    }

    private DossieProcesso dossie() {
        return dossies.buscar(processoId).orElseThrow().paraConsulta();
    }

    private <U> List<U> assinar(Object consulta, Class<U> tipo) {
        List<U> recebidos = new CopyOnWriteArrayList<>();
        emissor.<U>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(consulta, ResponseTypes.instanceOf(Object.class),
                        ResponseTypes.instanceOf(tipo)), 100)
                .getUpdates()
                .map(SubscriptionQueryUpdateMessage::getPayload)
                .subscribe(recebidos::add);
        return recebidos;
    }

    private void aplicar(DomainEventMessage<?> evento) {
        aplicar(projecao, evento);
    }

    private static void aplicar(AnnotationEventHandlerAdapter adaptador, DomainEventMessage<?> evento) {
        try {
            adaptador.handle(evento);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private DomainEventMessage<?> protocolo(long sequencia, String requerenteId) {
        return evento(processoId, sequencia, new ProcessoProtocolado(processoId, "2026/000001", requerenteId, processoId,
                "Ceramica Vale Verde", "2342-7/02", "3106200", null, TipoLicenca.LP, null, RegimeJuridico.LEI_15190, T0, 1), T0);
    }

    private DomainEventMessage<?> enquadramento(long sequencia) {
        return evento(processoId, sequencia, new ProcessoEnquadrado(processoId, Porte.G, PotencialPoluidor.P, 4,
                ModalidadeDeLicenciamento.TRIFASICO, List.of(), List.of(), LocalDate.of(2026, 9, 2)), T0.plusSeconds(sequencia));
    }

    private DomainEventMessage<?> atribuicao(long sequencia, String analista, String anterior) {
        return evento(processoId, sequencia, new AnalistaAtribuido(processoId, analista, anterior, T0.plusSeconds(sequencia)),
                T0.plusSeconds(sequencia));
    }

    private static DomainEventMessage<?> evento(String agregado, long sequencia, Object payload, Instant quando) {
        return new GenericDomainEventMessage<>("Agregado", agregado, sequencia, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), quando);
    }
}
