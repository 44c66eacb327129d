package br.licenciamento.app.projecao;

import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.app.LicenciamentoApplication;
import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.projecao.VersaoDaProjecao;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * A projection whose code declares a new version is rebuilt on the next start: the platform resets its processor
 * and replays the event store before projecting anything new, and records the version. Other projections are left
 * alone. Two starts on the same data directory, as a deploy of new code does.
 */
class VersaoDaProjecaoTest {

    /** The dossier projection's declared version (2 since the dossier carries the process version). */
    private static final int VERSAO_DO_DOSSIE = 3;

    private static final Duration ESPERA = Duration.ofSeconds(30);
    private static final String GRUPO = "teste-versao";
    private static final String COLECAO = "teste_versao";

    @TempDir
    Path dados;

    /** Version 1 of a read model: one document per process, saying which code wrote it. */
    @ProcessingGroup(GRUPO)
    @VersaoDaProjecao(1)
    static class ProjecaoV1 {

        private final MongoTemplate mongo;

        ProjecaoV1(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @EventHandler
        void on(ProcessoProtocolado evento) {
            mongo.upsert(query(where("_id").is(evento.processoId())), Update.update("versao", 1), COLECAO);
        }

        @ResetHandler
        void antesDoReplay() {
            mongo.dropCollection(COLECAO);
        }
    }

    /** Version 2 of the same projection: a new field, which only a rebuild gives to the processes filed before. */
    @ProcessingGroup(GRUPO)
    @VersaoDaProjecao(2)
    static class ProjecaoV2 {

        private final MongoTemplate mongo;

        ProjecaoV2(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @EventHandler
        void on(ProcessoProtocolado evento) {
            mongo.upsert(query(where("_id").is(evento.processoId())),
                    Update.update("versao", 2).set("empreendimento", evento.empreendimento()), COLECAO);
        }

        @ResetHandler
        void antesDoReplay() {
            mongo.dropCollection(COLECAO);
        }
    }

    @Test
    void versaoDeclaradaDiferenteReconstroiOModeloDeLeituraNoInicio() {
        List<String> processos;
        try (ConfigurableApplicationContext primeira = iniciar(ProjecaoV1.class)) {
            ClienteHttp api = cliente(primeira, "requerente");
            String requerente = PlataformaEmbutidaTest.requerenteAtivo(api);
            processos = List.of(protocolar(api, requerente, "Fabrica de Blocos"), protocolar(api, requerente, "Serraria Nova"));
            MongoTemplate mongo = primeira.getBean(MongoTemplate.class);
            Aguardar.ate("projecao de teste na versao 1", ESPERA, () -> mongo.findAll(Document.class, COLECAO),
                    docs -> docs.size() == 2 && docs.stream().allMatch(d -> d.getInteger("versao") == 1));
            Aguardar.ate("dossie projetado", ESPERA, () -> api.get("/api/v1/processos/" + processos.get(0)),
                    r -> r.status() == 200);

            JdbcClient jdbc = primeira.getBean(JdbcClient.class);
            assertThat(versao(jdbc, GRUPO)).containsEntry("versao", 1).containsEntry("reconstruida", false);
            assertThat(versao(jdbc, "dossie")).containsEntry("versao", VERSAO_DO_DOSSIE);
            // The dossier as an older code would have left it: an older stored version and a stale document.
            jdbc.sql("UPDATE axon.versao_de_projecao SET versao = 0 WHERE grupo = 'dossie'").update();
            mongo.updateFirst(query(where("_id").is(processos.get(0))), Update.update("empreendimento", "desatualizado"), "dossies");
        }

        try (ConfigurableApplicationContext segunda = iniciar(ProjecaoV2.class)) {
            MongoTemplate mongo = segunda.getBean(MongoTemplate.class);
            List<Document> reconstruida = Aguardar.ate("projecao de teste reconstruida na versao 2", ESPERA,
                    () -> mongo.findAll(Document.class, COLECAO),
                    docs -> docs.size() == 2 && docs.stream().allMatch(d -> d.getInteger("versao") == 2));
            assertThat(reconstruida).extracting(d -> d.getString("empreendimento"))
                    .containsExactlyInAnyOrder("Fabrica de Blocos", "Serraria Nova");
            ClienteHttp api = cliente(segunda, "requerente");
            Aguardar.ate("dossie reconstruido", ESPERA, () -> api.get("/api/v1/processos/" + processos.get(0)),
                    r -> r.status() == 200 && "Fabrica de Blocos".equals(r.json().get("empreendimento").asString()));

            JdbcClient jdbc = segunda.getBean(JdbcClient.class);
            assertThat(versao(jdbc, GRUPO)).containsEntry("versao", 2).containsEntry("reconstruida", true);
            assertThat(versao(jdbc, "dossie")).containsEntry("versao", VERSAO_DO_DOSSIE).containsEntry("reconstruida", true);
            // Unchanged versions are not replayed; sagas never get a version, so they are never reset.
            assertThat(versao(jdbc, "pessoa-cadastro")).containsEntry("reconstruida", false);
            assertThat(jdbc.sql("SELECT count(*) FROM axon.versao_de_projecao WHERE grupo LIKE 'saga-%'")
                    .query(Long.class).single()).isZero();

            JsonNode processador = cliente(segunda, "admin").get("/api/v1/ops/processadores/" + GRUPO).json();
            assertThat(processador.get("versaoDaProjecao").asInt()).isEqualTo(2);
            assertThat(processador.get("executando").asBoolean()).isTrue();
        }
    }

    private ConfigurableApplicationContext iniciar(Class<?> projecao) {
        return new SpringApplicationBuilder(LicenciamentoApplication.class, projecao)
                .run("--server.port=0", "--licenciamento.embutido.diretorio=" + dados);
    }

    private static Map<String, Object> versao(JdbcClient jdbc, String grupo) {
        return jdbc.sql("SELECT versao, reconstruida FROM axon.versao_de_projecao WHERE grupo = :grupo")
                .param("grupo", grupo).query().singleRow();
    }

    private static String protocolar(ClienteHttp api, String requerenteId, String empreendimento) {
        ClienteHttp.Resposta resposta = api.post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"%s","cnae":"1622-6/99","municipioIbge":"4314902","tipoLicenca":"LP"}"""
                .formatted(requerenteId, empreendimento));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json().get("processoId").asString();
    }

    private static ClienteHttp cliente(ConfigurableApplicationContext contexto, String usuario) {
        int porta = contexto.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return new ClienteHttp(porta).com("Authorization",
                "Bearer " + LoginOAuth2.entrar(porta, usuario, "demo-" + usuario).acesso());
    }
}
