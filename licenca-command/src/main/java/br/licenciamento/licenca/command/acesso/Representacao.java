package br.licenciamento.licenca.command.acesso;

import br.licenciamento.api.pessoa.ConsultaDePessoasRepresentadas;
import br.licenciamento.api.pessoa.PessoasRepresentadas;
import br.licenciamento.platform.web.UmaVezPorRequisicao;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Questions to the people registry, which belongs to another context: asked over the query bus (locally or through
 * Axon Server), nothing of the pessoa module imported. Fails closed: when the registry cannot answer, nothing is
 * done and the platform answers 503 (a transient failure the user may retry).
 */
@Component
public class Representacao {

    /** Looked up on first use: the query gateway and the command bus are built by the same Axon configuration. */
    private final ObjectProvider<QueryGateway> queryGateway;

    Representacao(ObjectProvider<QueryGateway> queryGateway) {
        this.queryGateway = queryGateway;
    }

    /**
     * The persons the account {@code usuario} acts for, and the powers of attorney in force it received: asked once per
     * request, however many checks (the route guard, the command interceptors) need it.
     */
    public PessoasRepresentadas de(String usuario) throws Exception {
        return UmaVezPorRequisicao.obter("pessoas-representadas:" + usuario,
                () -> perguntar(new ConsultaDePessoasRepresentadas(usuario), PessoasRepresentadas.class));
    }

    public <R> R perguntar(Object consulta, Class<R> tipoDaResposta) throws Exception {
        CompletableFuture<R> resposta = queryGateway.getObject().query(consulta, ResponseTypes.instanceOf(tipoDaResposta));
        try {
            return resposta.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NoHandlerForQueryException semCadastro) {
                throw new TransientDataAccessResourceException("O cadastro de pessoas não respondeu", semCadastro);
            }
            throw e.getCause() instanceof Exception causa ? causa : e;
        } catch (TimeoutException e) {
            throw new TransientDataAccessResourceException("O cadastro de pessoas não respondeu a tempo", e);
        }
    }
}
