package br.licenciamento.licenca.command.catalogo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import static br.licenciamento.api.comum.DiasLegais.hoje;

/**
 * The example body of {@code POST /api/v1/catalogo/versoes} is the catalogue in force, valid from today: a whole
 * catalogue is too large and too constrained (every class, regime and licence type within legal limits) to be
 * composed from the examples of its fields, and republishing the rules in force is always accepted.
 */
@Component
class ExemploDoCatalogo implements OpenApiCustomizer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogoDeRegrasPostgres catalogo;
    private final Clock relogio;

    ExemploDoCatalogo(CatalogoDeRegrasPostgres catalogo, Clock relogio) {
        this.catalogo = catalogo;
        this.relogio = relogio;
    }

    @Override
    public void customise(OpenAPI api) {
        PathItem versoes = api.getPaths() != null ? api.getPaths().get("/api/v1/catalogo/versoes") : null;
        Operation publicar = versoes != null ? versoes.getPost() : null;
        if (publicar == null || publicar.getRequestBody() == null || publicar.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = publicar.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (json == null) {
            return;
        }
        int vigente = catalogo.versaoVigenteEm(hoje(relogio));
        catalogo.conteudo(vigente).ifPresent(conteudo -> {
            Map<String, Object> exemplo = new LinkedHashMap<>();
            exemplo.put("vigenteDesde", hoje(relogio).toString());
            exemplo.put("conteudo", JSON.convertValue(conteudo, Map.class));
            json.setExample(exemplo);
        });
    }
}
