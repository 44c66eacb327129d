package br.licenciamento.app.aovivo;

import br.licenciamento.app.processo.FluxoDeLicenciamento;
import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/processos/{id}?em=<instante>}: the dossier as it was then, rebuilt from the event streams of the
 * process and of its documents, even though the process's stream now starts with a snapshot (this context snapshots
 * every 5 events).
 */
class DossieNoInstanteTest extends FluxoDeLicenciamento {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Environment ambiente;

    @Test
    void dossieNoInstanteMostraOQueEraVerdadeAntesEDepoisDeCadaMudanca() throws InterruptedException {
        Instant antesDoProtocolo = Instant.now();
        Thread.sleep(5);
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        String id = lp.processoId();
        dossieNaSituacao(id, "PROTOCOLADO");
        Instant protocolado = Instant.now();
        Thread.sleep(5);

        levarAteAAnalise(id, "G", "P");
        passo("ANALISTA", id, "pareceres", """
                {"tipo":"TECNICO","favoravel":true,"texto":"Viavel"}""");
        Instant emAnalise = Instant.now();
        Thread.sleep(5);
        anexarPdf(id, "estudo.pdf", "Estudo ambiental");
        JsonNode atual = Aguardar.ate("documento no dossie", Duration.ofSeconds(30), () -> api("REQUERENTE").get("/api/v1/processos/" + id),
                r -> r.status() == 200 && r.corpo().contains("Documento anexado: estudo.pdf")).json();
        Aguardar.ate("snapshot do processo gravado", Duration.ofSeconds(30), () -> snapshots(id), n -> n > 0);

        long inicio = System.nanoTime();
        JsonNode noProtocolo = emInstante(id, protocolado).json();
        System.out.printf("NO INSTANTE: dossie reconstruido de %d eventos em %d ms%n",
                atual.get("linhaDoTempo").size(), (System.nanoTime() - inicio) / 1_000_000);
        assertThat(noProtocolo.get("situacao").asString()).isEqualTo("PROTOCOLADO");
        assertThat(noProtocolo.get("numero").asString()).isEqualTo(atual.get("numero").asString());
        assertThat(noProtocolo.get("linhaDoTempo").size()).isEqualTo(1);

        JsonNode antesDoDocumento = emInstante(id, emAnalise).json();
        assertThat(antesDoDocumento.get("situacao").asString()).isEqualTo("EM_ANALISE");
        assertThat(antesDoDocumento.get("linhaDoTempo").toString()).contains("Parecer técnico favorável")
                .doesNotContain("Documento anexado: estudo.pdf");

        // Now: exactly the live dossier, document lines (another stream) included.
        assertThat(emInstante(id, Instant.now()).json()).isEqualTo(atual);
        // The same instant written with an offset.
        String comFuso = protocolado.atOffset(ZoneOffset.ofHours(-3)).toString();
        assertThat(api("REQUERENTE").get("/api/v1/processos/" + id + "?em=" + URLEncoder.encode(comFuso, StandardCharsets.UTF_8))
                .json()).isEqualTo(noProtocolo);

        ClienteHttp.Resposta antes = emInstante(id, antesDoProtocolo);
        assertThat(antes.status()).isEqualTo(404);
        assertThat(antes.contentType()).startsWith("application/problem+json");
    }

    @Test
    void instanteInvalidoResponde400EmPortugues() {
        String id = protocolar(requerenteAtivo(), "LP", null, null).processoId();

        for (String invalido : new String[]{"ontem", "2026-13-45T10:00:00Z", "2026-03-01"}) {
            ClienteHttp.Resposta resposta = api("REQUERENTE").get("/api/v1/processos/" + id + "?em=" + invalido);
            assertThat(resposta.status()).as(invalido).isEqualTo(400);
            assertThat(resposta.contentType()).startsWith("application/problem+json");
            assertThat(resposta.json().get("detail").asString()).contains("instante ISO-8601");
            assertThat(resposta.json().get("erros").get(0).get("campo").asString()).isEqualTo("em");
        }
    }

    @Test
    void processoDeOutraPessoaNoPassadoRespondeComoInexistente() {
        String id = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        dossieNaSituacao(id, "PROTOCOLADO");
        String login = "req" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api("ADMIN").post("/api/v1/usuarios", """
                {"login":"%s","nome":"Outro","email":"%s@exemplo.com.br","senha":"senha-segura-123","papeis":["REQUERENTE"]}"""
                .formatted(login, login)).status()).isEqualTo(201);
        int porta = ambiente.getRequiredProperty("local.server.port", Integer.class);
        ClienteHttp outro = api().com("Authorization", "Bearer " + LoginOAuth2.entrar(porta, login, "senha-segura-123").acesso());

        String agora = Instant.now().toString();
        ClienteHttp.Resposta alheio = outro.get("/api/v1/processos/" + id + "?em=" + agora);
        ClienteHttp.Resposta inexistente = outro.get("/api/v1/processos/" + UUID.randomUUID() + "?em=" + agora);

        assertThat(alheio.status()).isEqualTo(404);
        assertThat(alheio.json().get("title").asString()).isEqualTo(inexistente.json().get("title").asString());
        assertThat(api("AUDITOR").get("/api/v1/processos/" + id + "?em=" + agora).status()).isEqualTo(200);
    }

    private ClienteHttp.Resposta emInstante(String processoId, Instant instante) {
        return api("REQUERENTE").get("/api/v1/processos/" + processoId + "?em=" + instante);
    }

    private long snapshots(String processoId) {
        return jdbc.sql("SELECT count(*) FROM axon.snapshot_event_entry WHERE aggregate_identifier = :id")
                .param("id", processoId).query(Long.class).single();
    }
}
