package br.licenciamento.platform.seguranca;

import br.licenciamento.platform.web.Problemas;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static br.licenciamento.platform.Textos.MENSAGENS;

/**
 * 401 and 403 as problem details in Portuguese, like every other error of the platform. The standard bearer
 * handlers still set {@code WWW-Authenticate} (RFC 6750), so OAuth2 clients learn why a token was refused.
 */
public class RespostasDeSeguranca implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAuthenticationEntryPoint cabecalhoNaoAutenticado = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler cabecalhoAcessoNegado = new BearerTokenAccessDeniedHandler();
    private final ObjectProvider<RequestMappingHandlerMapping> enderecos;

    public RespostasDeSeguranca(ObjectProvider<RequestMappingHandlerMapping> enderecos) {
        this.enderecos = enderecos;
    }

    @Override
    public void commence(HttpServletRequest requisicao, HttpServletResponse resposta, AuthenticationException erro)
            throws IOException {
        cabecalhoNaoAutenticado.commence(requisicao, resposta, erro);
        String detalhe = erro instanceof InvalidBearerTokenException
                ? MENSAGENS.texto("nao-autenticado.token-invalido")
                : MENSAGENS.texto("nao-autenticado");
        escrever(resposta, Problemas.problema(HttpStatus.UNAUTHORIZED, detalhe));
    }

    /**
     * A method the address does not have is 405 with {@code Allow}, whoever asks: the role rules are per method, so
     * without this check a wrong method looked like a missing permission.
     */
    @Override
    public void handle(HttpServletRequest requisicao, HttpServletResponse resposta, AccessDeniedException erro)
            throws IOException {
        Optional<Set<HttpMethod>> aceitos = metodosAceitosSeOutro(requisicao);
        if (aceitos.isPresent()) {
            ResponseEntity<ProblemDetail> metodo = Problemas.metodoNaoAceito(requisicao.getMethod(), aceitos.get());
            metodo.getHeaders().forEach((nome, valores) -> valores.forEach(valor -> resposta.addHeader(nome, valor)));
            escrever(resposta, metodo.getBody());
            return;
        }
        cabecalhoAcessoNegado.handle(requisicao, resposta, erro);
        escrever(resposta, Problemas.problema(HttpStatus.FORBIDDEN,
                MENSAGENS.texto("acesso-negado")));
    }

    /** The methods the address accepts, when it exists but not with the request's method. */
    private Optional<Set<HttpMethod>> metodosAceitosSeOutro(HttpServletRequest requisicao) {
        RequestMappingHandlerMapping mapeamento = enderecos.getIfAvailable();
        if (mapeamento == null) {
            return Optional.empty();
        }
        try {
            mapeamento.getHandler(requisicao);
            return Optional.empty();
        } catch (HttpRequestMethodNotSupportedException e) {
            return Optional.ofNullable(e.getSupportedHttpMethods()).filter(m -> !m.isEmpty());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static void escrever(HttpServletResponse resposta, ProblemDetail problema) throws IOException {
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("type", String.valueOf(problema.getType()));
        corpo.put("title", problema.getTitle());
        corpo.put("status", problema.getStatus());
        corpo.put("detail", problema.getDetail());
        resposta.setStatus(problema.getStatus());
        resposta.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        resposta.setCharacterEncoding("UTF-8");
        JSON.writeValue(resposta.getOutputStream(), corpo);
    }
}
