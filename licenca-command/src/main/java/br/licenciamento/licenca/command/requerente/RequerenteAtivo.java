package br.licenciamento.licenca.command.requerente;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.pessoa.ConsultaDeSituacaoCadastral;
import br.licenciamento.api.pessoa.SituacaoCadastral;
import br.licenciamento.api.processo.ProtocolarProcesso;
import br.licenciamento.platform.seguranca.Atuante;
import br.licenciamento.licenca.command.acesso.Representacao;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * A licensing request may be filed only for a registered, active requester, and by an applicant only in the name of
 * a person they represent or for whom a power of attorney in force covers the enterprise (agency staff may file for
 * anyone). The people registry is asked before the filing reaches
 * the process aggregate. Axon registers this bean on the command bus; the platform's outer interceptor turns the
 * refusal into a 422 naming the rule.
 */
@Component
class RequerenteAtivo implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String REGRA = "requerente-ativo";
    static final String REGRA_REPRESENTACAO = "requerente-representado";

    private final Representacao cadastro;

    RequerenteAtivo(Representacao cadastro) {
        this.cadastro = cadastro;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof ProtocolarProcesso protocolo) {
            // Representation first: an applicant learns nothing about a person who is not theirs, not even that it exists.
            Atuante atuante = Atuante.de(unitOfWork.getMessage().getMetaData());
            if (atuante.soRequerente() && !cadastro.de(atuante.usuario())
                    .alcancaProcesso(protocolo.processoId(), protocolo.requerenteId(), protocolo.empreendimentoId())) {
                throw new RegraVioladaException(MENSAGENS, REGRA_REPRESENTACAO, protocolo.requerenteId());
            }
            SituacaoCadastral situacao = cadastro.perguntar(new ConsultaDeSituacaoCadastral(protocolo.requerenteId()),
                    SituacaoCadastral.class);
            if (situacao == null || !situacao.existe()) {
                throw new RegraVioladaException(MENSAGENS, REGRA + ".nao-cadastrado", protocolo.requerenteId());
            }
            if (!situacao.ativa()) {
                throw new RegraVioladaException(MENSAGENS, REGRA + ".inativo", protocolo.requerenteId());
            }
        }
        return chain.proceed();
    }
}
