package br.licenciamento.platform.consistencia;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.List;

import static br.licenciamento.platform.Textos.MENSAGENS;

/**
 * Holds a GET that names a read position until every read model of this process (the streaming processors that are
 * not sagas, in the segments this process holds) has handled the events up to it; see {@link PosicaoDeLeitura}.
 */
public class LeituraConsistente implements HandlerInterceptor {

    private final ObjectProvider<EventProcessingConfiguration> processamento;
    private final Duration esperaMaxima;

    LeituraConsistente(ObjectProvider<EventProcessingConfiguration> processamento, Duration esperaMaxima) {
        this.processamento = processamento;
        this.esperaMaxima = esperaMaxima;
    }

    @Override
    public boolean preHandle(HttpServletRequest pedido, HttpServletResponse resposta, Object handler) throws Exception {
        if (!"GET".equals(pedido.getMethod())) {
            return true;
        }
        String informada = pedido.getHeader(PosicaoDeLeitura.CABECALHO);
        if (informada == null) {
            informada = pedido.getParameter(PosicaoDeLeitura.PARAMETRO);
        }
        if (informada == null || informada.isBlank()) {
            return true;
        }
        long posicao;
        try {
            posicao = Long.parseLong(informada.trim());
        } catch (NumberFormatException e) {
            throw new PosicaoInvalidaException(informada);
        }
        long limite = System.nanoTime() + esperaMaxima.toNanos();
        while (!alcancada(posicao)) {
            if (System.nanoTime() > limite) {
                throw new LeituraAtrasadaException(posicao);
            }
            Thread.sleep(10);
        }
        return true;
    }

    private boolean alcancada(long posicao) {
        EventProcessingConfiguration configuracao = processamento.getIfAvailable();
        if (configuracao == null) {
            return true;
        }
        return configuracao.eventProcessors().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("saga-") && e.getValue() instanceof StreamingEventProcessor)
                .allMatch(e -> {
                    List<EventTrackerStatus> segmentos = List.copyOf(((StreamingEventProcessor) e.getValue())
                            .processingStatus().values());
                    // No segment here: another replica projects it, and this one has nothing to wait for.
                    return segmentos.stream().allMatch(s -> alcancou(s.getTrackingToken(), posicao));
                });
    }

    /**
     * Every event up to {@code posicao} handled. A position past it is not enough: an event below it may still be in
     * a gap (written by a transaction that committed after a later one), and that one may be the client's.
     */
    private static boolean alcancou(TrackingToken token, long posicao) {
        TrackingToken atual = WrappedToken.unwrapLowerBound(token);
        if (atual instanceof GapAwareTrackingToken comLacunas) {
            return comLacunas.getIndex() >= posicao && comLacunas.getGaps().stream().noneMatch(lacuna -> lacuna <= posicao);
        }
        return atual != null && atual.position().orElse(-1) >= posicao;
    }

    /** The read models did not reach the position in time. */
    public static class LeituraAtrasadaException extends RuntimeException {
        public LeituraAtrasadaException(long posicao) {
            super(MENSAGENS.texto("leitura-atrasada", posicao));
        }
    }

    /** The position sent is not a number. */
    public static class PosicaoInvalidaException extends RuntimeException {
        public PosicaoInvalidaException(String valor) {
            super(MENSAGENS.texto("posicao-invalida", valor, PosicaoDeLeitura.CABECALHO));
        }
    }
}
