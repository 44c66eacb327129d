package br.licenciamento.platform.projecao;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes a projection holds back while its processor handles a batch, written together just before the batch
 * commits: in the batch's transaction, before its token, as one bulk or one JDBC batch instead of one round trip per
 * event (bench/README.md). Outside a processor's unit of work there is no batch and the caller writes at once.
 *
 * @param <T> what holds one batch's writes (a list in event order, a map summed per process)
 */
public final class EscritasDoLote<T> {

    private final String recurso;
    private final Supplier<T> novas;
    private final Consumer<T> gravar;

    /**
     * @param dono   the projection class (names the batch's resource)
     * @param novas  an empty holder for a new batch
     * @param gravar writes a batch's holder; called once, as the batch prepares to commit
     */
    public EscritasDoLote(Class<?> dono, Supplier<T> novas, Consumer<T> gravar) {
        this.recurso = dono.getName() + ".escritasDoLote";
        this.novas = novas;
        this.gravar = gravar;
    }

    /** The current batch's held writes, created on first use with their write at prepare-commit; empty without a batch. */
    public Optional<T> doLoteAtual() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> lote = CurrentUnitOfWork.get().root();
        return Optional.of(lote.getOrComputeResource(recurso, chave -> {
            T pendentes = novas.get();
            lote.onPrepareCommit(u -> gravar.accept(pendentes));
            return pendentes;
        }));
    }
}
