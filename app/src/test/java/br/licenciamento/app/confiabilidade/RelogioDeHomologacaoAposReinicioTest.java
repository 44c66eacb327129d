package br.licenciamento.app.confiabilidade;

import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A homologation clock moved forward stays moved after the platform is killed and started again. */
class RelogioDeHomologacaoAposReinicioTest {

    @TempDir
    Path dados;

    @Test
    void relogioMovidoContinuaMovidoDepoisDeUmaQuedaEDeNovaPartida() throws Exception {
        try (PlataformaFilha plataforma = new PlataformaFilha(dados, "--licenciamento.relogio.homologacao=true")) {
            plataforma.iniciar(Duration.ofMinutes(3));
            LocalDate antes = LocalDate.parse(relogio(plataforma).get("hoje").asString());
            ClienteHttp.Resposta avanco = admin(plataforma).post("/api/v1/ops/relogio/avanco", "{\"dias\":10}");
            assertThat(avanco.status()).as(avanco.corpo()).isEqualTo(200);

            plataforma.matar();
            plataforma.iniciar(Duration.ofMinutes(3));

            JsonNode depois = relogio(plataforma);
            assertThat(depois.get("deslocamento").asString()).isEqualTo("PT240H");
            assertThat(LocalDate.parse(depois.get("hoje").asString())).isBetween(antes.plusDays(10), antes.plusDays(11));
        }
    }

    private static JsonNode relogio(PlataformaFilha plataforma) {
        return admin(plataforma).get("/api/v1/ops/relogio").json();
    }

    /** Signed in anew at each start: the issuer names the port, which changes. */
    private static ClienteHttp admin(PlataformaFilha plataforma) {
        return plataforma.api().com("Authorization", "Bearer " + LoginOAuth2.entrar(plataforma.porta(), "admin", "demo-admin").acesso());
    }
}
