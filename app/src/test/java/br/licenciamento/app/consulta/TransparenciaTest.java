package br.licenciamento.app.consulta;

import br.licenciamento.app.pessoa.DocumentosDeTeste;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public transparency endpoints, without a token: requests and licences of a natural and of a legal person,
 * where nothing identifies the natural person (name, CPF, person id, their enterprise's name) while the legal
 * person's CNPJ and names are shown; and the authenticity check with the code the holder sees.
 */
class TransparenciaTest extends Consultas {

    private static final String NOME_PF = "Joana Transparencia Pereira";
    private static final String RAZAO_SOCIAL = "Mineradora Transparente Ltda";
    private static final String REPRESENTANTE = "Roberto Representante Legal";

    private static String url(String valor) {
        return URLEncoder.encode(valor, StandardCharsets.UTF_8);
    }

    @Test
    void listagensPublicasSemLoginSemDadosDePessoaFisica() {
        ClienteHttp requerente = api("REQUERENTE");
        Pessoa fisica = pessoaFisica(requerente, NOME_PF);
        String cpfDoRepresentante = DocumentosDeTeste.cpf();
        Pessoa juridica = pessoaJuridica(requerente, RAZAO_SOCIAL, REPRESENTANTE, cpfDoRepresentante);
        String processoPf = protocolarAqui(requerente, fisica.pessoaId(), "LP", "Sitio Joana Transparencia");
        String processoPj = protocolarAqui(requerente, juridica.pessoaId(), "LP", "Lavra Serra Azul");
        levarAteAAnalise(processoPf, "G", "P");
        levarAteAAnalise(processoPj, "G", "P");
        deferir(processoPf, 48, "[]");
        deferir(processoPj, 48, "[]");

        ClienteHttp anonimo = api();
        JsonNode processos = quando(anonimo, "/api/v1/publico/processos?municipio=" + municipio,
                p -> p.get("total").asLong() == 2 && p.toString().contains("DEFERIDO\"") && !p.toString().contains("EM_ANALISE"));
        JsonNode licencas = quando(anonimo, "/api/v1/publico/licencas?municipio=" + municipio,
                p -> p.get("total").asLong() == 2);

        for (JsonNode publico : new JsonNode[]{processos, licencas}) {
            String texto = publico.toString();
            assertThat(texto).doesNotContain("Joana").doesNotContain(fisica.documento())
                    .doesNotContain(fisica.documento().replaceAll("\\D", "")).doesNotContain(fisica.pessoaId())
                    .doesNotContain(juridica.pessoaId()).doesNotContain("requerenteId").doesNotContain(processoPf)
                    .doesNotContain(REPRESENTANTE).doesNotContain(cpfDoRepresentante)
                    .doesNotContain(cpfDoRepresentante.replaceAll("\\D", ""));
            assertThat(texto).contains(RAZAO_SOCIAL).contains(juridica.documento().toUpperCase()).contains("Lavra Serra Azul");
            JsonNode daPessoaFisica = null;
            for (JsonNode item : publico.get("itens")) {
                if (item.get("titular").isNull()) {
                    daPessoaFisica = item;
                }
            }
            assertThat(daPessoaFisica).as("item da pessoa fisica em " + texto).isNotNull();
            assertThat(daPessoaFisica.get("empreendimento").isNull()).isTrue();
            assertThat(daPessoaFisica.get("municipioIbge").asString()).isEqualTo(municipio);
        }
        assertThat(processos.get("itens").get(0).get("numero").asString()).matches("\\d{4}/\\d{6}");
        assertThat(licencas.get("itens").get(0).get("situacao").asString()).isEqualTo("VIGENTE");

        JsonNode daPj = anonimo.get("/api/v1/publico/licencas?cnpj=" + url(juridica.documento())).json();
        assertThat(daPj.get("total").asLong()).isEqualTo(1);
        assertThat(daPj.get("itens").get(0).get("titular").get("razaoSocial").asString()).isEqualTo(RAZAO_SOCIAL);
        assertThat(anonimo.get("/api/v1/publico/processos?cnpj=" + url(juridica.documento()) + "&municipio=" + municipio)
                .json().get("total").asLong()).isEqualTo(1);
        // A CPF is not a public search key: asking by one is refused, so it cannot reveal who holds licences.
        problemaDeValidacao(anonimo.get("/api/v1/publico/licencas?cnpj=" + url(fisica.documento())), "CNPJ com 14 caracteres");
        problemaDeValidacao(anonimo.get("/api/v1/publico/processos?tamanho=51"), "no máximo 50 por página");
    }

    @Test
    void autenticidadeConfereNumeroECodigoImpressosNaLicenca() {
        Pessoa pessoa = pessoaFisica(api("REQUERENTE"), "Titular da Autenticidade");
        String processo = protocolarAqui(api("REQUERENTE"), pessoa.pessoaId(), "LP", "Olaria Autentica");
        levarAteAAnalise(processo, "G", "P");
        String licencaId = deferir(processo, 48, "[]");

        // The holder sees the number and the code on their licence.
        JsonNode ficha = quando(api("REQUERENTE"), "/api/v1/licencas/" + licencaId, f -> true);
        String numero = ficha.get("licenca").get("numero").asString();
        String codigo = ficha.get("codigoAutenticidade").asString();
        ClienteHttp anonimo = api();

        JsonNode autentica = anonimo.get("/api/v1/publico/licencas/autenticidade?numero=" + url(numero) + "&codigo=" + codigo).json();
        assertThat(autentica.get("autentica").asBoolean()).isTrue();
        assertThat(autentica.get("licenca").get("numero").asString()).isEqualTo(numero);
        assertThat(autentica.get("licenca").get("situacao").asString()).isEqualTo("VIGENTE");
        assertThat(autentica.get("mensagem").asString()).contains("autêntica");
        assertThat(autentica.toString()).doesNotContain("Titular da Autenticidade").doesNotContain(pessoa.pessoaId());
        // Typed by a person: lower case, without hyphens.
        assertThat(anonimo.get("/api/v1/publico/licencas/autenticidade?numero=" + url(numero.toLowerCase()) + "&codigo="
                + codigo.toLowerCase().replace("-", "")).json().get("autentica").asBoolean()).isTrue();

        String outroCodigo = (codigo.charAt(0) == 'A' ? "B" : "A") + codigo.substring(1);
        JsonNode falsa = anonimo.get("/api/v1/publico/licencas/autenticidade?numero=" + url(numero) + "&codigo=" + outroCodigo).json();
        assertThat(falsa.get("autentica").asBoolean()).isFalse();
        assertThat(falsa.get("licenca").isNull()).isTrue();
        JsonNode semNumero = anonimo.get("/api/v1/publico/licencas/autenticidade?numero=LP-1999/000001-0&codigo=" + codigo).json();
        assertThat(semNumero.get("autentica").asBoolean()).isFalse();
        assertThat(semNumero.get("mensagem").asString()).isEqualTo(falsa.get("mensagem").asString());

        // After a suspension the licence is still authentic, and the answer says it is suspended.
        ClienteHttp.Resposta suspensao = api("GESTOR").post("/api/v1/licencas/" + licencaId + "/suspensao",
                "{\"motivo\":\"DESCUMPRIMENTO_DE_CONDICIONANTE\",\"fundamentos\":\"Relatorio nao entregue\"}");
        assertThat(suspensao.status()).isEqualTo(202);
        JsonNode suspensa = quando(anonimo, "/api/v1/publico/licencas/autenticidade?numero=" + url(numero) + "&codigo=" + codigo,
                r -> r.get("licenca").get("situacao").asString().equals("SUSPENSA"));
        assertThat(suspensa.get("autentica").asBoolean()).isTrue();

        ClienteHttp.Resposta semCodigo = anonimo.get("/api/v1/publico/licencas/autenticidade?numero=" + url(numero));
        assertThat(semCodigo.status()).isEqualTo(400);
        assertThat(semCodigo.contentType()).startsWith("application/problem+json");
        assertThat(semCodigo.json().get("detail").asString()).contains("codigo");
        problemaDeValidacao(anonimo.get("/api/v1/publico/licencas/autenticidade?numero=%20&codigo=%20"),
                "informe o código de autenticidade");
    }
}
