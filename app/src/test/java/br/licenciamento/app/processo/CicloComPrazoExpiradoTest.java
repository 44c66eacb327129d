package br.licenciamento.app.processo;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A complementation left to expire: the applicant can no longer answer and the request is archived. */
class CicloComPrazoExpiradoTest extends FluxoDeLicenciamento {

    @Test
    void complementacaoNaoAtendidaEm4MesesArquivaOProcesso() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        levarAteAAnalise(lp.processoId(), "G", "P");
        passo("ANALISTA", lp.processoId(), "complementacoes", "{\"itens\":[\"Estudo de dispersao atmosferica\"]}");
        String documentoId = anexarPdf(lp.processoId(), "estudo.pdf", "Estudo").get("documentoId").asString();

        // Still in time: it cannot be archived yet.
        recusadaPelaRegra(tentar("GESTOR", lp.processoId(), "arquivamento", "{\"motivo\":\"PRAZO_DE_COMPLEMENTACAO_EXPIRADO\"}"),
                "complementacao-ainda-no-prazo");

        relogio.avancarDias(124); // past 4 months
        recusadaPelaRegra(tentar("REQUERENTE", lp.processoId(), "complementacoes/resposta",
                "{\"documentoIds\":[\"" + documentoId + "\"]}"), "complementacao-fora-do-prazo");

        passo("GESTOR", lp.processoId(), "arquivamento", "{\"motivo\":\"PRAZO_DE_COMPLEMENTACAO_EXPIRADO\"}");
        JsonNode arquivado = dossieNaSituacao(lp.processoId(), "ARQUIVADO");
        assertThat(arquivado.get("linhaDoTempo").toString()).contains("novo pedido exige nova taxa");

        recusadaPelaRegra(tentar("REQUERENTE", lp.processoId(), "arquivamento", "{\"motivo\":\"DESISTENCIA\"}"), "processo-encerrado");
    }
}
