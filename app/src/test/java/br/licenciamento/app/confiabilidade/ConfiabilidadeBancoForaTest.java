package br.licenciamento.app.confiabilidade;

import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.app.LicenciamentoApplication;
import br.licenciamento.platform.teste.ClienteHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database outage: PostgreSQL (the event store and the PostgreSQL read models) is stopped under filing load for
 * {@code -Dconfiabilidade.banco-fora-segundos} (10 s in CI, 30 s in the long form). Meanwhile the API answers 503
 * problem+json, within a bound, never 500 and never hanging; when the server is back on the same data and port, the
 * platform recovers by itself, and the projections end with every acknowledged command.
 */
class ConfiabilidadeBancoForaTest {

    private static final String MUNICIPIO = "2927408";

    @TempDir
    Path dados;

    @Test
    void postgresForaDoArDa503ERecuperaSozinhoSemPerderEventos() throws Exception {
        int foraSegundos = Integer.getInteger("confiabilidade.banco-fora-segundos", 10);
        int porta = PlataformaFilha.portaLivre();
        Path diretorioPg = dados.resolve("postgres-externo");
        EmbeddedPostgres postgres = iniciarPostgres(diretorioPg, porta);
        try (ConfigurableApplicationContext contexto = new SpringApplicationBuilder(LicenciamentoApplication.class).run(
                "--server.port=0",
                "--licenciamento.embutido.diretorio=" + dados.resolve("embutido"),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + porta + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                // A database of its own is no demo: the secret and the demo users must be asked for explicitly.
                "--licenciamento.pessoa.segredo-documento=segredo-do-teste-com-o-banco-fora-do-ar",
                "--licenciamento.auth.usuarios-demo=true")) {
            int portaHttp = contexto.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Carga antes = new Carga(() -> new ClienteHttp(portaHttp));
            antes.iniciar(3, MUNICIPIO);
            Thread.sleep(3000);

            // The outage, with the load still running: a second load records only what happens while it lasts.
            Carga durante = new Carga(() -> new ClienteHttp(portaHttp));
            postgres.close();
            durante.iniciar(4, MUNICIPIO);
            Thread.sleep(foraSegundos * 1000L);
            durante.parar();
            postgres = iniciarPostgres(diretorioPg, porta);
            long voltou = System.nanoTime();

            // Recovery: a new filing is accepted without restarting anything.
            int recuperouEmSegundos = -1;
            while (System.nanoTime() - voltou < Duration.ofSeconds(90).toNanos()) {
                if (recentementeAceito(antes)) {
                    recuperouEmSegundos = (int) Duration.ofNanos(System.nanoTime() - voltou).toSeconds();
                    break;
                }
            }
            antes.parar();

            ClienteHttp gestor = Papeis.como(new ClienteHttp(portaHttp), "GESTOR");
            Map<String, Integer> protocolos;
            try (Connection banco = DriverManager.getConnection("jdbc:postgresql://localhost:" + porta + "/postgres",
                    "postgres", "postgres")) {
                protocolos = contarPorAgregado(banco);
            }
            List<String> todosAceitos = new java.util.ArrayList<>(antes.processosAceitos);
            todosAceitos.addAll(durante.processosAceitos);
            List<String> perdidos = todosAceitos.stream().filter(id -> !protocolos.containsKey(id)).toList();
            long duplicados = protocolos.values().stream().filter(n -> n > 1).count();
            // Processors back off after failing against the dead server; they must resume on their own.
            long pesquisa = Esperar.ateOuUltimo(Duration.ofSeconds(120),
                    () -> gestor.get("/api/v1/processos?municipio=" + MUNICIPIO + "&tamanho=1").json().get("total").asLong(),
                    n -> n == protocolos.size());
            List<String> semDossie = Esperar.ateOuUltimo(Duration.ofSeconds(60),
                    () -> protocolos.keySet().stream().filter(id -> gestor.get("/api/v1/processos/" + id).status() != 200).toList(),
                    List::isEmpty);

            Map<Integer, Long> statusDurante = new HashMap<>();
            durante.porStatus.forEach((s, n) -> statusDurante.put(s, n.get()));
            System.out.printf("CONFIABILIDADE banco-fora: segundos=%d requisicoes-durante=%d status-durante=%s sem-resposta=%d "
                            + "maior-latencia-ms=%d recuperou-em-s=%d requisicoes-total=%d 2xx=%d 5xx-fora-503=%d perdidos=%d "
                            + "duplicados=%d protocolados=%d pesquisa=%d sem-dossie=%d%n",
                    foraSegundos, durante.requisicoes.get(), statusDurante, durante.semResposta.get(),
                    durante.maiorLatenciaMs.get(), recuperouEmSegundos, antes.requisicoes.get() + durante.requisicoes.get(),
                    todosAceitos.size(), naoSao503(antes) + naoSao503(durante), perdidos.size(), duplicados,
                    protocolos.size(), pesquisa, semDossie.size());

            assertThat(durante.status(503)).as("respostas 503 durante a queda").isPositive();
            assertThat(statusDurante.keySet()).as("status durante a queda").allMatch(s -> s == 503 || s / 100 == 2);
            assertThat(durante.semProblemJson).as("erros sem problem+json").isEmpty();
            assertThat(antes.semProblemJson).as("erros sem problem+json").isEmpty();
            assertThat(naoSao503(antes) + naoSao503(durante)).as("5xx que nao sao 503: " + antes.erros5xx + durante.erros5xx).isZero();
            assertThat(durante.semResposta.get()).as("requisicoes sem resposta (conexao perdida ou pendurada)").isZero();
            assertThat(durante.maiorLatenciaMs.get()).as("maior tempo de resposta durante a queda (ms)").isLessThan(20_000);
            assertThat(recuperouEmSegundos).as("segundos ate aceitar de novo depois da volta do PostgreSQL").isBetween(0, 90);
            assertThat(perdidos).as("comandos confirmados ausentes do event store").isEmpty();
            assertThat(duplicados).isZero();
            assertThat(pesquisa).as("pesquisa com todos os protocolados").isEqualTo(protocolos.size());
            assertThat(semDossie).as("protocolados sem dossie").isEmpty();
        } finally {
            postgres.close();
        }
    }

    /** True once the running load got a filing accepted after the outage (its 201 count moves). */
    private static boolean recentementeAceito(Carga carga) throws InterruptedException {
        long antes = carga.status(201);
        Thread.sleep(500);
        return carga.status(201) > antes;
    }

    private static long naoSao503(Carga carga) {
        return carga.total5xx() - carga.status(503);
    }

    private static EmbeddedPostgres iniciarPostgres(Path diretorio, int porta) throws java.io.IOException {
        java.nio.file.Files.createDirectories(diretorio);
        return EmbeddedPostgres.builder()
                .setDataDirectory(diretorio)
                .setCleanDataDirectory(false)
                .setPort(porta)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    private static Map<String, Integer> contarPorAgregado(Connection banco) throws java.sql.SQLException {
        Map<String, Integer> contagem = new HashMap<>();
        try (PreparedStatement sql = banco.prepareStatement("""
                SELECT aggregate_identifier, count(*) FROM axon.domain_event_entry WHERE payload_type = ? GROUP BY 1""")) {
            sql.setString(1, ProcessoProtocolado.class.getName());
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    contagem.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return contagem;
    }
}
