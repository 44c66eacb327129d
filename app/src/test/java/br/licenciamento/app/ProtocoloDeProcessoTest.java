package br.licenciamento.app;

import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The vertical slice through every layer: REST command, event store, both projections, REST queries. */
class ProtocoloDeProcessoTest extends PlataformaEmbutidaTest {

    private String pedido() {
        return """
                {"requerenteId":"%s","empreendimento":"Ceramica Vale Verde","cnae":"2342-7/02",
                 "municipioIbge":"3106200","tipoLicenca":"LP"}""".formatted(requerenteAtivo());
    }

    @Autowired
    private JdbcClient jdbc;

    @Test
    void pedidoProtocoladoApareceNoDossieENaPesquisa() {
        ClienteHttp.Resposta criado = api("REQUERENTE").com("X-Correlation-Id", "teste-protocolo-1").post("/api/v1/processos", pedido());

        assertThat(criado.status()).isEqualTo(201);
        String processoId = criado.json().get("processoId").asString();
        assertThat(criado.cabecalho("Location")).contains("/api/v1/processos/" + processoId);

        JsonNode dossie = Aguardar.ate("dossie no MongoDB", Duration.ofSeconds(30),
                () -> api("REQUERENTE").get("/api/v1/processos/" + processoId), r -> r.status() == 200).json();
        assertThat(dossie.get("empreendimento").asString()).isEqualTo("Ceramica Vale Verde");
        assertThat(dossie.get("numero").asString()).matches("\\d{4}/\\d{6}");
        assertThat(dossie.get("regime").asString()).isEqualTo("LEI_15190");
        assertThat(dossie.get("linhaDoTempo").get(0).get("descricao").asString()).contains("protocolado");

        JsonNode pagina = Aguardar.ate("processo na pesquisa do PostgreSQL", Duration.ofSeconds(30),
                () -> api("GESTOR").get("/api/v1/processos?municipio=3106200&tipoLicenca=LP").json(),
                p -> p.get("total").asLong() > 0 && p.toString().contains(processoId));
        assertThat(pagina.get("itens").get(0).get("situacao").asString()).isEqualTo("PROTOCOLADO");
    }

    @Test
    void eventoGuardaQuemQuandoEACorrelacaoDaRequisicao() {
        String processoId = api("REQUERENTE").com("X-Correlation-Id", "correlacao-auditoria").post("/api/v1/processos", pedido())
                .json().get("processoId").asString();

        Map<String, Object> linha = jdbc.sql("""
                        SELECT payload_type, convert_from(meta_data, 'UTF8') AS metadados, sequence_number
                        FROM axon.domain_event_entry WHERE aggregate_identifier = :id""")
                .param("id", processoId).query().singleRow();

        assertThat(linha.get("payload_type")).isEqualTo("br.licenciamento.api.processo.ProcessoProtocolado");
        assertThat((String) linha.get("metadados"))
                .contains("\"correlationId\":\"correlacao-auditoria\"")
                .contains("\"causationId\"")
                .contains("\"usuario\":\"requerente\"")
                .contains("\"papeis\":\"REQUERENTE\"");
        assertThat(linha.get("sequence_number")).isEqualTo(0L);
    }

    @Test
    void eventosSaoGravadosComoByteaNuncaComoObjetosGrandes() {
        Map<String, Object> tipos = jdbc.sql("""
                        SELECT string_agg(DISTINCT data_type, ',') AS tipos FROM information_schema.columns
                        WHERE table_schema = 'axon' AND column_name IN ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')""")
                .query().singleRow();
        assertThat(tipos.get("tipos")).isEqualTo("bytea");
        long objetosGrandes = jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata").query(Long.class).single();
        assertThat(objetosGrandes).isZero();
    }

    @Test
    void pedidoInvalidoRecebeProblemaEmPortuguesComOsCampos() {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/processos",
                "{\"requerenteId\":\"\",\"cnae\":\"23\",\"municipioIbge\":\"31\",\"tipoLicenca\":\"LP\"}");

        assertThat(resposta.status()).isEqualTo(400);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        JsonNode problema = resposta.json();
        assertThat(problema.get("title").asString()).isEqualTo("Requisição inválida");
        assertThat(problema.get("erros").toString()).contains("cnae").contains("CNAE no formato NNNN-N/NN")
                .contains("municipioIbge").contains("empreendimento");
    }

    @Test
    void jsonMalformadoTipoDesconhecidoEEnderecoInexistenteNuncaDao5xx() {
        assertThat(api("REQUERENTE").post("/api/v1/processos", "{nao e json").status()).isEqualTo(400);
        assertThat(api("REQUERENTE").post("/api/v1/processos", pedido().replace("\"LP\"", "\"XYZ\"")).status()).isEqualTo(400);
        ClienteHttp.Resposta outroFormato = api("REQUERENTE").enviar("POST", "/api/v1/processos", "text/plain",
                "oi".getBytes(StandardCharsets.UTF_8));
        assertThat(outroFormato.status()).isEqualTo(415);
        assertThat(outroFormato.contentType()).startsWith("application/problem+json");
        ClienteHttp.Resposta inexistente = api("GESTOR").get("/api/v1/processos/nao-existe");
        assertThat(inexistente.status()).isEqualTo(404);
        assertThat(inexistente.json().get("detail").asString()).contains("nao-existe");
        assertThat(api("GESTOR").get("/api/v1/processos?pagina=-1").status()).isEqualTo(400);
        assertThat(api().get("/nada-aqui").contentType()).startsWith("application/problem+json");
    }

    @Test
    void saudeOpenApiESwaggerRespondem() {
        assertThat(api().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(api().get("/v3/api-docs").json().get("paths").has("/api/v1/processos")).isTrue();
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
