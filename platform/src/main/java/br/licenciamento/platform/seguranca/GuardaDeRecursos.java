package br.licenciamento.platform.seguranca;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * Object-level access of one module's endpoints, decided before the request body is read or validated, so a caller
 * who may not reach a resource learns nothing from the body's errors (a 400 for someone else's id would reveal that it
 * exists). A module declares one bean for its own controllers; the platform runs it on every request they handle.
 * The endpoint x role table ({@link RegrasDeAcesso}) has already let the caller's role through.
 */
public abstract class GuardaDeRecursos implements HandlerInterceptor {

    /** The request as the guard sees it: method, the route's pattern and the values of its path variables. */
    public record Pedido(HttpMethod metodo, String rota, Map<String, String> variaveis) {

        public boolean leitura() {
            return metodo == HttpMethod.GET || metodo == HttpMethod.HEAD;
        }
    }

    private final String pacoteDoModulo;

    /** Guards the controllers in the module's package ({@code br.licenciamento.pessoa}, say) and below it. */
    protected GuardaDeRecursos(String pacoteDoModulo) {
        this.pacoteDoModulo = pacoteDoModulo + ".";
    }

    @Override
    public final boolean preHandle(HttpServletRequest requisicao, HttpServletResponse resposta, Object handler) throws Exception {
        if (handler instanceof HandlerMethod metodo && metodo.getBeanType().getName().startsWith(pacoteDoModulo)) {
            @SuppressWarnings("unchecked")
            Map<String, String> variaveis = (Map<String, String>) requisicao.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            Object rota = requisicao.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            verificar(new Pedido(HttpMethod.valueOf(requisicao.getMethod()), rota == null ? "" : rota.toString(),
                    variaveis == null ? Map.of() : variaveis));
        }
        return true;
    }

    /** Throws the answer the caller gets (404 for what they may not know exists, 403 for what they may not do). */
    protected abstract void verificar(Pedido pedido) throws Exception;
}
