package br.licenciamento.app.ops;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a monitoring system scrapes and probes. */
class ObservabilidadeTest extends PlataformaEmbutidaTest {

    private static final Pattern PROTOCOLADOS =
            Pattern.compile("licenciamento_processos\\{[^}]*situacao=\"PROTOCOLADO\"[^}]*} ([0-9.E]+)");

    private static String grupo(String metricas) {
        Matcher m = PROTOCOLADOS.matcher(metricas);
        return m.find() ? m.group(1) : "0";
    }

    @Test
    void prometheusExpoeAsMetricasDoPainelSemOsMedidoresDeCapacidadeDoAxon() {
        api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Metricas","cnae":"2342-7/02","municipioIbge":"3304557","tipoLicenca":"LP"}"""
                .formatted(requerenteAtivo()));

        String metricas = Aguardar.ate("contagem de processos atualizada", Duration.ofSeconds(30),
                () -> api("ADMIN").get("/actuator/prometheus").corpo(),
                m -> PROTOCOLADOS.matcher(m).find() && Double.parseDouble(grupo(m)) > 0);

        // What deploy/grafana/licenciamento.json queries; capacity gauges hold ten minutes of messages (MetricasDoAxon).
        assertThat(metricas)
                .contains("commandBus_successCounter_total")
                .contains("commandBus_allTimer_seconds_sum")
                .contains("eventProcessor_processedCounter_total")
                .contains("eventProcessor_latency")
                .doesNotContainPattern("(?m)^[A-Za-z]+_capacity")
                .contains("http_server_requests_seconds")
                .contains("jvm_memory_used_bytes");
    }

    /**
     * Prometheus asks for OpenMetrics first; a trace exemplar on a summary or a count made Prometheus 2.42 refuse every
     * scrape ("does not support exemplars") and the dashboard stayed empty.
     */
    @Test
    void raspagemComoOPrometheusPedeVemEmOpenMetricsSemExemplares() {
        api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Metricas","cnae":"2342-7/02","municipioIbge":"3304557","tipoLicenca":"LP"}"""
                .formatted(requerenteAtivo()));
        ClienteHttp.Resposta raspagem = api("ADMIN").com("Accept", "application/openmetrics-text;version=1.0.0,"
                + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1")
                .get("/actuator/prometheus");
        assertThat(raspagem.contentType()).startsWith("application/openmetrics-text");
        assertThat(raspagem.corpo()).contains("commandBus_allTimer_seconds").doesNotContain(" # {");
    }

    @Test
    void saudeMostraOsProcessadoresAoAdminEProntidaoSoDependeDoBanco() {
        // Anyone learns whether the platform is up; its parts (databases, disk paths, processors) only ADMIN sees.
        JsonNode anonima = api().get("/actuator/health").json();
        assertThat(anonima.get("status").asString()).isEqualTo("UP");
        assertThat(anonima.has("components")).isFalse();
        assertThat(api("GESTOR").get("/actuator/health").json().has("components")).isFalse();

        JsonNode saude = api("ADMIN").get("/actuator/health").json();
        JsonNode processadores = saude.get("components").get("processadores");
        assertThat(processadores.get("details").has("dossie")).isTrue();
        assertThat(processadores.get("details").has("pesquisa-processos")).isTrue();

        ClienteHttp.Resposta prontidao = api().get("/actuator/health/readiness");
        assertThat(prontidao.status()).isEqualTo(200);
        assertThat(api().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void respostaDevolveOIdentificadorDeCorrelacao() {
        ClienteHttp.Resposta resposta = api("GESTOR").com("X-Correlation-Id", "rastreio-123").get("/api/v1/processos/inexistente");
        assertThat(resposta.cabecalho("X-Correlation-Id")).contains("rastreio-123");
        assertThat(api().get("/actuator/health").cabecalho("X-Correlation-Id")).isPresent();
    }
}
