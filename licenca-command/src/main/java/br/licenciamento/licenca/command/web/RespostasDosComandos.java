package br.licenciamento.licenca.command.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * A step of this module answers 202 with the aggregate's new version, not the 200 springdoc infers from the return
 * type; an endpoint's own 2xx {@code @ApiResponse} (201 for a creation) is kept. The error answers every endpoint
 * shares are documented by the platform ({@code DocumentacaoDaApi}).
 */
@Component
class RespostasDosComandos implements OperationCustomizer {

    private static final String PACOTE = "br.licenciamento.licenca.command";
    private static final String ETAPA_REGISTRADA = "Etapa registrada: o corpo traz o identificador, a nova versão do "
            + "agregado (versao, também no cabeçalho ETag) e os identificadores criados pela etapa.";

    @Override
    public Operation customize(Operation operacao, HandlerMethod metodo) {
        if (!metodo.getBeanType().getPackageName().startsWith(PACOTE)) {
            return operacao;
        }
        ApiResponses respostas = operacao.getResponses() != null ? operacao.getResponses() : new ApiResponses();
        boolean passo = AnnotatedElementUtils.hasAnnotation(metodo.getMethod(), PostMapping.class);
        if (passo && respostas.keySet().stream().noneMatch(codigo -> codigo.startsWith("2") && !codigo.equals("200"))) {
            // A step answers 202 with the new version, not the 200 springdoc infers from the return type.
            ApiResponse inferida = respostas.remove("200");
            respostas.addApiResponse("202", new ApiResponse().description(ETAPA_REGISTRADA)
                    .content(inferida != null ? inferida.getContent() : null));
        }
        operacao.setResponses(respostas);
        return operacao;
    }
}
