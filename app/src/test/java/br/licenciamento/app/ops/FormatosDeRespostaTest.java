package br.licenciamento.app.ops;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API answers JSON (and problem+json); a client asking for YAML is told so instead of getting it by accident.
 * Public reads can be cached.
 */
class FormatosDeRespostaTest extends PlataformaEmbutidaTest {

    @Test
    void yamlNaoEUmFormatoDeResposta() {
        ClienteHttp.Resposta resposta = api().com("Accept", "application/yaml").get("/api/v1/publico/licencas");
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(406);
        ClienteHttp.Resposta json = api().com("Accept", "application/json").get("/api/v1/publico/licencas");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
    }

    @Test
    void leituraPublicaPodeSerGuardadaUmMinutoEResponde304ComOMesmoEtag() {
        ClienteHttp.Resposta primeira = api().get("/api/v1/publico/licencas");
        assertThat(primeira.status()).isEqualTo(200);
        assertThat(primeira.cabecalho("Cache-Control").orElse("")).contains("public", "max-age=60");
        String etag = primeira.cabecalho("ETag").orElseThrow();
        ClienteHttp.Resposta igual = api().com("If-None-Match", etag).get("/api/v1/publico/licencas");
        assertThat(igual.status()).isEqualTo(304);
        ClienteHttp.Resposta erro = api().get("/api/v1/publico/licencas?tamanho=muitos");
        assertThat(erro.status()).isEqualTo(400);
        assertThat(erro.cabecalho("Cache-Control").orElse("")).doesNotContain("public");
    }
}
