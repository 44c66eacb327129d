package br.licenciamento.platform.axon;

import br.licenciamento.api.comum.AcaoNaoPermitidaException;
import br.licenciamento.api.comum.FalhaDeComando;
import br.licenciamento.api.comum.RegraVioladaException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;

import static br.licenciamento.platform.Textos.MENSAGENS;

/**
 * Turns a refused command into a {@link CommandExecutionException} whose details say why, so the answer is the
 * same whether the handler runs in this process or behind Axon Server.
 */
public class FalhasDeComando implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RegraVioladaException e) {
            throw falha(e, new FalhaDeComando(FalhaDeComando.Tipo.REGRA_VIOLADA, e.regra(), e.getMessage()));
        } catch (AcaoNaoPermitidaException e) {
            throw falha(e, new FalhaDeComando(FalhaDeComando.Tipo.PROIBIDO, e.regra(), e.getMessage()));
        } catch (AggregateNotFoundException e) {
            throw falha(e, new FalhaDeComando(FalhaDeComando.Tipo.NAO_ENCONTRADO, "recurso-inexistente",
                    MENSAGENS.texto("nao-encontrado.agregado", e.getAggregateIdentifier())));
        } catch (ConflictingAggregateVersionException e) {
            throw versaoDesatualizada(e);
        } catch (ConflictingModificationException e) {
            throw falha(e, new FalhaDeComando(FalhaDeComando.Tipo.CONFLITO, "versao-desatualizada",
                    MENSAGENS.texto("versao-desatualizada.outra-pessoa")));
        }
    }

    /** The client's {@code If-Match} named a version that is no longer the current one. */
    public static CommandExecutionException versaoDesatualizada(ConflictingAggregateVersionException e) {
        return falha(e, new FalhaDeComando(FalhaDeComando.Tipo.VERSAO_DESATUALIZADA, "versao-desatualizada",
                MENSAGENS.texto("versao-desatualizada", e.getActualVersion(), e.getExpectedVersion()), e.getActualVersion()));
    }

    private static CommandExecutionException falha(Exception causa, FalhaDeComando falha) {
        return new CommandExecutionException(falha.mensagem(), causa, falha);
    }
}
