package br.licenciamento.app.confiabilidade;

import br.licenciamento.app.ops.SegmentosDosProcessadores;
import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances of the platform on one PostgreSQL and one MongoDB, as replicas behind a load balancer: they share the
 * segments of every tracking processor, and when one dies the other takes all of them over. Pointed at a database of
 * its own, an instance has no demo users and refuses to start without the secret of the CPF/CNPJ hashes. Metrics are
 * scraped on the management port without a token, never on the public one. Runs everywhere (no Axon Server needed:
 * the replicas share the event store and the token store in PostgreSQL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicasDaPlataformaTest {

    private static final String SEGREDO_DA_DEMONSTRACAO = "licenciamento-desenvolvimento-troque-em-producao";

    @TempDir
    static Path dados;

    private PlataformaFilha primeira;
    private int portaMongo;
    private int portaDeGestao;

    @BeforeAll
    void primeiraInstanciaComOsBancosEmbutidos() throws Exception {
        portaMongo = PlataformaFilha.portaLivre();
        portaDeGestao = PlataformaFilha.portaLivre();
        primeira = new PlataformaFilha(dados.resolve("primeira"), comum("--licenciamento.embutido.mongo-porta=" + portaMongo,
                "--management.server.port=" + portaDeGestao, "--management.server.address=127.0.0.1"));
        primeira.iniciar(Duration.ofMinutes(3));
    }

    @AfterAll
    void encerrar() throws Exception {
        if (primeira != null) {
            primeira.close();
        }
    }

    @Test
    void contraUmBancoProprioNaoHaUsuariosDeDemonstracaoENemSobeSemOSegredo() throws Exception {
        try (Connection banco = primeira.banco(); Statement comando = banco.createStatement()) {
            comando.execute("CREATE DATABASE externo");
        }
        String[] externo = {"--spring.datasource.url=jdbc:postgresql://localhost:" + primeira.portaPostgres() + "/externo",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + portaMongo + "/externo"};
        try (PlataformaFilha semSegredo = new PlataformaFilha(dados.resolve("sem-segredo"), externo)) {
            assertThatThrownBy(() -> semSegredo.iniciar(Duration.ofMinutes(3)))
                    .hasMessageContaining("LICENCIAMENTO_PESSOA_SEGREDO_DOCUMENTO");
        }
        List<String> comSegredo = new ArrayList<>(List.of(externo));
        comSegredo.add("--licenciamento.pessoa.segredo-documento=um-segredo-de-producao-com-mais-de-32-caracteres");
        comSegredo.add("--licenciamento.auth.admin-inicial.senha=senha-inicial-do-admin");
        try (PlataformaFilha real = new PlataformaFilha(dados.resolve("real"), comSegredo.toArray(String[]::new))) {
            real.iniciar(Duration.ofMinutes(3));
            assertThatThrownBy(() -> LoginOAuth2.entrar(real.porta(), "requerente", "demo-requerente"))
                    .hasMessageContaining("recusado");
            assertThatThrownBy(() -> LoginOAuth2.entrar(real.porta(), "admin", "demo-admin")).hasMessageContaining("recusado");
            assertThat(LoginOAuth2.entrar(real.porta(), "admin", "senha-inicial-do-admin").acesso()).isNotBlank();
        }
    }

    @Test
    void replicasDividemOsSegmentosEQuemFicaAssumeOsDeQuemMorreu() throws Exception {
        String token = LoginOAuth2.entrar(primeira.porta(), "admin", "demo-admin").acesso();
        try (PlataformaFilha segunda = new PlataformaFilha(dados.resolve("segunda"), comum(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + primeira.portaPostgres() + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + portaMongo + "/licenciamento",
                "--licenciamento.pessoa.segredo-documento=" + SEGREDO_DA_DEMONSTRACAO,
                "--licenciamento.seguranca.emissor=http://127.0.0.1:" + primeira.porta()))) {
            segunda.iniciar(Duration.ofMinutes(3));
            List<PlataformaFilha> replicas = List.of(primeira, segunda);
            Aguardar.ate("segmentos divididos entre as duas instancias", Duration.ofSeconds(90),
                    () -> segmentos(replicas, token), SegmentosDosProcessadores::divididos);

            segunda.matar();
            Aguardar.ate("todos os segmentos com a instancia que ficou", Duration.ofSeconds(120),
                    () -> segmentos(List.of(primeira), token),
                    porReplica -> SegmentosDosProcessadores.todosCom(porReplica.get(0)));
        }
        // Every projection keeps working on the survivor: a new person and a filing reach the dossier.
        ClienteHttp requerente = primeira.api().com("Authorization",
                "Bearer " + LoginOAuth2.entrar(primeira.porta(), "requerente", "demo-requerente").acesso());
        String pessoa = br.licenciamento.app.PlataformaEmbutidaTest.requerenteAtivo(requerente);
        String processo = requerente.post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Olaria Nova","cnae":"2342-7/02","municipioIbge":"3106200","tipoLicenca":"LP"}"""
                .formatted(pessoa)).json().get("processoId").asString();
        Aguardar.ate("dossie projetado pela instancia que ficou", Duration.ofSeconds(60),
                () -> requerente.get("/api/v1/processos/" + processo), r -> r.status() == 200);
    }

    @Test
    void metricasNaPortaDeGestaoSemTokenENuncaNaPortaPublica() {
        ClienteHttp.Resposta raspagem = new ClienteHttp(portaDeGestao).get("/actuator/prometheus");
        assertThat(raspagem.status()).isEqualTo(200);
        assertThat(raspagem.contentType()).startsWith("text/plain");
        assertThat(raspagem.corpo()).contains("# TYPE").contains("licenciamento_processos").contains("eventProcessor_");
        assertThat(new ClienteHttp(portaDeGestao).get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(primeira.api().get("/actuator/prometheus").status()).isIn(401, 404);
        assertThat(new ClienteHttp(portaDeGestao).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    private static String[] comum(String... proprios) {
        // Two instances on one database without Axon Server: neither may keep aggregates or sagas between messages.
        List<String> argumentos = new ArrayList<>(List.of("--licenciamento.processadores.segmentos=2",
                "--licenciamento.processadores.partilha.intervalo=PT1S", "--licenciamento.agregados.cache=0",
                "--licenciamento.sagas.cache=0"));
        argumentos.addAll(List.of(proprios));
        return argumentos.toArray(String[]::new);
    }
    private static List<Map<String, Set<Integer>>> segmentos(List<PlataformaFilha> replicas, String token) {
        return replicas.stream().map(r -> SegmentosDosProcessadores.de(r.api().com("Authorization", "Bearer " + token))).toList();
    }
}
