package br.licenciamento.platform.auditoria;

import br.licenciamento.api.comum.ChavesDeMetadados;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts the correlation id and the acting user into the log context (MDC): while serving a request, and while
 * handling a command, query or event on any thread. With structured logs every line then says which request
 * and which person it belongs to. The trace and span ids ({@code traceId}, {@code spanId}) sit next to them,
 * put there by Micrometer Tracing whenever a span is current (see the {@code rastreamento} package).
 */
public final class ContextoDeLog {

    private ContextoDeLog() {
    }

    /** For HTTP requests; also echoes the correlation id to the caller. */
    public static class FiltroHttp extends OncePerRequestFilter {

        private final UsuarioAtual usuarioAtual;

        public FiltroHttp(UsuarioAtual usuarioAtual) {
            this.usuarioAtual = usuarioAtual;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest requisicao, HttpServletResponse resposta, FilterChain cadeia)
                throws ServletException, IOException {
            String correlacao = MetadadosDaRequisicao.correlacaoDa(requisicao);
            resposta.setHeader(MetadadosDaRequisicao.CABECALHO_CORRELACAO, correlacao);
            MDC.put(ChavesDeMetadados.CORRELACAO, correlacao);
            MDC.put(ChavesDeMetadados.USUARIO, usuarioAtual.sujeito());
            try {
                cadeia.doFilter(requisicao, resposta);
            } finally {
                MDC.remove(ChavesDeMetadados.CORRELACAO);
                MDC.remove(ChavesDeMetadados.USUARIO);
            }
        }
    }

    /** For message handlers: the metadata of the message being handled. */
    public static class InterceptadorDeMensagens implements MessageHandlerInterceptor<Message<?>> {

        @Override
        public Object handle(UnitOfWork<? extends Message<?>> unidade, InterceptorChain cadeia) throws Exception {
            Message<?> mensagem = unidade.getMessage();
            String correlacaoAnterior = MDC.get(ChavesDeMetadados.CORRELACAO);
            String usuarioAnterior = MDC.get(ChavesDeMetadados.USUARIO);
            colocar(ChavesDeMetadados.CORRELACAO, mensagem.getMetaData().get(ChavesDeMetadados.CORRELACAO));
            colocar(ChavesDeMetadados.USUARIO, mensagem.getMetaData().get(ChavesDeMetadados.USUARIO));
            try {
                return cadeia.proceed();
            } finally {
                colocar(ChavesDeMetadados.CORRELACAO, correlacaoAnterior);
                colocar(ChavesDeMetadados.USUARIO, usuarioAnterior);
            }
        }

        private static void colocar(String chave, Object valor) {
            if (valor == null) {
                MDC.remove(chave);
            } else {
                MDC.put(chave, valor.toString());
            }
        }
    }
}
