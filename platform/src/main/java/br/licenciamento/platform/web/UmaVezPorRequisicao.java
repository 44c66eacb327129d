package br.licenciamento.platform.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value worked out once per HTTP request and reused by every check of that request: a guard before the body is
 * read, the command interceptors that run on the same thread, the answer that is shaped afterwards. Outside a request
 * (a saga, a command arriving from Axon Server on another thread) it is worked out each time. Nothing outlives the
 * request, so a change (a power of attorney revoked) counts from the next request on.
 */
public final class UmaVezPorRequisicao {

    /** The work to be done at most once per request; {@code E} lets a checked failure pass through unchanged. */
    @FunctionalInterface
    public interface Calculo<T, E extends Exception> {
        T calcular() throws E;
    }

    private UmaVezPorRequisicao() {
    }

    public static <T, E extends Exception> T obter(String chave, Calculo<T, E> calculo) throws E {
        RequestAttributes requisicao = RequestContextHolder.getRequestAttributes();
        if (requisicao == null) {
            return calculo.calcular();
        }
        String atributo = UmaVezPorRequisicao.class.getName() + ":" + chave;
        @SuppressWarnings("unchecked")
        T lembrado = (T) requisicao.getAttribute(atributo, RequestAttributes.SCOPE_REQUEST);
        if (lembrado == null) {
            lembrado = calculo.calcular();
            requisicao.setAttribute(atributo, lembrado, RequestAttributes.SCOPE_REQUEST);
        }
        return lembrado;
    }
}
