package br.licenciamento.platform.auditoria;

import br.licenciamento.api.comum.ChavesDeMetadados;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries the audit metadata from a message to every message created while handling it: the same correlation
 * id and acting user, and the handled message as the cause. Events applied by an aggregate thus name the
 * command and the person behind them.
 */
public class CadeiaDeCausalidade implements CorrelationDataProvider {

    private static final String[] HERDADAS = {ChavesDeMetadados.USUARIO, ChavesDeMetadados.PAPEIS, ChavesDeMetadados.IP};

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> dados = new HashMap<>();
        Object correlacao = message.getMetaData().get(ChavesDeMetadados.CORRELACAO);
        dados.put(ChavesDeMetadados.CORRELACAO, correlacao != null ? correlacao : message.getIdentifier());
        dados.put(ChavesDeMetadados.CAUSA, message.getIdentifier());
        for (String chave : HERDADAS) {
            Object valor = message.getMetaData().get(chave);
            if (valor != null) {
                dados.put(chave, valor);
            }
        }
        return dados;
    }
}
