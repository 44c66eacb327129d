package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule catalogue is data: an agency that publishes a version changes the rule for the processes filed from its
 * day on, without new code or a restart; a process filed before keeps the rules it was filed under.
 */
class CicloComCatalogoAlteradoTest extends FluxoDeLicenciamento {

    @Test
    void faixaDeValidadeEstreitadaPeloOrgaoValeParaOsProcessosProtocoladosDepois() {
        ClienteHttp admin = api("ADMIN");
        CatalogoPelaApi.alemDasVersoesPublicadas(admin, relogio);
        Protocolo antes = protocolar(requerenteAtivo(), "LP", null, null);
        JsonNode original = admin.get("/api/v1/catalogo").json().get("conteudo");

        // From today an LP under Lei 15.190 lasts at least 4 years here (the law allows 3 to 6).
        ObjectNode estreitado = (ObjectNode) original.deepCopy();
        for (JsonNode faixa : estreitado.get("validades")) {
            if (faixa.get("regime").asString().equals("LEI_15190") && faixa.get("tipoLicenca").asString().equals("LP")) {
                ((ObjectNode) faixa).put("minimoMeses", 48);
            }
        }
        ClienteHttp.Resposta publicada = admin.post("/api/v1/catalogo/versoes",
                CatalogoVersionadoPelaApiTest.pedido(hoje(), estreitado));
        assertThat(publicada.status()).as(publicada.corpo()).isEqualTo(201);
        try {
            Protocolo depois = protocolar(requerenteAtivo(), "LP", null, null);
            String decisao40Meses = "{\"deferido\":true,\"validadeMeses\":40,\"fundamentos\":\"ok\"}";
            for (Protocolo lp : new Protocolo[]{antes, depois}) {
                levarAteAAnalise(lp.processoId(), "G", "P");
                passo("ANALISTA", lp.processoId(), "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"ok\"}");
            }
            recusadaPelaRegra(tentar("GESTOR", depois.processoId(), "decisao", decisao40Meses), "validade-fora-da-faixa");
            passo("GESTOR", antes.processoId(), "decisao", decisao40Meses);
        } finally {
            // The other tests of this platform expect the seeded ranges.
            ClienteHttp.Resposta restaurada = admin.post("/api/v1/catalogo/versoes",
                    CatalogoVersionadoPelaApiTest.pedido(hoje(), original));
            assertThat(restaurada.status()).as(restaurada.corpo()).isEqualTo(201);
        }
    }
}
