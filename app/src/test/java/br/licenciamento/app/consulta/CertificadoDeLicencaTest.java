package br.licenciamento.app.consulta;

import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/licencas/{id}/certificado end to end: a licence granted through the API, its PDF downloaded by the
 * holder and read back, the QR code followed to the public authenticity check, a suspension issuing version 2 and
 * superseding version 1, and the 404 of anyone who may not see the licence.
 */
class CertificadoDeLicencaTest extends Consultas {

    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Pdf(int status, String contentType, String disposicao, byte[] corpo) {
    }

    private Pdf baixar(String papel, String caminho, String aceita) {
        HttpRequest pedido = HttpRequest.newBuilder(URI.create("http://localhost:" + api().porta() + caminho))
                .header("Authorization", "Bearer " + token(papel))
                .header("Accept", aceita)
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<byte[]> resposta = HttpClient.newHttpClient().send(pedido, HttpResponse.BodyHandlers.ofByteArray());
            return new Pdf(resposta.statusCode(), resposta.headers().firstValue("Content-Type").orElse(""),
                    resposta.headers().firstValue("Content-Disposition").orElse(""), resposta.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String texto(byte[] pdf) throws IOException {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(documento);
        }
    }

    /** What the QR code of page 1 says, read from the page as a phone would see it. */
    private static String qr(byte[] pdf) throws Exception {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            var imagem = new PDFRenderer(documento).renderImageWithDPI(0, 150, ImageType.RGB);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(imagem))))
                    .getText();
        }
    }

    /** The public answer at the QR code's address, asked through the API client (the base URL is the configured one). */
    private JsonNode seguir(String url) {
        URI endereco = URI.create(url);
        assertThat(endereco.getPath()).isEqualTo("/api/v1/publico/licencas/autenticidade");
        ClienteHttp.Resposta resposta = api().get(endereco.getRawPath() + "?" + endereco.getRawQuery());
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(200);
        return resposta.json();
    }

    @Test
    void titularBaixaOCertificadoConfereOQrEASuspensaoEmiteAVersao2() throws Exception {
        ClienteHttp requerente = api("REQUERENTE");
        Pessoa titular = pessoaFisica(requerente, "Joana da Conceição Araújo");
        String processo = protocolarAqui(requerente, titular.pessoaId(), "LP", "Pedreira do Certificado");
        levarAteAAnalise(processo, "G", "P");
        LocalDate prazo = hoje().plusMonths(3);
        String licenca = deferir(processo, 48, """
                [{"descricao":"Inventário de fauna e flora","prazo":"%s"}]""".formatted(prazo));
        JsonNode ficha = quando(requerente, "/api/v1/licencas/" + licenca, f -> true);
        String numero = ficha.get("licenca").get("numero").asString();
        String caminho = "/api/v1/licencas/" + licenca + "/certificado";

        Pdf v1 = baixar("REQUERENTE", caminho, "application/pdf");
        assertThat(v1.status()).as(new String(v1.corpo())).isEqualTo(200);
        assertThat(v1.contentType()).startsWith("application/pdf");
        assertThat(v1.disposicao()).startsWith("attachment")
                .contains("licenca-" + numero.replace('/', '-') + "-v1.pdf");
        String texto = texto(v1.corpo());
        String cpf = titular.documento().replaceAll("\\D", "");
        assertThat(texto).contains(numero, "Joana da Conceição Araújo", "Licença Prévia (LP)", "Lei 15.190/2025",
                "Pedreira do Certificado", "Emitida em " + DATA.format(hoje()),
                "Válida até " + DATA.format(hoje().plusMonths(48)), "Inventário de fauna e flora",
                "Prazo: " + DATA.format(prazo), "Parecer tecnico favoravel", "Situação nesta versão Vigente",
                "Autoridade responsável por esta versão: gestor",
                "***." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-**");
        assertThat(texto).doesNotContain(titular.documento(), cpf);
        // The same version, asked again or by its number, is the same file to the byte.
        assertThat(baixar("GESTOR", caminho + "?versao=1", "*/*").corpo()).isEqualTo(v1.corpo());

        String urlV1 = qr(v1.corpo());
        assertThat(urlV1).contains("numero=").contains("codigo=").endsWith("&versao=1");
        JsonNode conferida = seguir(urlV1);
        assertThat(conferida.get("autentica").asBoolean()).isTrue();
        assertThat(conferida.get("licenca").get("numero").asString()).isEqualTo(numero);
        assertThat(conferida.get("documento").get("atual").asBoolean()).isTrue();
        assertThat(conferida.get("documento").get("mensagem").asString()).contains("é a versão atual");

        // A suspension re-issues the document; version 1 is then superseded.
        ClienteHttp.Resposta suspensao = api("GESTOR").post("/api/v1/licencas/" + licenca + "/suspensao",
                "{\"motivo\":\"RISCO_AMBIENTAL_OU_A_SAUDE\",\"fundamentos\":\"Vazamento de efluente\"}");
        assertThat(suspensao.status()).as(suspensao.corpo()).isEqualTo(202);
        Pdf v2 = Aguardar.ate("versao 2 do certificado", Duration.ofSeconds(30), () -> baixar("REQUERENTE", caminho, "*/*"),
                p -> p.status() == 200 && p.disposicao().contains("-v2.pdf"));
        assertThat(texto(v2.corpo())).contains("Suspensa desde " + DATA.format(hoje()), "Suspensão da licença",
                "Vazamento de efluente");
        String urlV2 = qr(v2.corpo());
        assertThat(urlV2).endsWith("&versao=2");
        assertThat(seguir(urlV2).get("documento").get("atual").asBoolean()).isTrue();
        JsonNode substituida = seguir(urlV1);
        assertThat(substituida.get("autentica").asBoolean()).isTrue();
        assertThat(substituida.get("documento").get("atual").asBoolean()).isFalse();
        assertThat(substituida.get("documento").get("versaoAtual").asInt()).isEqualTo(2);
        assertThat(substituida.get("documento").get("mensagem").asString()).contains("substituída pela versão 2");
        assertThat(baixar("REQUERENTE", caminho + "?versao=1", "*/*").corpo()).isEqualTo(v1.corpo());

        // Cancellation issues no new document: the current version's check says the licence no longer has effect.
        ClienteHttp.Resposta cancelamento = api("GESTOR").post("/api/v1/licencas/" + licenca + "/cancelamento",
                "{\"motivo\":\"INFORMACAO_FALSA_OU_OMITIDA\",\"fundamentos\":\"Laudo falso\"}");
        assertThat(cancelamento.status()).as(cancelamento.corpo()).isEqualTo(202);
        JsonNode cancelada = Aguardar.ate("licenca cancelada", Duration.ofSeconds(30), () -> seguir(urlV2),
                r -> r.get("licenca").get("situacao").asString().equals("CANCELADA"));
        assertThat(cancelada.get("documento").get("mensagem").asString()).contains("foi cancelada em");
    }

    @Test
    void outroRequerenteRecebeO404DeUmaLicencaInexistenteEEntradaInvalidaDaProblemJson() {
        ClienteHttp requerente = api("REQUERENTE");
        Pessoa titular = pessoaFisica(requerente, "Titular Alheio");
        String processo = protocolarAqui(requerente, titular.pessoaId(), "LP", "Pedreira Alheia");
        levarAteAAnalise(processo, "G", "P");
        String licenca = deferir(processo, 48, "[]");
        quando(requerente, "/api/v1/licencas/" + licenca, f -> true);

        ClienteHttp outro = outroRequerente();
        ClienteHttp.Resposta alheia = outro.get("/api/v1/licencas/" + licenca + "/certificado");
        ClienteHttp.Resposta inexistente = outro.get("/api/v1/licencas/nao-existe/certificado");
        assertThat(alheia.status()).isEqualTo(404);
        assertThat(alheia.contentType()).startsWith("application/problem+json");
        assertThat(alheia.corpo().replace(licenca, "ID").replaceAll("\"(correlationId|instance|timestamp)\":\"[^\"]*\"", ""))
                .isEqualTo(inexistente.corpo().replace("nao-existe", "ID")
                        .replaceAll("\"(correlationId|instance|timestamp)\":\"[^\"]*\"", ""));
        assertThat(baixar("AUDITOR", "/api/v1/licencas/" + licenca + "/certificado", "*/*").status()).isEqualTo(200);

        // Asked as a PDF, an error is still problem+json, in Portuguese.
        Pdf semVersao = baixar("GESTOR", "/api/v1/licencas/" + licenca + "/certificado?versao=9", "application/pdf");
        assertThat(semVersao.status()).isEqualTo(404);
        assertThat(semVersao.contentType()).startsWith("application/problem+json");
        assertThat(new String(semVersao.corpo(), java.nio.charset.StandardCharsets.UTF_8)).contains("Não há a versão 9");
        assertThat(baixar("GESTOR", "/api/v1/licencas/nao-existe/certificado", "application/pdf").contentType())
                .startsWith("application/problem+json");
        ClienteHttp gestor = api("GESTOR");
        problemaDeValidacao(gestor.get("/api/v1/licencas/" + licenca + "/certificado?versao=0"), "a primeira versão é a 1");
        problemaDeValidacao(gestor.get("/api/v1/licencas/" + licenca + "/certificado?versao=abc"), "versao");
        problemaDeValidacao(gestor.get("/api/v1/licencas/" + licenca + "/certificado?versao=99999999999"), "versao");
        problemaDeValidacao(api().get("/api/v1/publico/licencas/autenticidade?numero=X&codigo=Y&versao=-1"),
                "a primeira versão é a 1");
        assertThat(api().get("/api/v1/licencas/" + licenca + "/certificado").status()).isEqualTo(401);
    }
}
