package br.licenciamento.app.seguranca;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A method an address does not have is 405 with the accepted ones, not a 403 that sends the client after a role. */
class MetodoNaoAceitoTest extends PlataformaEmbutidaTest {

    @Test
    void metodoQueOEnderecoNaoTemE405ComAllowParaQualquerPapel() {
        for (String papel : new String[]{"REQUERENTE", "GESTOR"}) {
            ClienteHttp.Resposta resposta = api(papel).enviar("PUT", "/api/v1/processos", "application/json",
                    "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(resposta.status()).as(papel + ": " + resposta.corpo()).isEqualTo(405);
            assertThat(resposta.contentType()).startsWith("application/problem+json");
            assertThat(resposta.cabecalho("Allow").orElse("")).contains("GET", "POST");
        }
    }

    @Test
    void metodoQueOEnderecoTemMasOPapelNaoContinua403() {
        ClienteHttp.Resposta resposta = api("AUDITOR").post("/api/v1/processos", "{}");
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(403);
    }
}
