package br.licenciamento.app;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor reads the full history of a process: every event, in order, with who, when and why. */
class HistoricoDeAuditoriaTest extends PlataformaEmbutidaTest {

    @Test
    void historicoMostraCadaEventoComQuemQuandoECorrelacao() {
        String processoId = api("REQUERENTE").com("X-Correlation-Id", "auditoria-77").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Auditoria","cnae":"2342-7/02","municipioIbge":"3106200","tipoLicenca":"LP"}"""
                .formatted(requerenteAtivo())).json().get("processoId").asString();

        JsonNode historico = api("AUDITOR").get("/api/v1/processos/" + processoId + "/historico").json();

        assertThat(historico.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode primeiro = historico.get("registros").get(0);
        assertThat(primeiro.get("sequencia").asLong()).isZero();
        assertThat(primeiro.get("evento").asString()).isEqualTo("ProcessoProtocolado");
        assertThat(primeiro.get("correlationId").asString()).isEqualTo("auditoria-77");
        assertThat(primeiro.get("causationId").asString()).isNotBlank();
        assertThat(primeiro.get("usuario").asString()).isNotBlank();
        assertThat(primeiro.get("quando").asString()).isNotBlank();
        assertThat(primeiro.get("dados").get("empreendimento").asString()).isEqualTo("Auditoria");
        for (int i = 1; i < historico.get("registros").size(); i++) {
            assertThat(historico.get("registros").get(i).get("sequencia").asLong()).isEqualTo(i);
        }
    }

    @Test
    void historicoDeProcessoInexistenteE404EPaginaInvalidaE400() {
        assertThat(api("AUDITOR").get("/api/v1/processos/nao-existe/historico").status()).isEqualTo(404);
        assertThat(api("AUDITOR").get("/api/v1/processos/x/historico?tamanho=0").status()).isEqualTo(400);
    }
}
