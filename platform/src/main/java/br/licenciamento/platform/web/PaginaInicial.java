package br.licenciamento.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** The address a person types first: where the API's documentation, the operations page and the health check are. */
@RestController
@Hidden
public class PaginaInicial {

    @GetMapping("/")
    Map<String, String> inicio() {
        Map<String, String> enderecos = new LinkedHashMap<>();
        enderecos.put("nome", "Plataforma de licenciamento ambiental");
        enderecos.put("documentacao", "/swagger-ui.html");
        enderecos.put("openapi", "/v3/api-docs");
        enderecos.put("operacao", "/ops");
        enderecos.put("saude", "/actuator/health");
        return enderecos;
    }
}
