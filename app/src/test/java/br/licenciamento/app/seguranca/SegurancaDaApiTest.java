package br.licenciamento.app.seguranca;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.ClienteHttp;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a caller of the API notices: who gets in, who is turned away, and with which answer. */
class SegurancaDaApiTest extends PlataformaEmbutidaTest {

    private static final String PEDIDO = """
            {"requerenteId":"%s","empreendimento":"Olaria Boa Vista","cnae":"2342-7/02",
             "municipioIbge":"3106200","tipoLicenca":"LP"}""";

    @Autowired
    private JWKSource<SecurityContext> chavesDoServidor;

    @Autowired
    private JdbcClient jdbc;

    @Value("${licenciamento.seguranca.emissor}")
    private String emissor;

    @Value("${local.server.port}")
    private int porta;

    @Test
    void semTokenRecebe401EmPortuguesComDesafioBearer() {
        ClienteHttp.Resposta resposta = api().get("/api/v1/processos");

        assertThat(resposta.status()).isEqualTo(401);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.cabecalho("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        JsonNode problema = resposta.json();
        assertThat(problema.get("title").asString()).isEqualTo("Autenticação necessária");
        assertThat(problema.get("detail").asString()).contains("token de acesso");
        assertThat(api().post("/api/v1/processos", PEDIDO.formatted(requerenteAtivo())).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/usuarios").status()).isEqualTo(401);
    }

    @Test
    void papelErradoRecebe403EmPortugues() {
        ClienteHttp.Resposta auditorProtocolando = api("AUDITOR").post("/api/v1/processos", PEDIDO.formatted(requerenteAtivo()));
        assertThat(auditorProtocolando.status()).isEqualTo(403);
        assertThat(auditorProtocolando.contentType()).startsWith("application/problem+json");
        assertThat(auditorProtocolando.json().get("title").asString()).isEqualTo("Acesso negado");

        assertThat(api("REQUERENTE").get("/api/v1/usuarios").status()).isEqualTo(403);
        assertThat(api("GESTOR").get("/api/v1/ops/processadores").status()).isEqualTo(403);
        assertThat(api("ANALISTA").post("/api/v1/processos", PEDIDO.formatted(requerenteAtivo())).status()).isEqualTo(403);
        assertThat(api("REQUERENTE").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api("ADMIN").get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api("GESTOR").post("/api/v1/processos", PEDIDO.formatted(requerenteAtivo())).status()).isEqualTo(201);
        assertThat(api("AUDITOR").get("/api/v1/processos").status()).isEqualTo(200);
    }

    @Test
    void enderecosPublicosNaoPedemToken() {
        assertThat(api().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api().get("/v3/api-docs").status()).isEqualTo(200);
        // Transparency answers without a token; an unknown public address is "not found", never "log in".
        assertThat(api().get("/api/v1/publico/licencas").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/publico/nada-aqui").status()).isEqualTo(404);
        JsonNode descoberta = api().get("/.well-known/openid-configuration").json();
        assertThat(descoberta.get("issuer").asString()).isEqualTo(emissor);
        assertThat(descoberta.get("code_challenge_methods_supported").toString()).contains("S256");
        JsonNode chaves = api().get("/oauth2/jwks").json().get("keys");
        assertThat(chaves).hasSize(1);
        assertThat(chaves.get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(chaves.get(0).has("d")).as("a chave privada nunca e publicada").isFalse();
    }

    @Test
    void tokenAdulteradoERecusado() {
        String token = tokenDe("REQUERENTE");
        String[] partes = token.split("\\.");
        String carga = new String(Base64.getUrlDecoder().decode(partes[1]), StandardCharsets.UTF_8);
        assertThat(carga).contains("\"papeis\":[\"REQUERENTE\"]");
        String promovido = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(carga.replace("\"papeis\":[\"REQUERENTE\"]", "\"papeis\":[\"ADMIN\"]").getBytes(StandardCharsets.UTF_8));

        ClienteHttp.Resposta resposta = api().com("Authorization", "Bearer " + partes[0] + "." + promovido + "." + partes[2])
                .get("/api/v1/usuarios");

        assertThat(resposta.status()).isEqualTo(401);
        assertThat(resposta.json().get("detail").asString()).contains("inválido ou expirou");
        assertThat(api().com("Authorization", "Bearer " + token).get("/api/v1/processos").status()).isEqualTo(200);
    }

    @Test
    void tokenAssinadoPorOutraChaveERecusado() throws Exception {
        RSAKey intrusa = new RSAKeyGenerator(2048).keyID("intrusa").generate();
        String token = assinar(new ImmutableJWKSet<>(new JWKSet(intrusa)), emissor, Instant.now(), List.of("ADMIN"));

        assertThat(api().com("Authorization", "Bearer " + token).get("/api/v1/usuarios").status()).isEqualTo(401);
    }

    @Test
    void tokenExpiradoOuDeOutroEmissorERecusado() {
        Instant agora = Instant.now();
        String valido = assinar(chavesDoServidor, emissor, agora, List.of("GESTOR"));
        String expirado = assinar(chavesDoServidor, emissor, agora.minus(Duration.ofHours(1)), List.of("GESTOR"));
        String outroEmissor = assinar(chavesDoServidor, "https://outro-emissor.example", agora, List.of("GESTOR"));

        assertThat(api().com("Authorization", "Bearer " + valido).get("/api/v1/processos").status()).isEqualTo(200);
        ClienteHttp.Resposta respostaExpirado = api().com("Authorization", "Bearer " + expirado).get("/api/v1/processos");
        assertThat(respostaExpirado.status()).isEqualTo(401);
        assertThat(respostaExpirado.cabecalho("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertThat(api().com("Authorization", "Bearer " + outroEmissor).get("/api/v1/processos").status()).isEqualTo(401);
        assertThat(api().com("Authorization", "Bearer nao-e-um-jwt").get("/api/v1/processos").status()).isEqualTo(401);
    }

    @Test
    void quemAgeFicaNosMetadadosDoComandoEDoEvento() {
        String processoId = api("GESTOR").post("/api/v1/processos", PEDIDO.formatted(requerenteAtivo()))
                .json().get("processoId").asString();

        String metadados = jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM axon.domain_event_entry WHERE aggregate_identifier = :id""")
                .param("id", processoId).query(String.class).single();

        assertThat(metadados).contains("\"usuario\":\"gestor\"").contains("\"papeis\":\"GESTOR\"").contains("\"ip\"");
    }

    @Test
    void respostasLevamCabecalhosDeSegurancaECorsFechado() {
        ClienteHttp.Resposta resposta = api("GESTOR").com("Origin", "https://site-desconhecido.example").get("/api/v1/processos");

        assertThat(resposta.cabecalho("X-Content-Type-Options")).contains("nosniff");
        assertThat(resposta.cabecalho("X-Frame-Options")).contains("DENY");
        assertThat(resposta.cabecalho("Referrer-Policy")).contains("no-referrer");
        assertThat(resposta.cabecalho("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
        assertThat(resposta.cabecalho("Access-Control-Allow-Origin")).as("origem fora da lista de CORS").isEmpty();
    }

    @Test
    void swaggerOfereceLoginOAuth2ComPkce() {
        JsonNode esquema = api().get("/v3/api-docs").json().get("components").get("securitySchemes").get("oauth2");

        assertThat(esquema.get("type").asString()).isEqualTo("oauth2");
        assertThat(esquema.get("flows").get("authorizationCode").get("authorizationUrl").asString())
                .isEqualTo(emissor + "/oauth2/authorize");
        assertThat(api().get("/swagger-ui/swagger-initializer.js").corpo()).contains("licenciamento-web").contains("usePkceWithAuthorizationCodeGrant");
    }

    private String tokenDe(String papel) {
        return LoginOAuth2.entrar(porta, papel.toLowerCase(), "demo-" + papel.toLowerCase()).acesso();
    }

    private static String assinar(JWKSource<SecurityContext> chaves, String emissor, Instant emitidoEm, List<String> papeis) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(emissor)
                .subject("forjado")
                .issuedAt(emitidoEm)
                .notBefore(emitidoEm)
                .expiresAt(emitidoEm.plus(Duration.ofMinutes(5)))
                .claims(c -> c.putAll(Map.of("papeis", papeis)))
                .build();
        return new NimbusJwtEncoder(chaves)
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
