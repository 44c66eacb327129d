package br.licenciamento.licenca.command.requerente;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.pessoa.ConsultarSituacaoCadastral;
import br.licenciamento.api.pessoa.SituacaoCadastral;
import br.licenciamento.api.processo.ProtocolarProcesso;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A licensing request may be filed only for a registered, active requester. The people registry belongs to
 * another context, so it is asked over the query bus (locally or through Axon Server) before the filing
 * reaches the process aggregate; nothing of the pessoa module is imported. Axon registers this bean on the
 * command bus; the platform's outer interceptor turns the refusal into a 422 naming the rule.
 */
@Component
class RequerenteAtivo implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String REGRA = "requerente-ativo";

    /** Looked up on first use: the query gateway and the command bus are built by the same Axon configuration. */
    private final ObjectProvider<QueryGateway> queryGateway;

    RequerenteAtivo(ObjectProvider<QueryGateway> queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof ProtocolarProcesso protocolo) {
            SituacaoCadastral situacao = situacaoDe(protocolo.requerenteId());
            if (situacao == null || !situacao.existe()) {
                throw new RegraVioladaException(REGRA, "O requerente " + protocolo.requerenteId()
                        + " nao esta no cadastro de pessoas; cadastre-o antes de protocolar o pedido.");
            }
            if (!situacao.ativa()) {
                throw new RegraVioladaException(REGRA, "O requerente " + protocolo.requerenteId()
                        + " esta com o cadastro inativo; reative-o antes de protocolar o pedido.");
            }
        }
        return chain.proceed();
    }

    /**
     * Fails closed: when the registry cannot answer, nothing is filed, and the platform answers 503 (a transient
     * failure the user may retry) instead of a refusal that would blame the requester.
     */
    private SituacaoCadastral situacaoDe(String requerenteId) throws Exception {
        try {
            return queryGateway.getObject()
                    .query(new ConsultarSituacaoCadastral(requerenteId), ResponseTypes.instanceOf(SituacaoCadastral.class))
                    .get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NoHandlerForQueryException semCadastro) {
                throw new TransientDataAccessResourceException("O cadastro de pessoas nao respondeu", semCadastro);
            }
            throw e.getCause() instanceof Exception causa ? causa : e;
        } catch (TimeoutException e) {
            throw new TransientDataAccessResourceException("O cadastro de pessoas nao respondeu a tempo", e);
        }
    }
}
