package br.licenciamento.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import static br.licenciamento.platform.textos.Textos.MENSAGENS;

/**
 * Tomcat refuses some requests before Spring sees them (an encoded slash, backslash or NUL in the path, a URL or
 * header over the size limit, a broken request line) and answers with its own HTML page. Found by the OpenAPI fuzzer
 * (ConfiabilidadeFuzzerTest): those 400s were the only error answers of the platform that were not problem+json.
 * This valve takes the place of Tomcat's error page, so they are problem+json too.
 */
public class ErrosDoTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory fabrica) {
        fabrica.addContextCustomizers(contexto -> {
            Container pai = contexto.getParent();
            if (pai instanceof StandardHost host) {
                host.setErrorReportValveClass(ValvulaDeProblemas.class.getName());
            }
        });
    }

    /** Writes a problem+json body for an error status that nothing else answered. Public: Tomcat instantiates it. */
    public static class ValvulaDeProblemas extends ErrorReportValve {

        @Override
        protected void report(Request requisicao, Response resposta, Throwable erro) {
            int status = resposta.getStatus();
            if (status < 400 || resposta.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean podeEscrever = new AtomicBoolean(false);
            resposta.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, podeEscrever);
            if (!podeEscrever.get()) {
                return;
            }
            String detalhe = status < 500
                    ? MENSAGENS.texto("requisicao-invalida.tomcat")
                    : MENSAGENS.texto("erro-interno");
            String tipo = status == 400 ? "requisicao-invalida" : "http-" + status;
            String titulo = Problemas.titulo(status);
            try {
                resposta.setContentType("application/problem+json");
                resposta.setCharacterEncoding("UTF-8");
                Writer saida = resposta.getReporter();
                if (saida != null) {
                    saida.write("{\"type\":\"urn:licenciamento:problema:" + tipo + "\",\"title\":\"" + titulo
                            + "\",\"status\":" + status + ",\"detail\":\"" + detalhe + "\"}");
                    resposta.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response already committed: nothing more can be sent.
            }
        }
    }
}
