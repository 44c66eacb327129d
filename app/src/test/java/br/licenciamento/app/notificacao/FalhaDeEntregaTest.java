package br.licenciamento.app.notificacao;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail server is down: the e-mail is retried, then parked as a failure operations can see; once the server is
 * back, the retry action sends it.
 */
class FalhaDeEntregaTest {

    private static final int PORTA = portaLivre();
    private static GreenMail smtp;
    private static PlataformaPropria plataforma;

    @TempDir
    static Path dados;

    @BeforeAll
    static void iniciar() {
        plataforma = new PlataformaPropria(dados,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + PORTA,
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--spring.mail.properties.mail.smtp.timeout=2000",
                "--licenciamento.sagas.entrega.intervalo=PT1S",
                "--licenciamento.sagas.entrega.espera-inicial=PT1S",
                "--licenciamento.sagas.entrega.tentativas=2");
    }

    @AfterAll
    static void parar() {
        if (plataforma != null) {
            plataforma.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private ClienteHttp api(String papel) {
        return plataforma.api(papel);
    }

    private String requerenteAtivo() {
        return PlataformaEmbutidaTest.requerenteAtivo(api("REQUERENTE"));
    }

    @Test
    void servidorForaDoAr_tentaDeNovoEstacionaAFalhaEReenviaQuandoVolta() throws Exception {
        String requerente = requerenteAtivo();
        ClienteHttp.Resposta protocolo = api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Olaria Sao Jose","cnae":"2342-7/02",
                 "municipioIbge":"3106200","tipoLicenca":"LP"}""".formatted(requerente));
        assertThat(protocolo.status()).as(protocolo.corpo()).isEqualTo(201);
        String processoId = protocolo.json().get("processoId").asString();
        assertThat(api("GESTOR").post("/api/v1/processos/" + processoId + "/enquadramento",
                "{\"porte\":\"G\",\"potencial\":\"P\"}").status()).isEqualTo(202);
        // The platform issues the fee slip on classification; telling the applicant is what fails here.

        JsonNode falha = Aguardar.ate("e-mail estacionado como falha depois de 2 tentativas", Duration.ofSeconds(60),
                () -> falhaDoProcesso(processoId), f -> f != null);
        assertThat(falha.get("tipo").asString()).isEqualTo("GUIA_EMITIDA");
        assertThat(falha.get("tentativas").asInt()).isEqualTo(2);
        assertThat(falha.get("erro").asString()).isNotBlank();
        assertThat(falha.get("destinatario").asString()).isEqualTo("PESSOA:" + requerente);

        smtp = new GreenMail(new ServerSetup(PORTA, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String id = falha.get("id").asString();
        assertThat(api("ADMIN").post("/api/v1/ops/notificacoes/falhas/" + id + "/reenvio", "").status()).isEqualTo(202);
        MimeMessage[] recebidas = Aguardar.ate("e-mail reenviado", Duration.ofSeconds(30), smtp::getReceivedMessages,
                m -> m.length == 1);
        assertThat(recebidas[0].getAllRecipients()[0].toString()).isEqualTo("requerente@exemplo.com.br");
        assertThat(falhaDoProcesso(processoId)).isNull();

        ClienteHttp.Resposta denovo = api("ADMIN").post("/api/v1/ops/notificacoes/falhas/" + id + "/reenvio", "");
        assertThat(denovo.status()).isEqualTo(404);
        assertThat(denovo.contentType()).startsWith("application/problem+json");
    }

    private JsonNode falhaDoProcesso(String processoId) {
        for (JsonNode falha : api("ADMIN").get("/api/v1/ops/notificacoes/falhas").json().get("itens")) {
            if (processoId.equals(falha.get("processoId").asString())) {
                return falha;
            }
        }
        return null;
    }

    private static int portaLivre() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
