package br.licenciamento.app.ops;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator does through /api/v1/ops: watch processors, replay a projection, handle dead letters, read events. */
@Import(ManipuladorQueFalha.class)
class OperacaoTest extends PlataformaEmbutidaTest {

    @Autowired
    private ManipuladorQueFalha manipulador;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void processadoresMostramModoPosicaoEAtraso() {
        String id = protocolar("Olaria Sao Jose");
        Aguardar.ate("pesquisa em dia", Duration.ofSeconds(30),
                () -> processador("pesquisa-processos"), p -> p.get("atrasoEmEventos").asLong() == 0);

        JsonNode pesquisa = processador("pesquisa-processos");
        assertThat(pesquisa.get("modo").asString()).isEqualTo("tracking");
        assertThat(pesquisa.get("executando").asBoolean()).isTrue();
        assertThat(pesquisa.get("posicaoDoFim").asLong()).isPositive();
        assertThat(pesquisa.get("segmentos").get(0).get("emDia").asBoolean()).isTrue();
        assertThat(pesquisa.get("admiteReplay").asBoolean()).isTrue();
        assertThat(processador("saga-complementacao").get("admiteReplay").asBoolean()).isFalse();
        assertThat(admin().get("/api/v1/ops/processadores").json().toString()).contains("\"dossie\"");
        assertThat(admin().get("/api/v1/ops/processadores/nao-existe").status()).isEqualTo(404);
        assertThat(id).isNotBlank();
    }

    @Test
    void pararEIniciarUmProcessador() {
        assertThat(admin().post("/api/v1/ops/processadores/dossie/parar", "").json().get("executando").asBoolean()).isFalse();
        assertThat(admin().post("/api/v1/ops/processadores/dossie/iniciar", "").json().get("executando").asBoolean()).isTrue();
    }

    @Test
    void replayPelaApiReconstroiAPesquisa() {
        protocolar("Replay Operacional");
        // The model to compare against: settled, with no saga still adding events (another test's fee slip) behind it.
        Aguardar.ate("todos os processadores em dia", Duration.ofSeconds(30), () -> admin().get("/api/v1/ops/processadores").json(),
                ps -> java.util.stream.StreamSupport.stream(ps.spliterator(), false)
                        .allMatch(p -> p.path("atrasoEmEventos").asLong(0) == 0));
        List<Map<String, Object>> antes = Aguardar.ate("pesquisa estavel", Duration.ofSeconds(30), () -> {
            List<Map<String, Object>> primeira = pesquisa();
            boolean emDia = processador("pesquisa-processos").get("atrasoEmEventos").asLong() == 0;
            return emDia && primeira.equals(pesquisa()) ? primeira : null;
        }, java.util.Objects::nonNull);

        ClienteHttp.Resposta resposta = admin().post("/api/v1/ops/processadores/pesquisa-processos/replay", "{}");

        assertThat(resposta.status()).isEqualTo(202);
        Aguardar.ate("replay alcanca o fim", Duration.ofSeconds(20), () -> processador("pesquisa-processos"),
                p -> p.get("atrasoEmEventos").asLong() == 0 && p.get("segmentos").size() > 0
                        && p.get("segmentos").get(0).get("emDia").asBoolean());
        assertThat(Aguardar.ate("pesquisa reconstruida", Duration.ofSeconds(30), this::pesquisa, antes::equals)).isEqualTo(antes);
    }

    @Test
    void eventoQueFalhaVaiParaAFilaMortaComOsSeguintesDoProcessoEOReprocessamentoOsAplicaEmOrdem() {
        manipulador.falhar.set(true);
        String id = protocolar("FALHA de projecao");

        JsonNode fila = Aguardar.ate("evento listado na fila morta", Duration.ofSeconds(30),
                () -> admin().get("/api/v1/ops/filas-mortas/" + ManipuladorQueFalha.GRUPO).json(),
                f -> f.get("itens").toString().contains(id));
        assertThat(fila.get("mensagens").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(fila.get("itens").toString()).contains("falha simulada");
        assertThat(manipulador.processados).doesNotContain(id);

        assertThat(api("GESTOR").post("/api/v1/processos/" + id + "/enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}")
                .status()).isEqualTo(202);
        Aguardar.ate("enquadramento na fila atras do protocolo", Duration.ofSeconds(30),
                () -> admin().get("/api/v1/ops/filas-mortas/" + ManipuladorQueFalha.GRUPO).json(),
                f -> f.get("itens").toString().contains("ProcessoEnquadrado"));
        assertThat(manipulador.processados).doesNotContain("enquadrado:" + id);

        manipulador.falhar.set(false);
        ClienteHttp.Resposta reprocesso = admin().post("/api/v1/ops/filas-mortas/" + ManipuladorQueFalha.GRUPO + "/reprocessar", "");

        assertThat(reprocesso.status()).isEqualTo(202);
        assertThat(reprocesso.json().get("restantes").asLong()).isZero();
        assertThat(manipulador.processados).containsSubsequence(id, "enquadrado:" + id);
    }

    @Test
    void exploradorMostraOStreamDeUmAgregadoComPayloadEMetadados() {
        String id = protocolar("Explorador");

        JsonNode pagina = admin().get("/api/v1/ops/eventos?agregado=" + id).json();

        assertThat(pagina.get("itens")).hasSize(1);
        JsonNode evento = pagina.get("itens").get(0);
        assertThat(evento.get("tipo").asString()).endsWith("ProcessoProtocolado");
        assertThat(evento.get("payload").get("empreendimento").asString()).isEqualTo("Explorador");
        assertThat(evento.get("metadados").has("correlationId")).isTrue();

        JsonNode porTipo = admin().get("/api/v1/ops/eventos?tipo=ProcessoProtocolado&tamanho=500").json();
        assertThat(porTipo.get("itens").toString()).contains(id);
        assertThat(admin().get("/api/v1/ops/eventos?tamanho=0").status()).isEqualTo(400);
    }

    private ClienteHttp admin() {
        return api("ADMIN");
    }

    private JsonNode processador(String nome) {
        return admin().get("/api/v1/ops/processadores/" + nome).json();
    }

    private String protocolar(String empreendimento) {
        return api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"%s","cnae":"2342-7/02","municipioIbge":"3304557","tipoLicenca":"LP"}"""
                .formatted(requerenteAtivo(), empreendimento)).json().get("processoId").asString();
    }

    private List<Map<String, Object>> pesquisa() {
        return jdbc.sql("SELECT * FROM licenca_query.processo_resumo ORDER BY processo_id").query().listOfRows();
    }

    /** Outside a homologation environment the platform's time is the real one, and nobody can move it. */
    @Test
    void relogioRealNaoAnda() {
        ClienteHttp.Resposta estado = api("ADMIN").get("/api/v1/ops/relogio");
        assertThat(estado.json().get("homologacao").asBoolean()).isFalse();
        assertThat(estado.json().get("deslocamento").asString()).isEqualTo("PT0S");
        ClienteHttp.Resposta avanco = api("ADMIN").post("/api/v1/ops/relogio/avanco", "{\"dias\":30}");
        assertThat(avanco.status()).isEqualTo(403);
        assertThat(avanco.json().get("regra").asString()).isEqualTo("relogio-real");
    }
}
