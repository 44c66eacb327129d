package br.licenciamento.app.consulta;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/estatisticas on a known history written through the API, with the clock moved past the analysis
 * deadline: counts, the on-time rate with complementation pauses, the median analysis time, the overdue list; and
 * the overdue gauge agrees with it.
 */
class EstatisticasTest extends Consultas {

    private static final Pattern GAUGE_ATRASADOS = Pattern.compile("(?m)^licenciamento_processos_atrasados(?:\\{[^}]*})? (\\S+)$");

    @Test
    void numerosAuditadosDeUmaHistoriaConhecida() {
        String requerente = requerenteAtivo();
        LocalDate protocolo = hoje();
        long diasDoPrazo = ChronoUnit.DAYS.between(protocolo, protocolo.plusMonths(6)); // class 4 LP, Lei 15.190

        String noDia = protocolarAqui(requerente, "LP");          // granted on the filing day: on time, 0 days
        String complementado = protocolarAqui(requerente, "LP");  // 30 days paused, granted 5 days after the first due date
        String tarde = protocolarAqui(requerente, "LP");          // refused 5 days after its due date
        String atrasado = protocolarAqui(requerente, "LP");       // open, 5 days late at the end
        String pausado = protocolarAqui(requerente, "LP");        // complementation pending since the filing day
        String lac = protocolarAqui(requerente, "LAC");           // self-declaration: no analysis deadline
        protocolarAqui(requerente, "LP");                         // only filed
        for (String processo : new String[]{noDia, complementado, tarde, atrasado, pausado}) {
            levarAteAAnalise(processo, "G", "P");
        }
        deferir(noDia, 48, "[]");
        lacPorAdesao(lac);
        passo("ANALISTA", complementado, "complementacoes", "{\"itens\":[\"Plano de controle ambiental revisado\"]}");
        passo("ANALISTA", pausado, "complementacoes", "{\"itens\":[\"Outorga de uso da agua\"]}");

        relogio.avancarDias(30);
        String documento = anexarPdf(complementado, "pca.pdf", "Plano revisado").get("documentoId").asString();
        passo("REQUERENTE", complementado, "complementacoes/resposta", "{\"documentoIds\":[\"" + documento + "\"]}");

        relogio.avancarDias(diasDoPrazo + 5 - 30);
        deferir(complementado, 48, "[]");
        passo("ANALISTA", tarde, "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":false,\"texto\":\"Inviavel\"}");
        indeferir(tarde);

        ClienteHttp gestor = api("GESTOR");
        JsonNode estatisticas = quando(gestor, "/api/v1/estatisticas?municipio=" + municipio,
                e -> e.get("decisoes").get("total").asLong() == 4);

        assertThat(estatisticas.get("referencia").asString()).isEqualTo(hoje().toString());
        JsonNode processos = estatisticas.get("processos");
        assertThat(processos.get("total").asLong()).isEqualTo(7);
        assertThat(processos.get("porSituacao").get("DEFERIDO").asLong()).isEqualTo(3);
        assertThat(processos.get("porSituacao").get("INDEFERIDO").asLong()).isEqualTo(1);
        assertThat(processos.get("porSituacao").get("EM_ANALISE").asLong()).isEqualTo(1);
        assertThat(processos.get("porSituacao").get("AGUARDANDO_COMPLEMENTACAO").asLong()).isEqualTo(1);
        assertThat(processos.get("porSituacao").get("PROTOCOLADO").asLong()).isEqualTo(1);
        assertThat(processos.get("porTipoLicenca").get("LP").asLong()).isEqualTo(6);
        assertThat(processos.get("porTipoLicenca").get("LAC").asLong()).isEqualTo(1);

        JsonNode decisoes = estatisticas.get("decisoes");
        assertThat(decisoes.get("deferidas").asLong()).isEqualTo(3);
        assertThat(decisoes.get("indeferidas").asLong()).isEqualTo(1);
        assertThat(decisoes.get("comPrazo").asLong()).isEqualTo(3);
        assertThat(decisoes.get("noPrazo").asLong()).isEqualTo(2);
        assertThat(decisoes.get("foraDoPrazo").asLong()).isEqualTo(1);
        assertThat(decisoes.get("percentualNoPrazo").decimalValue()).isEqualByComparingTo("66.67");
        // Analysis days: 0, (prazo + 5) - 30 paused, prazo + 5: the median is the middle one.
        assertThat(decisoes.get("medianaDiasDeAnalise").decimalValue()).isEqualByComparingTo(String.valueOf(diasDoPrazo + 5 - 30));

        JsonNode atrasados = estatisticas.get("atrasados");
        assertThat(atrasados.get("total").asLong()).isEqualTo(1);
        JsonNode linha = atrasados.get("processos").get(0);
        assertThat(linha.get("processoId").asString()).isEqualTo(atrasado);
        assertThat(linha.get("diasDeAtraso").asLong()).isEqualTo(5);
        assertThat(linha.get("analista").asString()).isEqualTo("analista");
        assertThat(linha.get("prazoAnaliseAte").asString()).isEqualTo(protocolo.plusMonths(6).toString());
        assertThat(linha.get("numero").asString()).matches("\\d{4}/\\d{6}");

        // The period: decisions dated today (the two late-period ones); nothing was filed today.
        JsonNode hojeApenas = gestor.get("/api/v1/estatisticas?municipio=" + municipio + "&de=" + hoje() + "&ate=" + hoje()).json();
        assertThat(hojeApenas.get("decisoes").get("total").asLong()).isEqualTo(2);
        assertThat(hojeApenas.get("decisoes").get("percentualNoPrazo").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(hojeApenas.get("processos").get("total").asLong()).isZero();
        assertThat(hojeApenas.get("atrasados").get("total").asLong()).isZero();

        // The gauge counts overdue processes by the same rule, over the whole platform.
        long atrasadosNaPlataforma = gestor.get("/api/v1/estatisticas?limiteAtrasados=0").json().get("atrasados").get("total").asLong();
        assertThat(atrasadosNaPlataforma).isGreaterThanOrEqualTo(1);
        Matcher gauge = GAUGE_ATRASADOS.matcher(api("ADMIN").get("/actuator/prometheus").corpo());
        assertThat(gauge.find()).as("gauge licenciamento_processos_atrasados publicado").isTrue();
        assertThat(Double.parseDouble(gauge.group(1))).isEqualTo((double) atrasadosNaPlataforma);
    }

    @Test
    void soAEquipeEOAuditorVeemEParametrosInvalidosRecebem400() {
        assertThat(api("AUDITOR").get("/api/v1/estatisticas").status()).isEqualTo(200);
        assertThat(api("REQUERENTE").get("/api/v1/estatisticas").status()).isEqualTo(403);
        assertThat(api().get("/api/v1/estatisticas").status()).isEqualTo(401);
        problemaDeValidacao(api("GESTOR").get("/api/v1/estatisticas?de=2026-05-02&ate=2026-05-01"), "o fim do período vem antes do início");
        problemaDeValidacao(api("GESTOR").get("/api/v1/estatisticas?municipio=31"), "código IBGE com 7 dígitos");
        problemaDeValidacao(api("GESTOR").get("/api/v1/estatisticas?de=ontem"), "de");
        problemaDeValidacao(api("GESTOR").get("/api/v1/estatisticas?limiteAtrasados=5000"), "no máximo 1000");
    }
}
