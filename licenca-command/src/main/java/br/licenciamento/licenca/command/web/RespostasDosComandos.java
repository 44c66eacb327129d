package br.licenciamento.licenca.command.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers every command endpoint of this module may give, documented once for all of them in the published
 * OpenAPI document; an endpoint's own {@code @ApiResponse} (201 for a creation, 413 for an upload) is kept.
 */
@Component
class RespostasDosComandos implements OperationCustomizer {

    private static final String PACOTE = "br.licenciamento.licenca.command";
    private static final String ETAPA_REGISTRADA = "Etapa registrada: o corpo traz o identificador, a nova versao do "
            + "agregado (versao, tambem no cabecalho ETag) e os identificadores criados pela etapa.";
    private static final Map<String, String> COMUNS = new LinkedHashMap<>();

    static {
        COMUNS.put("400", "Campos invalidos (problem+json com 'erros').");
        COMUNS.put("403", "O papel nao permite esta etapa, ou o processo esta atribuido a outro analista "
                + "(regra processo-de-outro-analista).");
        COMUNS.put("404", "Nao existe recurso com este identificador (ou ele nao e de uma pessoa que voce representa).");
        COMUNS.put("409", "If-Match desatualizado, ou a mesma Idempotency-Key ainda em processamento.");
        COMUNS.put("422", "Regra do dominio violada; a propriedade 'regra' diz qual.");
    }

    @Override
    public Operation customize(Operation operacao, HandlerMethod metodo) {
        if (!metodo.getBeanType().getPackageName().startsWith(PACOTE)) {
            return operacao;
        }
        ApiResponses respostas = operacao.getResponses() != null ? operacao.getResponses() : new ApiResponses();
        boolean passo = AnnotatedElementUtils.hasAnnotation(metodo.getMethod(), PostMapping.class);
        if (passo && respostas.keySet().stream().noneMatch(codigo -> codigo.startsWith("2") && !codigo.equals("200"))) {
            // A step answers 202 with the new version, not the 200 springdoc infers from the return type.
            respostas.remove("200");
            respostas.addApiResponse("202", new ApiResponse().description(ETAPA_REGISTRADA));
        }
        COMUNS.forEach((codigo, descricao) -> respostas.computeIfAbsent(codigo, c -> new ApiResponse().description(descricao)));
        operacao.setResponses(respostas);
        return operacao;
    }
}
