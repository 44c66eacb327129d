package br.licenciamento.licenca.query.leitura;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Runs the several queries of one answer (a page and its total; the figures of the statistics) in one read-only
 * REPEATABLE READ transaction, so they all see the read model at the same instant: a projection batch committed
 * between two of them could otherwise count a decision in one figure and not in another.
 */
@Component
public class LeituraNumInstante {

    private final TransactionTemplate transacao;

    public LeituraNumInstante(PlatformTransactionManager transacoes) {
        transacao = new TransactionTemplate(transacoes);
        transacao.setReadOnly(true);
        transacao.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public <T> T ler(Supplier<T> leitura) {
        return transacao.execute(status -> leitura.get());
    }
}
