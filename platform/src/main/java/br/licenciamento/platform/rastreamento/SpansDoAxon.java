package br.licenciamento.platform.rastreamento;

import io.micrometer.tracing.Link;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.SpanAttributesProvider;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.SpanScope;
import org.axonframework.tracing.SpanUtils;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Axon's tracing SPI on Micrometer Tracing: every dispatch and handling of a command, event, query or deadline is a
 * span of the same tracer that traces the HTTP requests, so one trace goes from the request through the command,
 * the events it applied and, on other threads or in other services, the projections and sagas that handle them.
 * <p>
 * The trace context travels in the message metadata (W3C {@code traceparent}, written by Boot's propagator), so it
 * survives the event store, the tracking processors' own threads, Axon Server and the deadline store. A handler
 * span is a child of the context its message carries; when Axon asks for a separate trace (an old event in a
 * catch-up, a deadline firing days later) it starts a new trace linked to the original one.
 * <p>
 * A replayed event is history read again to rebuild a read model, not anyone's action: it gets no span (a rebuild
 * of a million events would otherwise send a trace per event and projection). The replay itself shows on the
 * operations page.
 */
public class SpansDoAxon implements SpanFactory {

    private final Tracer tracer;
    private final Propagator propagador;
    private final List<SpanAttributesProvider> atributos = new CopyOnWriteArrayList<>();

    public SpansDoAxon(Tracer tracer, Propagator propagador) {
        this.tracer = tracer;
        this.propagador = propagador;
    }

    @Override
    public Span createRootTrace(Supplier<String> nome) {
        io.micrometer.tracing.Span.Builder construtor = tracer.spanBuilder().name(nome.get()).setNoParent();
        TraceContext atual = tracer.currentTraceContext().context();
        if (atual != null) {
            construtor.addLink(new Link(atual));
        }
        return new SpanMicrometer(construtor);
    }

    @Override
    public Span createHandlerSpan(Supplier<String> nome, Message<?> mensagem, boolean filho, Message<?>... vinculadas) {
        if (emReplay(mensagem)) {
            return NoOpSpanFactory.NoOpSpan.INSTANCE;
        }
        io.micrometer.tracing.Span.Builder construtor;
        if (filho) {
            construtor = extrair(mensagem);
        } else {
            construtor = tracer.spanBuilder().setNoParent();
            vincular(construtor, mensagem);
        }
        for (Message<?> vinculada : vinculadas) {
            vincular(construtor, vinculada);
        }
        construtor.name(nomear(nome.get(), mensagem)).kind(io.micrometer.tracing.Span.Kind.CONSUMER);
        return new SpanMicrometer(marcar(construtor, mensagem));
    }

    @Override
    public Span createDispatchSpan(Supplier<String> nome, Message<?> mensagem, Message<?>... irmas) {
        // No parent set: the span starts under whatever is current (the HTTP request, or the handler that sends).
        io.micrometer.tracing.Span.Builder construtor = tracer.spanBuilder()
                .name(nomear(nome.get(), mensagem)).kind(io.micrometer.tracing.Span.Kind.PRODUCER);
        for (Message<?> irma : irmas) {
            vincular(construtor, irma);
        }
        return new SpanMicrometer(marcar(construtor, mensagem));
    }

    @Override
    public Span createInternalSpan(Supplier<String> nome) {
        if (unidadeAtualEmReplay()) {
            return NoOpSpanFactory.NoOpSpan.INSTANCE;
        }
        return new SpanMicrometer(tracer.spanBuilder().name(nome.get()));
    }

    @Override
    public Span createInternalSpan(Supplier<String> nome, Message<?> mensagem) {
        if (emReplay(mensagem)) {
            return NoOpSpanFactory.NoOpSpan.INSTANCE;
        }
        return new SpanMicrometer(marcar(tracer.spanBuilder().name(nomear(nome.get(), mensagem)), mensagem));
    }

    @Override
    public void registerSpanAttributeProvider(SpanAttributesProvider provedor) {
        atributos.add(provedor);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <M extends Message<?>> M propagateContext(M mensagem) {
        TraceContext atual = tracer.currentTraceContext().context();
        if (atual == null) {
            return mensagem;
        }
        Map<String, String> campos = new HashMap<>();
        propagador.inject(atual, campos, Map::put);
        return campos.isEmpty() ? mensagem : (M) mensagem.andMetaData(campos);
    }

    private static boolean emReplay(Message<?> mensagem) {
        return ReplayToken.isReplay(mensagem) || unidadeAtualEmReplay();
    }

    /**
     * The current unit of work handles a replayed event. A handler's own span is asked for with the event as the
     * handler sees it, or with no message, neither of which knows its token any more.
     */
    private static boolean unidadeAtualEmReplay() {
        return CurrentUnitOfWork.map(unidade -> ReplayToken.isReplay(unidade.getMessage())).orElse(false);
    }

    /** A builder whose parent is the context the message carries (or the current one, if it carries none). */
    private io.micrometer.tracing.Span.Builder extrair(Message<?> mensagem) {
        return propagador.extract(mensagem.getMetaData(), (metadados, chave) -> {
            Object valor = metadados.get(chave);
            return valor == null ? null : valor.toString();
        });
    }

    /**
     * Links to the span that sent the message. Micrometer has no call that turns a carrier into a context, so a
     * child is started from the extracted parent and abandoned (never reported); its parent is the linked span.
     */
    private void vincular(io.micrometer.tracing.Span.Builder construtor, Message<?> mensagem) {
        if (propagador.fields().stream().noneMatch(mensagem.getMetaData()::containsKey)) {
            return;
        }
        io.micrometer.tracing.Span sonda = extrair(mensagem).start();
        TraceContext contexto = sonda.context();
        sonda.abandon();
        if (contexto.parentId() != null) {
            construtor.addLink(new Link(tracer.traceContextBuilder()
                    .traceId(contexto.traceId()).spanId(contexto.parentId()).sampled(contexto.sampled()).build()));
        }
    }

    private io.micrometer.tracing.Span.Builder marcar(io.micrometer.tracing.Span.Builder construtor, Message<?> mensagem) {
        if (mensagem != null) {
            for (SpanAttributesProvider provedor : atributos) {
                provedor.provideForMessage(mensagem).forEach(construtor::tag);
            }
        }
        return construtor;
    }

    private static String nomear(String operacao, Message<?> mensagem) {
        return mensagem == null ? operacao : operacao + "(" + SpanUtils.determineMessageName(mensagem) + ")";
    }

    /** Axon's span over a Micrometer span: started by Axon, made current on the handling thread, ended by Axon. */
    private final class SpanMicrometer implements Span {

        private final io.micrometer.tracing.Span.Builder construtor;
        private volatile io.micrometer.tracing.Span span;

        private SpanMicrometer(io.micrometer.tracing.Span.Builder construtor) {
            this.construtor = construtor;
        }

        @Override
        public Span start() {
            span = construtor.start();
            return this;
        }

        @Override
        public SpanScope makeCurrent() {
            if (span == null) {
                return () -> {
                };
            }
            // The scope sets traceId/spanId in the MDC, so the handler's log lines name the trace.
            Tracer.SpanInScope escopo = tracer.withSpan(span);
            return escopo::close;
        }

        @Override
        public void end() {
            if (span != null) {
                span.end();
            }
        }

        @Override
        public Span recordException(Throwable erro) {
            if (span != null) {
                span.error(erro);
            }
            return this;
        }

        @Override
        public Span addAttribute(String chave, String valor) {
            if (span != null) {
                span.tag(chave, valor);
            } else {
                construtor.tag(chave, valor);
            }
            return this;
        }
    }
}
