package br.licenciamento.platform.auditoria;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.platform.aleatorio.Aleatorios;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps commands and queries sent while serving an HTTP request with the acting user, the client address and
 * the request's correlation id ({@code X-Correlation-Id}, or a new one). Keys a message already carries are
 * kept, so messages sent by sagas keep the metadata they inherited.
 */
public class MetadadosDaRequisicao<M extends Message<?>> implements MessageDispatchInterceptor<M> {

    public static final String CABECALHO_CORRELACAO = "X-Correlation-Id";
    private static final String ATRIBUTO_CORRELACAO = MetadadosDaRequisicao.class.getName() + ".correlacao";

    private final UsuarioAtual usuarioAtual;

    public MetadadosDaRequisicao(UsuarioAtual usuarioAtual) {
        this.usuarioAtual = usuarioAtual;
    }

    @Override
    @SuppressWarnings("unchecked")
    public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
        return (index, message) -> {
            Map<String, Object> extras = new HashMap<>();
            HttpServletRequest requisicao = requisicaoAtual();
            if (requisicao != null) {
                String correlacao = correlacaoDa(requisicao);
                extras.put(ChavesDeMetadados.CORRELACAO, correlacao);
                extras.put(ChavesDeMetadados.CAUSA, correlacao);
                extras.put(ChavesDeMetadados.IP, requisicao.getRemoteAddr());
                extras.put(ChavesDeMetadados.USUARIO, usuarioAtual.sujeito());
                extras.put(ChavesDeMetadados.PAPEIS, String.join(",", usuarioAtual.papeis()));
            }
            extras.keySet().removeAll(message.getMetaData().keySet());
            return extras.isEmpty() ? message : (M) message.andMetaData(extras);
        };
    }

    /** The correlation id of the current request, creating it on first use. */
    public static String correlacaoDa(HttpServletRequest requisicao) {
        Object existente = requisicao.getAttribute(ATRIBUTO_CORRELACAO);
        if (existente instanceof String s) {
            return s;
        }
        String informada = requisicao.getHeader(CABECALHO_CORRELACAO);
        String correlacao = informada != null && informada.matches("[A-Za-z0-9._:-]{1,100}")
                ? informada : Aleatorios.identificador();
        requisicao.setAttribute(ATRIBUTO_CORRELACAO, correlacao);
        return correlacao;
    }

    private static HttpServletRequest requisicaoAtual() {
        RequestAttributes atributos = RequestContextHolder.getRequestAttributes();
        return atributos instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
