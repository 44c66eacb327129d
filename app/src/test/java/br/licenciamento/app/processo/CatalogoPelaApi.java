package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.ClienteHttp;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Catalogue versions in tests that share one platform: each starts after every version already published. */
final class CatalogoPelaApi {

    private CatalogoPelaApi() {
    }

    /**
     * Moves the test clock past the effective day of every published version, so a test may publish from today on
     * without meeting a version another test left waiting for its day.
     */
    static void alemDasVersoesPublicadas(ClienteHttp admin, RelogioAjustavel relogio) {
        LocalDate hoje = LocalDate.now(relogio);
        LocalDate ultima = null;
        for (JsonNode versao : admin.get("/api/v1/catalogo/versoes").json().get("itens")) {
            if (!versao.get("vigenteDesde").isNull()) {
                ultima = LocalDate.parse(versao.get("vigenteDesde").asString());
            }
        }
        if (ultima != null && !ultima.isBefore(hoje)) {
            relogio.avancarDias(ChronoUnit.DAYS.between(hoje, ultima) + 1);
        }
    }
}
