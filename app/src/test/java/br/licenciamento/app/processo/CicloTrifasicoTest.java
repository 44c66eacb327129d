package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A three-phase licensing run over HTTP: LP, then an LI that needs it, then an LO that needs the LI. */
class CicloTrifasicoTest extends FluxoDeLicenciamento {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void lpDepoisLiDepoisLoDoMesmoEmpreendimento() {
        String requerente = requerenteAtivo();

        Protocolo lp = protocolar(requerente, "LP", null, null);
        levarAteAAnalise(lp.processoId(), "G", "P");
        String licencaLp = deferir(lp.processoId(), 48, "[]");
        dossieNaSituacao(lp.processoId(), "DEFERIDO");

        // An LI without the LP is refused; with the LP of another enterprise too.
        recusadaPelaRegra(api("REQUERENTE").post("/api/v1/processos", pedido(requerente, "LI", lp.empreendimentoId(), null)),
                "licenca-anterior-exigida");
        recusadaPelaRegra(api("REQUERENTE").post("/api/v1/processos", pedido(requerente, "LI", "outro-empreendimento", licencaLp)),
                "licenca-anterior-exigida");

        Protocolo li = protocolar(requerente, "LI", lp.empreendimentoId(), licencaLp);
        levarAteAAnalise(li.processoId(), "G", "P");
        String licencaLi = deferir(li.processoId(), 60, "[]");

        // An LO needs the LI: the LP is not enough.
        recusadaPelaRegra(api("REQUERENTE").post("/api/v1/processos", pedido(requerente, "LO", lp.empreendimentoId(), licencaLp)),
                "licenca-anterior-exigida");
        Protocolo lo = protocolar(requerente, "LO", lp.empreendimentoId(), licencaLi);
        levarAteAAnalise(lo.processoId(), "G", "P");
        String condicionantes = """
                [{"descricao":"Relatorio semestral de efluentes","prazo":"%s"}]""".formatted(LocalDate.now(relogio).plusMonths(6));
        String licencaLo = deferir(lo.processoId(), 120, condicionantes);

        JsonNode dossie = dossieNaSituacao(lo.processoId(), "DEFERIDO");
        assertThat(dossie.get("linhaDoTempo").toString()).contains("Enquadrado na classe 4").contains("Deferido: LO");
        JsonNode comLicenca = Aguardar.ate("licenca no dossie", Duration.ofSeconds(15),
                () -> api("REQUERENTE").get("/api/v1/processos/" + lo.processoId()).json(),
                d -> d.get("linhaDoTempo").toString().contains("emitida (código de autenticidade"));
        assertThat(comLicenca.get("linhaDoTempo").toString()).containsPattern("Licença LO-\\d{4}/\\d{6}-\\d emitida");
        Aguardar.ate("LO deferida na pesquisa", Duration.ofSeconds(15),
                () -> api("GESTOR").get("/api/v1/processos?situacao=DEFERIDO&tipoLicenca=LO").corpo(),
                corpo -> corpo.contains(lo.processoId()));

        String emitida = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM axon.domain_event_entry
                        WHERE aggregate_identifier = :id AND payload_type = 'br.licenciamento.api.licenca.LicencaEmitida'""")
                .param("id", licencaLo).query(String.class).single();
        assertThat(emitida).containsPattern("\"numero\":\"LO-\\d{4}/\\d{6}-\\d\"")
                .containsPattern("\"codigoAutenticidade\":\"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\"")
                .contains(lp.empreendimentoId());
        assertThat(licencaLp).isNotEqualTo(licencaLi).isNotEqualTo(licencaLo);

        // Ids of one kind sent to the endpoints of another are not found, whatever the step.
        assertThat(tentar("REQUERENTE", licencaLo, "arquivamento", "{\"motivo\":\"DESISTENCIA\"}").status()).isEqualTo(404);
        assertThat(tentar("REQUERENTE", licencaLo, "recursos", "{\"fundamentos\":\"x\"}").status()).isEqualTo(404);
        assertThat(api("GESTOR").post("/api/v1/licencas/" + lo.processoId() + "/vencimento", "{}").status()).isEqualTo(404);

        // A long process is rebuilt from a snapshot (threshold 5 in these tests).
        long snapshots = jdbc.sql("SELECT count(*) FROM axon.snapshot_event_entry WHERE aggregate_identifier = :id")
                .param("id", lo.processoId()).query(Long.class).single();
        assertThat(snapshots).isPositive();
    }

    @Test
    void processoLongoEReconstruidoDoSnapshotSemOsEventosAnteriores() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        levarAteAAnalise(lp.processoId(), "G", "P");
        passo("FISCAL", lp.processoId(), "vistorias", "{\"realizadaEm\":\"2020-01-01\",\"relato\":\"ok\"}");
        passo("ANALISTA", lp.processoId(), "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"ok\"}");

        Long ultimoSnapshot = jdbc.sql("SELECT max(sequence_number) FROM axon.snapshot_event_entry WHERE aggregate_identifier = :id")
                .param("id", lp.processoId()).query(Long.class).single();
        assertThat(ultimoSnapshot).isNotNull();
        // Without the events the snapshot covers, only a readable snapshot can rebuild the process.
        jdbc.sql("DELETE FROM axon.domain_event_entry WHERE aggregate_identifier = :id AND sequence_number <= :seq")
                .param("id", lp.processoId()).param("seq", ultimoSnapshot).update();

        ClienteHttp.Resposta decisao = api("GESTOR").post("/api/v1/processos/" + lp.processoId() + "/decisao",
                "{\"deferido\":true,\"validadeMeses\":48,\"fundamentos\":\"ok\"}");
        assertThat(decisao.status()).as(decisao.corpo()).isEqualTo(202);
        assertThat(decisao.json().get("versao").asLong()).isEqualTo(9);
        String emitida = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM axon.domain_event_entry
                        WHERE aggregate_identifier = :id AND sequence_number = 0""")
                .param("id", decisao.json().get("licencaId").asString()).query(String.class).single();
        assertThat(emitida).contains("\"empreendimentoId\":\"" + lp.empreendimentoId() + "\"").contains("\"regime\":\"LEI_15190\"");
    }

    @Test
    void indeferidoComRecursoNoPrazoProvidoVoltaAAnalise() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        levarAteAAnalise(lp.processoId(), "G", "P");
        passo("GESTOR", lp.processoId(), "decisao", "{\"deferido\":false,\"fundamentos\":\"Area de preservacao permanente\"}");
        dossieNaSituacao(lp.processoId(), "INDEFERIDO");

        relogio.avancarDias(10);
        passo("REQUERENTE", lp.processoId(), "recursos", "{\"fundamentos\":\"Laudo mostra que nao ha APP\"}");
        recusadaPelaRegra(tentar("REQUERENTE", lp.processoId(), "recursos", "{\"fundamentos\":\"de novo\"}"), "recurso-unico");
        passo("GESTOR", lp.processoId(), "recursos/julgamento", "{\"provido\":true,\"fundamentos\":\"Laudo aceito\"}");
        JsonNode dossie = dossieNaSituacao(lp.processoId(), "EM_ANALISE");
        assertThat(dossie.get("linhaDoTempo").toString()).contains("Recurso provido");
    }

    @Test
    void openApiDocumentaCadaEtapaEOCabecalhoIfMatch() {
        JsonNode caminhos = api().get("/v3/api-docs").json().get("paths");
        assertThat(caminhos.has("/api/v1/processos/{processoId}/decisao")).isTrue();
        assertThat(caminhos.has("/api/v1/processos/{processoId}/complementacoes/resposta")).isTrue();
        assertThat(caminhos.has("/api/v1/processos/{processoId}/documentos")).isTrue();
        assertThat(caminhos.has("/api/v1/licencas/{licencaId}/renovacao")).isTrue();
        assertThat(caminhos.get("/api/v1/processos/{processoId}/decisao").toString()).contains("If-Match")
                .contains("\"409\"").contains("\"422\"").contains("\"202\"");
        JsonNode protocolo = caminhos.get("/api/v1/processos").get("post").get("responses");
        assertThat(protocolo.has("201")).isTrue();
        assertThat(protocolo.has("202")).isFalse();
        JsonNode atribuicao = caminhos.get("/api/v1/processos/{processoId}/atribuicao").get("post").get("responses");
        assertThat(atribuicao.has("202")).isTrue();
        assertThat(atribuicao.has("200")).isFalse();
        assertThat(atribuicao.get("403").get("description").asString()).contains("processo-de-outro-analista");
        JsonNode upload = caminhos.get("/api/v1/processos/{processoId}/documentos").get("post").get("responses");
        assertThat(upload.has("201")).isTrue();
        assertThat(upload.has("413")).isTrue();
        assertThat(caminhos.get("/api/v1/licencas/{licencaId}/renovacao").get("post").get("responses").has("422")).isTrue();
    }

    @Test
    void versaoEsperadaDesatualizadaDa412ComAVersaoAtualENadaRegistra() {
        // Steps before the classification: after it, the platform issues the fee slip and moves the version itself.
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        ClienteHttp.Resposta atribuido = api("GESTOR").com("If-Match", "\"0\"")
                .post("/api/v1/processos/" + lp.processoId() + "/atribuicao", "{\"analista\":\"analista\"}");
        assertThat(atribuido.status()).as(atribuido.corpo()).isEqualTo(202);
        assertThat(atribuido.json().get("versao").asLong()).isEqualTo(1);

        ClienteHttp.Resposta atrasada = api("GESTOR").com("If-Match", "\"0\"")
                .post("/api/v1/processos/" + lp.processoId() + "/enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        assertThat(atrasada.status()).as(atrasada.corpo()).isEqualTo(412);
        assertThat(atrasada.contentType()).startsWith("application/problem+json");
        assertThat(atrasada.json().get("regra").asString()).isEqualTo("versao-desatualizada");
        assertThat(atrasada.json().get("versaoAtual").asLong()).isEqualTo(1);
        assertThat(historico(lp.processoId())).hasSize(2);

        ClienteHttp.Resposta emDia = api("GESTOR").com("If-Match", "\"1\"")
                .post("/api/v1/processos/" + lp.processoId() + "/enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        assertThat(emDia.status()).as(emDia.corpo()).isEqualTo(202);
        assertThat(emDia.json().get("versao").asLong()).isEqualTo(2);
    }

    @Test
    void versaoDoDossieServeNoIfMatchEAGuiaQueAPlataformaEmiteNaoAInvalida() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        ClienteHttp.Resposta enquadrado = api("GESTOR").post("/api/v1/processos/" + lp.processoId() + "/enquadramento",
                "{\"porte\":\"G\",\"potencial\":\"P\"}");
        assertThat(enquadrado.cabecalho("ETag")).contains("\"1\"");
        guiaEmitidaPelaPlataforma(lp.processoId()); // the fee saga moved the process to version 2 meanwhile

        // The user's version 1 still holds: only the platform acted since.
        ClienteHttp.Resposta atribuido = api("GESTOR").com("If-Match", "\"1\"")
                .post("/api/v1/processos/" + lp.processoId() + "/atribuicao", "{\"analista\":\"analista\"}");
        assertThat(atribuido.status()).as(atribuido.corpo()).isEqualTo(202);
        assertThat(atribuido.json().get("versao").asLong()).isEqualTo(3);

        // The dossier shows the version a client sends back, as a field and as its ETag.
        ClienteHttp.Resposta dossie = Aguardar.ate("dossie na versao 3", Duration.ofSeconds(15),
                () -> api("GESTOR").get("/api/v1/processos/" + lp.processoId()),
                r -> r.status() == 200 && r.json().get("versao").asLong() == 3);
        assertThat(dossie.cabecalho("ETag")).contains("\"3\"");

        // A person acted after version 1: that one is stale now.
        ClienteHttp.Resposta atrasada = api("GESTOR").com("If-Match", "\"1\"")
                .post("/api/v1/processos/" + lp.processoId() + "/atribuicao", "{\"analista\":\"outro-analista\"}");
        assertThat(atrasada.status()).as(atrasada.corpo()).isEqualTo(412);
        assertThat(atrasada.json().get("versaoAtual").asLong()).isEqualTo(3);
        ClienteHttp.Resposta emDia = api("GESTOR").com("If-Match", dossie.cabecalho("ETag").orElseThrow())
                .post("/api/v1/processos/" + lp.processoId() + "/atribuicao", "{\"analista\":\"outro-analista\"}");
        assertThat(emDia.status()).as(emDia.corpo()).isEqualTo(202);
    }

    @Test
    void idempotencyKeyRepeteARespostaSemSegundoEfeitoERecusaOutroCorpo() {
        String requerente = requerenteAtivo();
        String corpo = pedido(requerente, "LP", null, null);
        ClienteHttp.Resposta primeira = api("REQUERENTE").com("Idempotency-Key", "chave-protocolo-1").post("/api/v1/processos", corpo);
        ClienteHttp.Resposta repetida = api("REQUERENTE").com("Idempotency-Key", "chave-protocolo-1").post("/api/v1/processos", corpo);

        assertThat(primeira.status()).isEqualTo(201);
        assertThat(repetida.status()).isEqualTo(201);
        assertThat(repetida.json().get("processoId").asString()).isEqualTo(primeira.json().get("processoId").asString());
        assertThat(repetida.cabecalho("Location")).isEqualTo(primeira.cabecalho("Location"));
        long processos = jdbc.sql("""
                        SELECT count(*) FROM axon.domain_event_entry
                        WHERE payload_type = 'br.licenciamento.api.processo.ProcessoProtocolado'
                          AND convert_from(payload, 'UTF8') LIKE :requerente""")
                .param("requerente", "%" + requerente + "%").query(Long.class).single();
        assertThat(processos).isEqualTo(1);

        ClienteHttp.Resposta outroCorpo = api("REQUERENTE").com("Idempotency-Key", "chave-protocolo-1")
                .post("/api/v1/processos", corpo.replace("Ceramica Vale Verde", "Outra Ceramica"));
        recusadaPelaRegra(outroCorpo, "idempotency-key-reutilizada");
    }

    @Test
    void etapaForaDeOrdemERegraDoProcessoDao422EmPortugues() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        recusadaPelaRegra(tentar("GESTOR", lp.processoId(), "decisao",
                "{\"deferido\":true,\"validadeMeses\":48,\"fundamentos\":\"x\"}"), "etapa-fora-de-ordem");
        ClienteHttp.Resposta invalida = tentar("GESTOR", lp.processoId(), "enquadramento", "{\"porte\":\"X\"}");
        assertThat(invalida.status()).isEqualTo(400);
        ClienteHttp.Resposta semCampos = tentar("ANALISTA", lp.processoId(), "pareceres", "{}");
        assertThat(semCampos.status()).isEqualTo(400);
        assertThat(semCampos.json().get("erros").toString()).contains("informe o texto do parecer");
        assertThat(tentar("GESTOR", "processo-que-nao-existe", "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}").status())
                .isEqualTo(404);
        assertThat(tentar("GESTOR", lp.processoId(), "decisao",
                "{\"deferido\":true,\"validadeMeses\":48,\"fundamentos\":\"x\",\"condicionantes\":[null]}").status()).isEqualTo(400);
        assertThat(api("GESTOR").com("If-Match", "abc").post("/api/v1/processos/" + lp.processoId() + "/enquadramento",
                "{\"porte\":\"G\",\"potencial\":\"P\"}").status()).isEqualTo(422);
        assertThat(api("GESTOR").com("Idempotency-Key", "x".repeat(121)).post("/api/v1/processos/" + lp.processoId()
                + "/enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}").status()).isEqualTo(400);
    }
}
