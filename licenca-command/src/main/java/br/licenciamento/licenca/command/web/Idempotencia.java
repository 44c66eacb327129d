package br.licenciamento.licenca.command.web;

import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.web.Problemas;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * {@code Idempotency-Key} on the licensing POSTs: the first answer (2xx) to a key is stored and replayed to every
 * retry with the same request, so a client that lost the answer never files twice. The same key with a different
 * request is refused (422). Keys are per user and kept for {@code licenciamento.idempotencia.validade} (24 hours by
 * default); a retry after that is a new request.
 * <p>
 * The key and the command's effect commit in one database transaction (the command runs on this thread, in the
 * embedded platform): a crash before the commit leaves neither, so a retry runs the command once; after it, both, so
 * a retry gets the stored answer. A second request with the same key waits for the first one's transaction and then
 * gets its answer. Multipart uploads are left out: their body cannot be read twice here, and a repeated upload of
 * the same bytes is harmless (content is stored by hash).
 */
@Component
class Idempotencia extends OncePerRequestFilter {

    static final String CABECALHO = "Idempotency-Key";
    /** A key being run; only the transaction that runs it ever sees it so. */
    private static final int EM_ANDAMENTO = 0;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final UsuarioAtual usuarioAtual;
    private final TransactionTemplate transacao;
    private final Duration validade;
    private final AtomicLong ultimaPurga = new AtomicLong();

    Idempotencia(JdbcClient jdbc, UsuarioAtual usuarioAtual, PlatformTransactionManager transacoes,
                 ParametrosDaIdempotencia parametros) {
        this.jdbc = jdbc;
        this.usuarioAtual = usuarioAtual;
        this.transacao = new TransactionTemplate(transacoes);
        this.validade = parametros.validade();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest requisicao) {
        String caminho = requisicao.getRequestURI();
        String tipo = requisicao.getContentType();
        return !"POST".equals(requisicao.getMethod())
                || requisicao.getHeader(CABECALHO) == null
                || !(caminho.startsWith("/api/v1/processos") || caminho.startsWith("/api/v1/licencas"))
                || (tipo != null && tipo.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requisicao, HttpServletResponse resposta, FilterChain cadeia)
            throws ServletException, IOException {
        String chaveInformada = requisicao.getHeader(CABECALHO).trim();
        if (chaveInformada.isEmpty() || chaveInformada.length() > 120) {
            problema(resposta, 400, "requisicao-invalida", Problemas.titulo(400),
                    MENSAGENS.texto("requisicao-invalida.idempotency-key"), null);
            return;
        }
        String chave = usuarioAtual.sujeito() + ":" + chaveInformada;
        byte[] corpo = requisicao.getInputStream().readAllBytes();
        String hash = sha256(requisicao.getMethod(), requisicao.getRequestURI(), corpo);

        purgarVencidas();
        ContentCachingResponseWrapper capturada = new ContentCachingResponseWrapper(resposta);
        try {
            transacao.executeWithoutResult(status -> {
                try {
                    executarUmaVez(chave, hash, new CorpoLido(requisicao, corpo), capturada, cadeia, status);
                } catch (IOException | ServletException e) {
                    throw new FalhaNaRequisicao(e);
                }
            });
        } catch (FalhaNaRequisicao e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        } catch (TransactionException e) {
            // The effect and the key were not stored together, so neither was: the client may repeat the request.
            capturada.resetBuffer();
            problema(capturada, 503, "indisponivel", Problemas.titulo(503), MENSAGENS.texto("indisponivel.idempotencia"), null);
        }
        capturada.copyBodyToResponse();
    }

    /**
     * Within the transaction: claims the key (a concurrent request with it waits here), runs the request and stores
     * its answer; an answer that is not 2xx rolls everything back, key included, so the client may retry.
     */
    private void executarUmaVez(String chave, String hash, HttpServletRequest requisicao, ContentCachingResponseWrapper capturada,
                                FilterChain cadeia, TransactionStatus status) throws IOException, ServletException {
        int inseridas = jdbc.sql("""
                        INSERT INTO licenca_command.idempotencia (chave, hash_pedido, status) VALUES (:chave, :hash, :status)
                        ON CONFLICT (chave) DO NOTHING""")
                .param("chave", chave).param("hash", hash).param("status", EM_ANDAMENTO).update();
        if (inseridas == 0) {
            responderComAnterior(chave, hash, capturada);
            return;
        }
        cadeia.doFilter(requisicao, capturada);
        if (capturada.getStatus() >= 200 && capturada.getStatus() < 300) {
            jdbc.sql("""
                            UPDATE licenca_command.idempotencia SET status = :status, tipo_conteudo = :tipo,
                                localizacao = :local, etag = :etag, corpo = :corpo WHERE chave = :chave""")
                    .param("status", capturada.getStatus())
                    .param("tipo", capturada.getContentType())
                    .param("local", capturada.getHeader(HttpHeaders.LOCATION))
                    .param("etag", capturada.getHeader(HttpHeaders.ETAG))
                    .param("corpo", new String(capturada.getContentAsByteArray(), StandardCharsets.UTF_8))
                    .param("chave", chave)
                    .update();
        } else {
            status.setRollbackOnly();
        }
    }

    /** Expired keys are forgotten, at most once a minute. */
    private void purgarVencidas() {
        long agora = System.currentTimeMillis();
        long anterior = ultimaPurga.get();
        if (agora - anterior > 60_000 && ultimaPurga.compareAndSet(anterior, agora)) {
            jdbc.sql("DELETE FROM licenca_command.idempotencia WHERE criada_em < now() - CAST(:validade AS INTERVAL)")
                    .param("validade", validade.toSeconds() + " seconds").update();
        }
    }

    /** Carries a servlet exception out of the transaction callback. */
    private static final class FalhaNaRequisicao extends RuntimeException {
        FalhaNaRequisicao(Exception causa) {
            super(causa);
        }
    }

    private void responderComAnterior(String chave, String hash, HttpServletResponse resposta) throws IOException {
        Optional<Map<String, Object>> anterior = jdbc.sql("SELECT * FROM licenca_command.idempotencia WHERE chave = :chave")
                .param("chave", chave).query().listOfRows().stream().findFirst();
        Map<String, Object> linha = anterior.orElseThrow();
        if (!hash.equals(linha.get("hash_pedido"))) {
            problema(resposta, 422, "regra-violada", Problemas.titulo(422),
                    MENSAGENS.texto("idempotency-key-reutilizada"), "idempotency-key-reutilizada");
            return;
        }
        int status = ((Number) linha.get("status")).intValue();
        resposta.setStatus(status);
        cabecalho(resposta, HttpHeaders.CONTENT_TYPE, linha.get("tipo_conteudo"));
        cabecalho(resposta, HttpHeaders.LOCATION, linha.get("localizacao"));
        cabecalho(resposta, HttpHeaders.ETAG, linha.get("etag"));
        resposta.setHeader("Idempotent-Replayed", "true");
        if (linha.get("corpo") != null) {
            resposta.getOutputStream().write(((String) linha.get("corpo")).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void cabecalho(HttpServletResponse resposta, String nome, Object valor) {
        if (valor != null) {
            resposta.setHeader(nome, valor.toString());
        }
    }

    private static void problema(HttpServletResponse resposta, int status, String tipo, String titulo, String detalhe,
                                 String regra) throws IOException {
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("type", "urn:licenciamento:problema:" + tipo);
        corpo.put("title", titulo);
        corpo.put("status", status);
        corpo.put("detail", detalhe);
        if (regra != null) {
            corpo.put("regra", regra);
        }
        resposta.setStatus(status);
        resposta.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        resposta.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resposta.getOutputStream().write(JSON.writeValueAsBytes(corpo));
    }

    private static String sha256(String metodo, String caminho, byte[] corpo) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((metodo + " " + caminho + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(corpo);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, served again to the controller. */
    private static final class CorpoLido extends HttpServletRequestWrapper {

        private final byte[] corpo;

        CorpoLido(HttpServletRequest requisicao, byte[] corpo) {
            super(requisicao);
            this.corpo = corpo;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream entrada = new ByteArrayInputStream(corpo);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return entrada.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("leitura sincrona apenas");
                }

                @Override
                public int read() {
                    return entrada.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return entrada.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return corpo.length;
        }

        @Override
        public long getContentLengthLong() {
            return corpo.length;
        }
    }
}
