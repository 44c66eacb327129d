package br.licenciamento.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Collection;
import java.util.Map;

import static br.licenciamento.platform.textos.Textos.MENSAGENS;

/**
 * Builds RFC 9457 problem details: a stable {@code type} per kind of problem and Portuguese text a person can
 * act on. Every error answer of the platform goes through here.
 */
public final class Problemas {

    private static final String PREFIXO_TIPO = "urn:licenciamento:problema:";

    private static final Map<Integer, String> TIPOS = Map.ofEntries(
            Map.entry(400, "requisicao-invalida"),
            Map.entry(401, "nao-autenticado"),
            Map.entry(403, "acesso-negado"),
            Map.entry(404, "nao-encontrado"),
            Map.entry(405, "metodo-nao-permitido"),
            Map.entry(406, "formato-de-resposta-indisponivel"),
            Map.entry(409, "conflito"),
            Map.entry(412, "versao-desatualizada"),
            Map.entry(413, "conteudo-grande-demais"),
            Map.entry(415, "formato-nao-suportado"),
            Map.entry(422, "regra-violada"),
            Map.entry(429, "requisicoes-demais"),
            Map.entry(500, "erro-interno"),
            Map.entry(503, "indisponivel"));

    private Problemas() {
    }

    public static ProblemDetail problema(HttpStatusCode status, String detalhe) {
        int codigo = status.value();
        return problema(status, TIPOS.getOrDefault(codigo, "http-" + codigo), detalhe);
    }

    public static ProblemDetail problema(HttpStatusCode status, String tipo, String detalhe) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(status, detalhe);
        problema.setType(URI.create(PREFIXO_TIPO + tipo));
        problema.setTitle(titulo(status.value()));
        return problema;
    }

    /** Whether the problem was built here (its type is one of ours), not a default of Spring's. */
    public static boolean proprio(ProblemDetail problema) {
        return problema.getType().toString().startsWith(PREFIXO_TIPO);
    }

    /** The title of a status: ours in Portuguese (mensagens.properties, {@code titulo.<status>}), else the HTTP phrase. */
    public static String titulo(int status) {
        if (MENSAGENS.tem("titulo." + status)) {
            return MENSAGENS.texto("titulo." + status);
        }
        HttpStatus conhecido = HttpStatus.resolve(status);
        return conhecido != null ? conhecido.getReasonPhrase() : MENSAGENS.texto("titulo.outro");
    }

    /**
     * A method the address does not have: 405 with {@code Allow} listing the accepted ones, the same whether Spring MVC
     * or the security chain finds it out.
     */
    public static ResponseEntity<ProblemDetail> metodoNaoAceito(String metodo, Collection<?> aceitos) {
        String permitidos = aceitos == null ? "" : String.join(", ", aceitos.stream().map(Object::toString).sorted().toList());
        ProblemDetail problema = problema(HttpStatus.METHOD_NOT_ALLOWED, permitidos.isEmpty()
                ? MENSAGENS.texto("metodo-nao-aceito", metodo) : MENSAGENS.texto("metodo-nao-aceito.aceitos", metodo, permitidos));
        ResponseEntity.BodyBuilder resposta = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (!permitidos.isEmpty()) {
            resposta.header(HttpHeaders.ALLOW, permitidos);
        }
        return resposta.body(problema);
    }

    /** Seconds a client should wait before repeating a request refused because a dependency is down (RFC 9110 §10.2.3). */
    public static final String ESPERA_ANTES_DE_REPETIR = "5";

    public static ResponseEntity<ProblemDetail> resposta(ProblemDetail problema) {
        ResponseEntity.BodyBuilder resposta = ResponseEntity.status(problema.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problema.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            resposta.header("Retry-After", ESPERA_ANTES_DE_REPETIR);
        }
        return resposta.body(problema);
    }
}
