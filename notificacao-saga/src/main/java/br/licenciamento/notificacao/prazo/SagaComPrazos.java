package br.licenciamento.notificacao.prazo;

import br.licenciamento.notificacao.entrega.Notificacao;
import br.licenciamento.notificacao.entrega.Notificador;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import br.licenciamento.api.comum.ChavesDeMetadados;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every saga of this module keeps besides its own state: its deadlines (so it can cancel them and operations
 * can see the next one) and when and by what it last moved (for the saga monitor). Serialized by Jackson with the
 * saga, so its fields are visible to it and the injected resources are {@code transient}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class SagaComPrazos {

    /** A deadline this saga scheduled, by a key of its own (one deadline name may be scheduled per condition). */
    public record Agendamento(String nome, String id, Instant quando) {
    }

    private Instant iniciadaEm;
    private Instant ultimaAtividadeEm;
    private String ultimoEvento;
    private Map<String, Agendamento> agendamentos = new LinkedHashMap<>();

    // Injected by Axon into every saga instance (never serialized with the saga's state).
    @Autowired
    protected transient DeadlineManager prazos;
    @Autowired
    protected transient CommandGateway comandos;
    @Autowired
    protected transient Notificador notificador;

    /** Records that this saga handled {@code mensagem} (an event or a deadline) at {@code quando}. */
    protected void atividade(Object mensagem, Instant quando) {
        if (iniciadaEm == null) {
            iniciadaEm = quando;
        }
        ultimaAtividadeEm = quando;
        ultimoEvento = mensagem instanceof String nome ? nome : mensagem.getClass().getSimpleName();
    }

    /**
     * Sends a command as the platform itself: the audit trail names this saga as the actor, and the ownership rules of
     * the person whose event woke the saga (who may since have lost the process) do not apply to it. A refusal is
     * expected when the process moved on meanwhile (the aggregate decides), so it is logged, not retried.
     */
    protected void enviar(Object comando) {
        comandos.send(comando, MetaData.with(ChavesDeMetadados.USUARIO, "sistema:" + getClass().getSimpleName())
                .and(ChavesDeMetadados.PAPEIS, "SISTEMA")).whenComplete((resultado, erro) -> {
            if (erro != null) {
                LoggerFactory.getLogger(getClass()).warn("{} recusado: {}", comando, erro.getMessage());
            }
        });
    }

    /**
     * Tells the notification's addressee, unless the event being handled tells the past of a process imported from a
     * former system: that is history, not news (its terms still running are taken over all the same).
     */
    protected void notificar(Notificacao notificacao) {
        boolean historico = CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getMessage().getMetaData().containsKey(ChavesDeMetadados.IMPORTACAO);
        if (!historico) {
            notificador.notificar(notificacao);
        }
    }

    /** Schedules deadline {@code nome} at {@code quando}, replacing any deadline kept under {@code chave}. */
    protected void agendar(String chave, String nome, Instant quando, Object payload) {
        cancelar(chave);
        String id = payload == null ? prazos.schedule(quando, nome) : prazos.schedule(quando, nome, payload);
        agendamentos.put(chave, new Agendamento(nome, id, quando));
    }

    protected void cancelar(String chave) {
        Agendamento agendamento = agendamentos.remove(chave);
        if (agendamento != null) {
            prazos.cancelSchedule(agendamento.nome(), agendamento.id());
        }
    }

    protected void cancelarTodos() {
        for (String chave : agendamentos.keySet().toArray(String[]::new)) {
            cancelar(chave);
        }
    }

    /** Now, on the clock of Axon's messages (the test fixtures move it). */
    protected static Instant agora() {
        return org.axonframework.eventhandling.GenericEventMessage.clock.instant();
    }

    /** A deadline fired: forget it without cancelling. */
    protected void cumprido(String chave) {
        agendamentos.remove(chave);
    }

    protected boolean agendado(String chave) {
        return agendamentos.containsKey(chave);
    }

    public Optional<Instant> proximoPrazo() {
        return agendamentos.values().stream().map(Agendamento::quando).min(Comparator.naturalOrder());
    }

    public Instant iniciadaEm() {
        return iniciadaEm;
    }

    public Instant ultimaAtividadeEm() {
        return ultimaAtividadeEm;
    }

    public String ultimoEvento() {
        return ultimoEvento;
    }
}
