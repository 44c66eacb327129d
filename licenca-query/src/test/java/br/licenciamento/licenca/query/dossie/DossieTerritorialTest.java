package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.api.processo.MotivoDeArquivamento;
import br.licenciamento.api.processo.ProcessoArquivado;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnuenciaExigida;
import br.licenciamento.api.territorio.AnuenciaRegistrada;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.Interferencia;
import br.licenciamento.api.territorio.LocalizacaoDoEmpreendimentoDefinida;
import br.licenciamento.api.territorio.TipoDeCamada;
import br.licenciamento.api.territorio.VersaoDeCamada;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Given the location and territorial events → what the dossier shows of them (issue 25). */
class DossieTerritorialTest extends ComMongoNaMemoria {

    private static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");
    private static final String POLIGONO = "{\"type\":\"Polygon\",\"coordinates\":[[[-47.9,-15.8],[-47.8,-15.8],"
            + "[-47.8,-15.7],[-47.9,-15.8]]]}";
    private static final VersaoDeCamada UCS_V1 =
            new VersaoDeCamada("ucs", "Unidades de Conservação", TipoDeCamada.UNIDADE_DE_CONSERVACAO, 1);
    private static final VersaoDeCamada UCS_V2 =
            new VersaoDeCamada("ucs", "Unidades de Conservação", TipoDeCamada.UNIDADE_DE_CONSERVACAO, 2);
    private static final VersaoDeCamada TIS_V1 =
            new VersaoDeCamada("tis", "Terras Indígenas", TipoDeCamada.TERRA_INDIGENA, 1);

    private MongoTemplate mongo;
    private DossiesNoMongo dossies;
    private AnnotationEventHandlerAdapter projecao;
    private final String processoId = UUID.randomUUID().toString();

    @BeforeEach
    void novaProjecao() {
        mongo = new MongoTemplate(cliente, "dossie-" + UUID.randomUUID());
        dossies = new DossiesNoMongo(mongo, org.axonframework.queryhandling.SimpleQueryUpdateEmitter.builder().build());
        dossies.afterPropertiesSet();
        projecao = new AnnotationEventHandlerAdapter(new DossieProjection(dossies));
        aplicar(projecao, evento(0, protocolo()));
    }

    @Test
    void localizacaoApareceComoGeoJsonNoDossieENaLinhaDoTempo() {
        aplicar(projecao, evento(1, new LocalizacaoDoEmpreendimentoDefinida(processoId, POLIGONO, "5300108", T0)));

        DossieProcesso dossie = dossie();
        assertThat(dossie.localizacao().geometria()).containsEntry("type", "Polygon");
        assertThat(dossie.localizacao().geometria().get("coordinates")).asList().hasSize(1);
        assertThat(dossie.localizacao().municipioIbge()).isEqualTo("5300108");
        assertThat(ultimaLinha(dossie)).isEqualTo("Localização do empreendimento definida: um polígono no município 5300108");
        // Stored as a GeoJSON object, not as text, so a 2dsphere index can use it on a real MongoDB.
        assertThat(mongo.findById(processoId, org.bson.Document.class, DossieDocumento.COLECAO)
                .get("localizacao", org.bson.Document.class).get("geometria")).isInstanceOf(Map.class);
    }

    @Test
    void ultimaAnaliseMostraInterferenciasComCamadaCompetenciaEAnuenciasERegistradasMarcadas() {
        aplicar(projecao, evento(1, analise(List.of(UCS_V1, TIS_V1), AnaliseTerritorialRealizada.MotivoDaAnalise.PROTOCOLO,
                T0.plusSeconds(1))));
        aplicar(projecao, evento(2, new AnuenciaRegistrada(processoId, "uc-parque", "Ofício 12/2026", "ana",
                T0.plusSeconds(2))));

        DossieProcesso.AnaliseTerritorialNoDossie analise = dossie().analiseTerritorial();
        assertThat(analise.esferaCompetente()).isEqualTo(Esfera.ESTADUAL);
        assertThat(analise.competente()).isTrue();
        assertThat(analise.regraDeCompetencia()).isEqualTo("lc140-art8-uc-estadual");
        assertThat(analise.feicoesDecisivas()).containsExactly("uc-parque");
        assertThat(analise.interferencias()).singleElement().satisfies(i -> {
            assertThat(i.camada()).isEqualTo("Unidades de Conservação");
            assertThat(i.versao()).isEqualTo(1);
            assertThat(i.relacao()).isEqualTo(Interferencia.Relacao.NA_FAIXA);
            assertThat(i.distanciaMetros()).isEqualTo(2000.0);
        });
        assertThat(analise.anuencias()).extracting(DossieProcesso.AnuenciaNoDossie::feicaoId,
                        DossieProcesso.AnuenciaNoDossie::registrada, DossieProcesso.AnuenciaNoDossie::documento)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("uc-parque", true, "Ofício 12/2026"),
                        org.assertj.core.groups.Tuple.tuple("uc-apa", false, null));
        assertThat(ultimaLinha(dossie())).isEqualTo("Anuência do gestor registrada (feição uc-parque, documento Ofício 12/2026)");
    }

    @Test
    void historicoGuardaCadaAnaliseComAsVersoesDeCamadaQueLeu() {
        aplicar(projecao, evento(1, analise(List.of(UCS_V1, TIS_V1), AnaliseTerritorialRealizada.MotivoDaAnalise.PROTOCOLO,
                T0.plusSeconds(1))));
        aplicar(projecao, evento(2, analise(List.of(UCS_V2, TIS_V1), AnaliseTerritorialRealizada.MotivoDaAnalise.CAMADA_ALTERADA,
                T0.plusSeconds(2))));

        DossieProcesso dossie = dossie();
        assertThat(dossie.analisesTerritoriais()).extracting(a -> a.camadas().get(0).versao()).containsExactly(1, 2);
        assertThat(dossie.analiseTerritorial().motivo()).isEqualTo(AnaliseTerritorialRealizada.MotivoDaAnalise.CAMADA_ALTERADA);
        assertThat(dossie.linhaDoTempo()).extracting(DossieProcesso.Ocorrencia::descricao)
                .contains("Análise territorial (camadas: Unidades de Conservação v1, Terras Indígenas v1): no protocolo; "
                                + "competência estadual (regra lc140-art8-uc-estadual): o órgão é o competente; "
                                + "interferências: Parque Estadual do Cerrado (na faixa de entorno, a 2.000 m); "
                                + "anuências exigidas: autorização do gestor de Parque Estadual do Cerrado; "
                                + "ciência ao gestor de APA do Planalto",
                        "Análise territorial (camadas: Unidades de Conservação v2, Terras Indígenas v1): após nova versão "
                                + "de camada; competência estadual (regra lc140-art8-uc-estadual): o órgão é o competente; "
                                + "interferências: Parque Estadual do Cerrado (na faixa de entorno, a 2.000 m); "
                                + "anuências exigidas: autorização do gestor de Parque Estadual do Cerrado; "
                                + "ciência ao gestor de APA do Planalto");
    }

    @Test
    void analiseSemCamadasCarregadasDizIssoNaLinhaDoTempo() {
        aplicar(projecao, evento(1, new AnaliseTerritorialRealizada(processoId,
                AnaliseTerritorialRealizada.MotivoDaAnalise.PROTOCOLO, List.of(), List.of(), null, true, null, List.of(),
                List.of(), T0.plusSeconds(1))));

        assertThat(ultimaLinha(dossie())).isEqualTo(
                "Análise territorial (nenhuma camada de referência carregada): no protocolo; nenhuma interferência");
        assertThat(dossie().analiseTerritorial().interferencias()).isEmpty();
    }

    @Test
    void eventosTerritoriaisEntreguesDuasVezesNaoRepetemNada() {
        List<DomainEventMessage<?>> eventos = List.of(
                evento(1, new LocalizacaoDoEmpreendimentoDefinida(processoId, POLIGONO, "5300108", T0)),
                evento(2, analise(List.of(UCS_V1), AnaliseTerritorialRealizada.MotivoDaAnalise.PROTOCOLO, T0.plusSeconds(1))),
                evento(3, new AnuenciaRegistrada(processoId, "uc-parque", "Ofício 12/2026", "ana", T0.plusSeconds(2))));
        eventos.forEach(e -> aplicar(projecao, e));
        org.bson.Document antes = mongo.findOne(new Query(), org.bson.Document.class, DossieDocumento.COLECAO);

        eventos.forEach(e -> aplicar(projecao, e));

        assertThat(mongo.findOne(new Query(), org.bson.Document.class, DossieDocumento.COLECAO)).isEqualTo(antes);
        assertThat(dossie().analisesTerritoriais()).hasSize(1);
    }

    @Test
    void dossieDoPassadoEmMemoriaIgualAoArmazenadoComEventosTerritoriais() {
        List<DomainEventMessage<?>> eventos = List.of(
                evento(1, new LocalizacaoDoEmpreendimentoDefinida(processoId, POLIGONO, "5300108", T0)),
                evento(2, analise(List.of(UCS_V1), AnaliseTerritorialRealizada.MotivoDaAnalise.PROTOCOLO, T0.plusSeconds(1))),
                evento(3, new AnuenciaRegistrada(processoId, "uc-parque", "Ofício 12/2026", "ana", T0.plusSeconds(2))));
        eventos.forEach(e -> aplicar(projecao, e));

        DossieEmMemoria memoria = new DossieEmMemoria(processoId, mongo.getConverter());
        AnnotationEventHandlerAdapter emMemoria = new AnnotationEventHandlerAdapter(new DossieProjection(memoria));
        aplicar(emMemoria, evento(0, protocolo()));
        eventos.forEach(e -> aplicar(emMemoria, e));

        assertThat(memoria.resultado().orElseThrow().paraConsulta()).isEqualTo(dossie());
    }

    @Test
    void motivoDeArquivamentoSemFraseNoModuloAindaSeLeComoArquivamento() {
        for (MotivoDeArquivamento motivo : MotivoDeArquivamento.values()) {
            aplicar(projecao, evento(1 + motivo.ordinal(), new ProcessoArquivado(processoId, motivo, null, java.time.LocalDate.of(2026, 3, 2), false)));
            assertThat(ultimaLinha(dossie())).startsWith("Arquivado");
        }
    }

    private AnaliseTerritorialRealizada analise(List<VersaoDeCamada> camadas, AnaliseTerritorialRealizada.MotivoDaAnalise motivo,
                                                Instant em) {
        VersaoDeCamada ucs = camadas.get(0);
        return new AnaliseTerritorialRealizada(processoId, motivo, camadas,
                List.of(new Interferencia(ucs.camadaId(), ucs.versao(), ucs.tipo(), "uc-parque", "Parque Estadual do Cerrado",
                        Esfera.ESTADUAL, "PE", Interferencia.Relacao.NA_FAIXA, 2000.0, 0)),
                Esfera.ESTADUAL, true, "lc140-art8-uc-estadual", List.of("uc-parque"),
                List.of(new AnuenciaExigida("uc-parque", "Parque Estadual do Cerrado", Esfera.ESTADUAL,
                                AnuenciaExigida.Natureza.AUTORIZACAO, "Resolução CONAMA 428/2010, art. 1º"),
                        new AnuenciaExigida("uc-apa", "APA do Planalto", Esfera.FEDERAL, AnuenciaExigida.Natureza.CIENCIA,
                                "Resolução CONAMA 428/2010, art. 5º")),
                em);
    }

    private ProcessoProtocolado protocolo() {
        return new ProcessoProtocolado(processoId, "2026/000001", "pessoa-1", processoId, "Ceramica Vale Verde",
                "2342-7/02", "5300108", null, TipoLicenca.LP, null, RegimeJuridico.LEI_15190, T0, 1);
    }

    private DossieProcesso dossie() {
        return dossies.buscar(processoId).orElseThrow().paraConsulta();
    }

    private static String ultimaLinha(DossieProcesso dossie) {
        return dossie.linhaDoTempo().get(dossie.linhaDoTempo().size() - 1).descricao();
    }

    private DomainEventMessage<?> evento(long sequencia, Object payload) {
        return new GenericDomainEventMessage<>("ProcessoDeLicenciamento", processoId, sequencia, payload,
                MetaData.emptyInstance(), UUID.randomUUID().toString(), T0.plusSeconds(sequencia));
    }

    private static void aplicar(AnnotationEventHandlerAdapter adaptador, DomainEventMessage<?> evento) {
        try {
            adaptador.handle(evento);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
