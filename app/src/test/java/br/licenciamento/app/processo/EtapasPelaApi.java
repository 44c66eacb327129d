package br.licenciamento.app.processo;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of a licensing request over HTTP, each with the role of the person who takes it. Subclasses say what
 * "today" is: a clock the test moves ({@link FluxoDeLicenciamento}) or the platform's own (a homologation clock).
 */
public abstract class EtapasPelaApi extends PlataformaEmbutidaTest {

    /** Today in the platform's legal calendar (Brasilia). */
    protected abstract java.time.LocalDate hoje();

    protected record Protocolo(String processoId, String empreendimentoId) {
    }

    protected Protocolo protocolar(String requerenteId, String tipo, String empreendimentoId, String licencaAnteriorId) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/processos", pedido(requerenteId, tipo, empreendimentoId,
                licencaAnteriorId));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return new Protocolo(resposta.json().get("processoId").asString(), resposta.json().get("empreendimentoId").asString());
    }

    protected static String pedido(String requerenteId, String tipo, String empreendimentoId, String licencaAnteriorId) {
        return """
                {"requerenteId":"%s","empreendimentoId":%s,"empreendimento":"Ceramica Vale Verde","cnae":"2342-7/02",
                 "municipioIbge":"3106200","localizacao":{"latitude":-19.92,"longitude":-43.94},
                 "tipoLicenca":"%s","licencaAnteriorId":%s}""".formatted(requerenteId, json(empreendimentoId), tipo,
                json(licencaAnteriorId));
    }

    /**
     * Classification (class 4: three phases), the applicant's delivery of every document it requires, the fee slip the
     * platform issues on it, payment, assignment to the demo analyst, admission and the acceptance of the documents:
     * the process is then in analysis, ready for a decision.
     */
    protected void levarAteAAnalise(String processoId, String porte, String potencial) {
        passo("GESTOR", processoId, "enquadramento", """
                {"porte":"%s","potencial":"%s"}""".formatted(porte, potencial));
        List<String> documentos = entregarDocumentosExigidos(processoId);
        passo("GESTOR", processoId, "guias/" + guiaEmitidaPelaPlataforma(processoId) + "/pagamento", "{}");
        passo("GESTOR", processoId, "atribuicao", "{\"analista\":\"analista\"}");
        passo("ANALISTA", processoId, "admissibilidade", "{\"admitido\":true}");
        aceitarDocumentos(processoId, documentos);
    }

    /** The assigned analyst accepts these documents. */
    protected void aceitarDocumentos(String processoId, List<String> documentoIds) {
        for (String documentoId : documentoIds) {
            passo("ANALISTA", processoId, "documentos/" + documentoId + "/avaliacao", "{\"aceito\":true}");
        }
    }

    /** The checklist the classification set, as the audit trail shows it. */
    protected List<String> documentosExigidos(String processoId) {
        for (JsonNode registro : historico(processoId)) {
            if (registro.get("evento").asString().equals("ProcessoEnquadrado")) {
                List<String> exigidos = new ArrayList<>();
                registro.get("dados").get("documentosExigidos").forEach(d -> exigidos.add(d.asString()));
                return exigidos;
            }
        }
        throw new AssertionError("Processo " + processoId + " sem enquadramento no historico");
    }

    /**
     * One file per item of the checklist, in its category, uploaded by the agency for the applicant (whoever
     * represents the applicant in the test); answers the document ids.
     */
    protected List<String> entregarDocumentosExigidos(String processoId) {
        List<String> ids = new ArrayList<>();
        for (String exigido : documentosExigidos(processoId)) {
            ids.add(anexarPdf("GESTOR", processoId, exigido, exigido.toLowerCase().replace(' ', '-') + ".pdf", exigido)
                    .get("documentoId").asString());
        }
        return ids;
    }

    /** The slip the platform issued by itself after the classification. */
    protected String guiaEmitidaPelaPlataforma(String processoId) {
        return guiaEmitidaPelaPlataforma(api("AUDITOR"), processoId);
    }

    protected List<JsonNode> historico(String processoId) {
        ClienteHttp.Resposta resposta = api("AUDITOR").get("/api/v1/processos/" + processoId + "/historico?tamanho=500");
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(200);
        List<JsonNode> registros = new ArrayList<>();
        resposta.json().get("registros").forEach(registros::add);
        return registros;
    }

    /** Inspection, favourable technical opinion and grant; answers the new licence id. */
    protected String deferir(String processoId, int validadeMeses, String condicionantes) {
        passo("FISCAL", processoId, "vistorias", """
                {"realizadaEm":"%s","relato":"Instalacoes conforme o projeto"}""".formatted(hoje()));
        passo("ANALISTA", processoId, "pareceres", """
                {"tipo":"TECNICO","favoravel":true,"texto":"Viavel com as condicionantes propostas"}""");
        JsonNode decisao = passo("GESTOR", processoId, "decisao", """
                {"deferido":true,"validadeMeses":%d,"condicionantes":%s,"fundamentos":"Parecer tecnico favoravel"}"""
                .formatted(validadeMeses, condicionantes));
        return decisao.get("licencaId").asString();
    }

    protected JsonNode passo(String papel, String processoId, String etapa, String corpo) {
        ClienteHttp.Resposta resposta = api(papel).post("/api/v1/processos/" + processoId + "/" + etapa, corpo);
        assertThat(resposta.status()).as(etapa + ": " + resposta.corpo()).isEqualTo(202);
        assertThat(resposta.cabecalho("ETag")).contains("\"" + resposta.json().get("versao").asLong() + "\"");
        return resposta.json();
    }

    protected ClienteHttp.Resposta tentar(String papel, String processoId, String etapa, String corpo) {
        return api(papel).post("/api/v1/processos/" + processoId + "/" + etapa, corpo);
    }

    protected static void recusadaPelaRegra(ClienteHttp.Resposta resposta, String regra) {
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(422);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().get("regra").asString()).isEqualTo(regra);
        assertThat(resposta.json().get("detail").asString()).isNotBlank();
    }

    protected JsonNode dossieNaSituacao(String processoId, String situacao) {
        return Aguardar.ate("dossie na situacao " + situacao, Duration.ofSeconds(15),
                () -> api("REQUERENTE").get("/api/v1/processos/" + processoId),
                r -> r.status() == 200 && situacao.equals(r.json().get("situacao").asString())).json();
    }

    /** Uploads a small PDF as the applicant; answers the document id. */
    protected JsonNode anexarPdf(String processoId, String nome, String conteudo) {
        return anexarPdf("REQUERENTE", processoId, "Complementacao", nome, conteudo);
    }

    /** Uploads a small PDF of this category (a checklist item) in this role; answers the document id. */
    protected JsonNode anexarPdf(String papel, String processoId, String categoria, String nome, String conteudo) {
        String fronteira = "----fronteira" + UUID.randomUUID();
        byte[] pdf = ("%PDF-1.4\n" + conteudo + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream corpo = new ByteArrayOutputStream();
        escrever(corpo, "--" + fronteira + "\r\nContent-Disposition: form-data; name=\"categoria\"\r\n\r\n" + categoria
                + "\r\n");
        escrever(corpo, "--" + fronteira + "\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"" + nome
                + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        corpo.writeBytes(pdf);
        escrever(corpo, "\r\n--" + fronteira + "--\r\n");
        ClienteHttp.Resposta resposta = api(papel).enviar("POST", "/api/v1/processos/" + processoId + "/documentos",
                "multipart/form-data; boundary=" + fronteira, corpo.toByteArray());
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json();
    }

    private static void escrever(ByteArrayOutputStream saida, String texto) {
        saida.writeBytes(texto.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String valor) {
        return valor == null ? "null" : "\"" + valor + "\"";
    }
}
