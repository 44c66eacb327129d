package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.Aguardar;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studies and documents the classification requires, through the API: under Lei 15.190 the agency's analysis term
 * counts from the day the last of them is delivered (art. 47), and no licence is granted before all of them are
 * accepted (art. 5 par. 1).
 */
class DocumentosExigidosTest extends FluxoDeLicenciamento {

    @Test
    void prazoDeAnaliseContaDaEntregaDoUltimoDocumentoENaoHaDeferimentoSemTodosAceitos() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        passo("GESTOR", lp.processoId(), "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        List<String> exigidos = documentosExigidos(lp.processoId());
        assertThat(exigidos).hasSizeGreaterThan(1);
        List<String> documentos = new ArrayList<>();
        for (String exigido : exigidos.subList(0, exigidos.size() - 1)) {
            documentos.add(anexarPdf("REQUERENTE", lp.processoId(), exigido, "doc.pdf", exigido).get("documentoId").asString());
        }
        assertThat(prazoNaPesquisa(lp)).as("sem a documentacao completa o prazo nao corre").isNull();

        relogio.avancarDias(10);
        String ultimo = exigidos.get(exigidos.size() - 1);
        documentos.add(anexarPdf("REQUERENTE", lp.processoId(), ultimo.toUpperCase(), "doc.pdf", ultimo).get("documentoId").asString());
        LocalDate entrega = hoje();
        Aguardar.ate("prazo contado da entrega", Duration.ofSeconds(15), () -> prazoNaPesquisa(lp),
                prazo -> entrega.plusMonths(6).toString().equals(prazo));

        passo("GESTOR", lp.processoId(), "guias/" + guiaEmitidaPelaPlataforma(lp.processoId()) + "/pagamento", "{}");
        passo("GESTOR", lp.processoId(), "atribuicao", "{\"analista\":\"analista\"}");
        passo("ANALISTA", lp.processoId(), "admissibilidade", "{\"admitido\":true}");
        for (String documentoId : documentos.subList(1, documentos.size())) {
            passo("ANALISTA", lp.processoId(), "documentos/" + documentoId + "/avaliacao", "{\"aceito\":true}");
        }
        passo("ANALISTA", lp.processoId(), "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"Viavel\"}");
        String decisao = "{\"deferido\":true,\"validadeMeses\":48,\"condicionantes\":[],\"fundamentos\":\"Parecer favoravel\"}";
        var recusa = tentar("GESTOR", lp.processoId(), "decisao", decisao);
        recusadaPelaRegra(recusa, "documentos-exigidos-pendentes");
        assertThat(recusa.json().get("detail").asString()).contains(exigidos.get(0));

        passo("ANALISTA", lp.processoId(), "documentos/" + documentos.get(0) + "/avaliacao", "{\"aceito\":true}");
        passo("GESTOR", lp.processoId(), "decisao", decisao);
    }

    private String prazoNaPesquisa(Protocolo processo) {
        String numero = Aguardar.ate("processo no dossie", Duration.ofSeconds(15),
                () -> api("GESTOR").get("/api/v1/processos/" + processo.processoId()), r -> r.status() == 200)
                .json().get("numero").asString();
        JsonNode prazo = api("GESTOR").get("/api/v1/processos?numero=" + numero).json().get("itens").get(0).get("prazoAnaliseAte");
        return prazo == null || prazo.isNull() ? null : prazo.asString();
    }
}
