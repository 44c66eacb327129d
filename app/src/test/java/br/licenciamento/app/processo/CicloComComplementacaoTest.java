package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** A complementation answered in time, with an uploaded document: the agency clock pauses and resumes. */
class CicloComComplementacaoTest extends FluxoDeLicenciamento {

    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void complementacaoAtendidaNoPrazoRetomaAAnaliseComOPrazoDoOrgaoEstendido() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        LocalDate protocolo = LocalDate.now(relogio);
        levarAteAAnalise(lp.processoId(), "G", "P");

        passo("ANALISTA", lp.processoId(), "complementacoes", """
                {"itens":["Plano de controle ambiental revisado"]}""");
        JsonNode aguardando = dossieNaSituacao(lp.processoId(), "AGUARDANDO_COMPLEMENTACAO");
        assertThat(aguardando.get("linhaDoTempo").toString()).contains("responder até " + protocolo.plusMonths(4).format(DATA));

        relogio.avancarDias(30);
        JsonNode documento = anexarPdf(lp.processoId(), "pca-revisado.pdf", "Plano de controle ambiental revisado");
        String documentoId = documento.get("documentoId").asString();
        assertThat(documento.get("sha256").asString()).matches("[0-9a-f]{64}");

        Protocolo outro = protocolar(requerenteAtivo(), "LP", null, null);
        String documentoDeOutroProcesso = anexarPdf(outro.processoId(), "outro.pdf", "Outro").get("documentoId").asString();
        recusadaPelaRegra(tentar("REQUERENTE", lp.processoId(), "complementacoes/resposta",
                "{\"documentoIds\":[\"" + documentoDeOutroProcesso + "\"]}"), "documento-de-outro-processo");

        passo("REQUERENTE", lp.processoId(), "complementacoes/resposta", """
                {"documentoIds":["%s"],"observacao":"Segue o plano revisado"}""".formatted(documentoId));
        JsonNode emAnalise = dossieNaSituacao(lp.processoId(), "EM_ANALISE");
        // Class 4 LP under Lei 15.190: 6 months from filing, plus the 30 paused days.
        assertThat(emAnalise.get("linhaDoTempo").toString())
                .contains("Complementação atendida com 1 documento")
                .contains("agora até " + protocolo.plusMonths(6).plusDays(30).format(DATA))
                .contains("Documento anexado: pca-revisado.pdf");

        // Only once, unless new facts or an unsatisfactory answer.
        recusadaPelaRegra(tentar("ANALISTA", lp.processoId(), "complementacoes", "{\"itens\":[\"Mais dados\"]}"),
                "complementacao-unica");
        passo("ANALISTA", lp.processoId(), "complementacoes", """
                {"itens":["Outorga do novo poco"],"motivoDeNovaComplementacao":"FATO_NOVO"}""");

        ClienteHttp.Resposta download = api("ANALISTA").get("/api/v1/processos/" + lp.processoId() + "/documentos/"
                + documentoId + "/conteudo");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.corpo()).startsWith("%PDF").contains("Plano de controle ambiental revisado");
        assertThat(download.cabecalho("Repr-Digest")).hasValueSatisfying(d -> assertThat(d).startsWith("sha-256=:"));
    }

    @Test
    void documentoComTipoNaoAceitoOuConteudoQueNaoConfereERecusado() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        String fronteira = "fronteira-teste";
        String corpo = "--" + fronteira + "\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"falso.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\nisto nao e um pdf\r\n--" + fronteira + "--\r\n";
        ClienteHttp.Resposta falso = api("REQUERENTE").enviar("POST", "/api/v1/processos/" + lp.processoId() + "/documentos",
                "multipart/form-data; boundary=" + fronteira, corpo.getBytes(StandardCharsets.UTF_8));
        recusadaPelaRegra(falso, "conteudo-difere-do-tipo");
        ClienteHttp.Resposta executavel = api("REQUERENTE").enviar("POST", "/api/v1/processos/" + lp.processoId() + "/documentos",
                "multipart/form-data; boundary=" + fronteira,
                corpo.replace("application/pdf", "application/x-msdownload").getBytes(StandardCharsets.UTF_8));
        recusadaPelaRegra(executavel, "tipo-de-documento-nao-aceito");
        byte[] grande = new byte[70_000];
        grande[0] = '%'; grande[1] = 'P'; grande[2] = 'D'; grande[3] = 'F';
        byte[] cabeca = ("--" + fronteira + "\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"grande.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] pe = ("\r\n--" + fronteira + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] multipart = new byte[cabeca.length + grande.length + pe.length];
        System.arraycopy(cabeca, 0, multipart, 0, cabeca.length);
        System.arraycopy(grande, 0, multipart, cabeca.length, grande.length);
        System.arraycopy(pe, 0, multipart, cabeca.length + grande.length, pe.length);
        ClienteHttp.Resposta grandeDemais = api("REQUERENTE").enviar("POST", "/api/v1/processos/" + lp.processoId() + "/documentos",
                "multipart/form-data; boundary=" + fronteira, multipart);
        assertThat(grandeDemais.status()).isEqualTo(413);
        assertThat(grandeDemais.contentType()).startsWith("application/problem+json");

        ClienteHttp.Resposta semProcesso = api("REQUERENTE").enviar("POST", "/api/v1/processos/processo-inexistente/documentos",
                "multipart/form-data; boundary=" + fronteira, corpo.getBytes(StandardCharsets.UTF_8));
        assertThat(semProcesso.status()).isEqualTo(404);
        assertThat(semProcesso.contentType()).startsWith("application/problem+json");
    }
}
