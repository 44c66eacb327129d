package br.licenciamento.app.confiabilidade;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap trap (docs/confiabilidade.md, AxonFramework #4829): a tracking processor that reads past a global index whose
 * transaction has not committed yet must come back for it. Many writers file requests for many processes while a
 * test trigger makes a quarter of the event inserts sleep inside their transaction, holding a low index while
 * higher ones commit. Every filing must end up in both projections.
 */
class ConfiabilidadeLacunasTest extends PlataformaEmbutidaTest {

    private static final String MUNICIPIO = "1100015";

    @Autowired
    private DataSource dataSource;

    @Test
    void transacoesLentasSobConcorrenciaNaoFazemProjecaoPularEvento() throws Exception {
        int escritores = Integer.getInteger("confiabilidade.lacunas.escritores", 8);
        int porEscritor = Integer.getInteger("confiabilidade.lacunas.por-escritor", 15);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> requerentes = new ArrayList<>();
        for (int i = 0; i < escritores; i++) {
            requerentes.add(requerenteAtivo());
        }
        // Sleeps after the global index was drawn from its sequence (defaults are evaluated before BEFORE triggers),
        // so later events commit first and the tracking processors see a gap below them.
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION axon.teste_transacao_lenta() RETURNS trigger AS $$
                BEGIN
                  IF random() < 0.25 THEN PERFORM pg_sleep(0.2 + random() * 1.3); END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("""
                CREATE TRIGGER teste_transacao_lenta BEFORE INSERT ON axon.domain_event_entry
                FOR EACH ROW EXECUTE FUNCTION axon.teste_transacao_lenta()""");
        Set<String> aceitos = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicLong lacunasVistas = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean carregando = new java.util.concurrent.atomic.AtomicBoolean(true);
        // Evidence that the trap was armed: projection tokens that remember a gap while the load runs.
        Thread observador = new Thread(() -> {
            while (carregando.get()) {
                lacunasVistas.addAndGet(jdbc.queryForList("SELECT convert_from(token, 'UTF8') FROM axon.token_entry",
                        String.class).stream().filter(t -> t != null && t.contains("\"gaps\":[") && !t.contains("\"gaps\":[]"))
                        .count());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "observador-de-lacunas");
        observador.start();
        List<String> recusas = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Thread> threads = new ArrayList<>();
            for (int e = 0; e < escritores; e++) {
                String requerente = requerentes.get(e);
                Thread t = new Thread(() -> {
                    ClienteHttp api = api("REQUERENTE");
                    for (int i = 0; i < porEscritor; i++) {
                        ClienteHttp.Resposta r = api.post("/api/v1/processos", """
                                {"requerenteId":"%s","empreendimento":"Lacuna %d","cnae":"0155-5/05",
                                 "municipioIbge":"%s","tipoLicenca":"LP"}""".formatted(requerente, i, MUNICIPIO));
                        if (r.status() == 201) {
                            aceitos.add(r.json().get("processoId").asString());
                        } else {
                            recusas.add(r.status() + " " + r.corpo());
                        }
                    }
                }, "escritor-" + e);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(180_000);
            }
        } finally {
            carregando.set(false);
            observador.join(10_000);
            jdbc.execute("DROP TRIGGER IF EXISTS teste_transacao_lenta ON axon.domain_event_entry");
            jdbc.execute("DROP FUNCTION IF EXISTS axon.teste_transacao_lenta()");
        }

        Set<String> armazenados = new HashSet<>(jdbc.queryForList("""
                SELECT aggregate_identifier FROM axon.domain_event_entry WHERE payload_type = ?""", String.class,
                br.licenciamento.api.processo.ProcessoProtocolado.class.getName()));
        ClienteHttp gestor = api("GESTOR");
        long total = Esperar.ateOuUltimo(Duration.ofSeconds(60),
                () -> gestor.get("/api/v1/processos?municipio=" + MUNICIPIO + "&tamanho=1").json().get("total").asLong(),
                n -> n >= aceitos.size());
        List<String> semResumo = aceitos.stream().filter(id -> jdbc.queryForObject(
                "SELECT count(*) FROM licenca_query.processo_resumo WHERE processo_id = ?", Long.class, id) != 1).toList();
        List<String> semDossie = Esperar.ateOuUltimo(Duration.ofSeconds(30),
                () -> aceitos.stream().filter(id -> gestor.get("/api/v1/processos/" + id).status() != 200).toList(),
                List::isEmpty);

        System.out.printf("CONFIABILIDADE lacunas: escritores=%d requisicoes=%d 2xx=%d recusas=%d amostras-de-token-com-lacuna=%d "
                        + "pesquisa=%d sem-resumo=%d sem-dossie=%d%n", escritores, escritores * porEscritor, aceitos.size(),
                recusas.size(), lacunasVistas.get(), total, semResumo.size(), semDossie.size());
        if (total != aceitos.size()) {
            System.out.println("CONFIABILIDADE lacunas: processadores " + api("ADMIN").get("/api/v1/ops/processadores").corpo());
        }
        assertThat(recusas).as("respostas diferentes de 201").isEmpty();
        assertThat(lacunasVistas.get()).as("a carga precisa ter aberto lacunas nos tokens para o teste valer").isPositive();
        assertThat(aceitos).hasSize(escritores * porEscritor);
        assertThat(armazenados).containsAll(aceitos);
        assertThat(total).as("processos na pesquisa").isEqualTo(aceitos.size());
        assertThat(semResumo).as("eventos pulados pela projecao de pesquisa").isEmpty();
        assertThat(semDossie).as("eventos pulados pela projecao do dossie").isEmpty();
    }
}
