package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager assigns each analysis; among the analysts only the assigned one acts on the process. The fee slip is
 * issued by the platform on classification, and the audit trail names who did what, from the first event on.
 */
class AtribuicaoDeAnalistaTest extends FluxoDeLicenciamento {

    @Test
    void soOAnalistaAtribuidoAgeSobreOProcesso() {
        String processoId = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        passo("GESTOR", processoId, "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        String guiaId = guiaEmitidaPelaPlataforma(processoId);
        passo("GESTOR", processoId, "guias/" + guiaId + "/pagamento", "{}");

        ClienteHttp.Resposta semAtribuicao = tentar("ANALISTA", processoId, "admissibilidade", "{\"admitido\":true}");
        assertThat(semAtribuicao.status()).as(semAtribuicao.corpo()).isEqualTo(403);
        assertThat(semAtribuicao.contentType()).startsWith("application/problem+json");
        assertThat(semAtribuicao.json().get("regra").asString()).isEqualTo("processo-de-outro-analista");
        assertThat(semAtribuicao.json().get("detail").asString()).contains("atribua a você");

        passo("GESTOR", processoId, "atribuicao", "{\"analista\":\"analista\"}");
        passo("ANALISTA", processoId, "admissibilidade", "{\"admitido\":true}");

        passo("GESTOR", processoId, "atribuicao", "{\"analista\":\"outra-analista\"}");
        ClienteHttp.Resposta deOutra = tentar("ANALISTA", processoId, "pareceres",
                "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"ok\"}");
        assertThat(deOutra.status()).as(deOutra.corpo()).isEqualTo(403);
        assertThat(deOutra.json().get("detail").asString()).contains("atribuído a outro analista");
        // The manager is not bound by the assignment.
        passo("GESTOR", processoId, "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"ok\"}");

        recusadaPelaRegra(tentar("GESTOR", processoId, "atribuicao", "{\"analista\":\"outra-analista\"}"),
                "analista-ja-atribuido");
        ClienteHttp.Resposta semAnalista = tentar("GESTOR", processoId, "atribuicao", "{\"analista\":\" \"}");
        assertThat(semAnalista.status()).isEqualTo(400);
        assertThat(tentar("ANALISTA", processoId, "atribuicao", "{\"analista\":\"analista\"}").status()).isEqualTo(403);
    }

    @Test
    void historicoCompletoMostraAtribuicaoPeloGestorEGuiaPelaPlataforma() {
        String processoId = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        passo("GESTOR", processoId, "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        String guiaId = guiaEmitidaPelaPlataforma(processoId);
        passo("GESTOR", processoId, "guias/" + guiaId + "/pagamento", "{}");
        passo("GESTOR", processoId, "atribuicao", "{\"analista\":\"analista\"}");
        passo("ANALISTA", processoId, "admissibilidade", "{\"admitido\":true}");
        passo("ANALISTA", processoId, "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"ok\"}");

        // Snapshots every 5 events here: the audit trail still starts at the filing and misses nothing.
        List<JsonNode> registros = historico(processoId);
        assertThat(registros).extracting(r -> r.get("evento").asString()).containsExactly("ProcessoProtocolado",
                "ProcessoEnquadrado", "GuiaDeTaxaEmitida", "PagamentoConfirmado", "AnalistaAtribuido", "ProcessoAdmitido",
                "ParecerEmitido");
        for (int i = 0; i < registros.size(); i++) {
            assertThat(registros.get(i).get("sequencia").asLong()).isEqualTo(i);
        }
        JsonNode guia = registros.get(2);
        assertThat(guia.get("usuario").asString()).isEqualTo("sistema:TaxaSaga");
        assertThat(guia.get("papeis").asString()).isEqualTo("SISTEMA");
        JsonNode atribuicao = registros.get(4);
        assertThat(atribuicao.get("usuario").asString()).isEqualTo("gestor");
        assertThat(atribuicao.get("dados").get("analista").asString()).isEqualTo("analista");
        assertThat(registros.get(5).get("usuario").asString()).isEqualTo("analista");
    }
}
