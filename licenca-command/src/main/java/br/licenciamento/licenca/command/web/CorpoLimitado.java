package br.licenciamento.licenca.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body a controller reads itself (to parse it its own way), never past its limit: a declared length over
 * it is refused before reading, and an undeclared one after one byte too many. The platform answers 413.
 */
public final class CorpoLimitado {

    private CorpoLimitado() {
    }

    public static byte[] ler(HttpServletRequest requisicao, int maximoDeBytes) throws IOException {
        if (requisicao.getContentLengthLong() > maximoDeBytes) {
            throw new MaxUploadSizeExceededException(maximoDeBytes);
        }
        byte[] corpo;
        try (InputStream entrada = requisicao.getInputStream()) {
            corpo = entrada.readNBytes(maximoDeBytes + 1);
        }
        if (corpo.length > maximoDeBytes) {
            throw new MaxUploadSizeExceededException(maximoDeBytes);
        }
        return corpo;
    }
}
