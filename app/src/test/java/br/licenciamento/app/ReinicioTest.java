package br.licenciamento.app;

import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart on the same data directory finds everything that was stored, in both databases. */
class ReinicioTest {

    @TempDir
    Path dados;

    @Test
    void reinicioNoMesmoDiretorioMantemProcessosEProjecoes() {
        String processoId;
        String numero;
        String requerente;
        try (ConfigurableApplicationContext primeira = iniciar()) {
            ClienteHttp api = cliente(primeira);
            requerente = PlataformaEmbutidaTest.requerenteAtivo(api);
            processoId = api.post("/api/v1/processos", """
                    {"requerenteId":"%s","empreendimento":"Granja Boa Vista","cnae":"0155-5/05",
                     "municipioIbge":"4106902","tipoLicenca":"LO"}""".formatted(requerente)).json().get("processoId").asString();
            numero = Aguardar.ate("dossie projetado", Duration.ofSeconds(30),
                    () -> api.get("/api/v1/processos/" + processoId), r -> r.status() == 200).json().get("numero").asString();
            Aguardar.ate("pesquisa projetada", Duration.ofSeconds(30),
                    () -> api.get("/api/v1/processos?municipio=4106902").json(), p -> p.get("total").asLong() == 1);
        }

        try (ConfigurableApplicationContext segunda = iniciar()) {
            ClienteHttp api = cliente(segunda);
            ClienteHttp.Resposta dossie = api.get("/api/v1/processos/" + processoId);
            assertThat(dossie.status()).isEqualTo(200);
            assertThat(dossie.json().get("numero").asString()).isEqualTo(numero);
            assertThat(api.get("/api/v1/processos?municipio=4106902").json().get("total").asLong()).isEqualTo(1);

            // The sequence survived too: the next filing gets a new number, never a reused one.
            // The person registered before the restart can still file: the people registry survived too.
            String outro = api.post("/api/v1/processos", """
                    {"requerenteId":"%s","empreendimento":"Granja Boa Vista II","cnae":"0155-5/05",
                     "municipioIbge":"4106902","tipoLicenca":"LO"}""".formatted(requerente)).json().get("processoId").asString();
            String novoNumero = Aguardar.ate("segundo dossie", Duration.ofSeconds(30),
                    () -> api.get("/api/v1/processos/" + outro), r -> r.status() == 200).json().get("numero").asString();
            assertThat(novoNumero).isNotEqualTo(numero);
        }
    }

    private ConfigurableApplicationContext iniciar() {
        // Command-line arguments, as a user would pass them: they win over application.properties.
        return new SpringApplicationBuilder(LicenciamentoApplication.class)
                .run("--server.port=0", "--licenciamento.embutido.diretorio=" + dados);
    }

    private static ClienteHttp cliente(ConfigurableApplicationContext contexto) {
        return new ClienteHttp(contexto.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
