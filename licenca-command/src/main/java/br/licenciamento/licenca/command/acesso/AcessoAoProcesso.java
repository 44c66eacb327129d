package br.licenciamento.licenca.command.acesso;

import br.licenciamento.api.comum.AcaoNaoPermitidaException;
import br.licenciamento.platform.seguranca.Atuante;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * Ownership of a process, its documents and its licences, the one place of this module that decides it: an applicant
 * reaches a process of a person they registered, or one a power of attorney in force covers (its process or its
 * enterprise); someone else's process answers exactly like a missing one (404), so its existence is not revealed. An
 * analyst acts only on the processes assigned to them (403). Managers, inspectors and the platform itself are not
 * restricted here (the endpoint x role table decides what each role may do at all).
 * <p>
 * Checked twice with the same rule: on the way in, before the request body is read ({@link GuardaDosProcessos}), and
 * on every command (Axon registers this bean on the command bus), so the rule holds for commands from anywhere.
 */
@Component
class AcessoAoProcesso implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String REGRA_ANALISTA = "processo-de-outro-analista";

    private final AcessosProjection acessos;
    private final Representacao cadastro;
    private final CommandTargetResolver alvos = AnnotationCommandTargetResolver.builder().build();

    AcessoAoProcesso(AcessosProjection acessos, Representacao cadastro) {
        this.acessos = acessos;
        this.cadastro = cadastro;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> comando = unitOfWork.getMessage();
        Atuante atuante = Atuante.de(comando.getMetaData());
        if (atuante.soRequerente() || atuante.analistaSemGestao()) {
            Optional<String> alvo = alvo(comando);
            // No access data: a filing, or a process that does not exist (its handler answers that).
            Optional<AcessosProjection.Acesso> acesso = alvo.flatMap(acessos::doProcessoDe);
            if (acesso.isPresent()) {
                if (atuante.soRequerente() && !alcanca(atuante, acesso.get())) {
                    throw new AggregateNotFoundException(alvo.get(), "O recurso " + alvo.get() + " não existe.");
                }
                exigirAtribuicao(atuante, acesso.get());
            }
        }
        return chain.proceed();
    }

    /**
     * For a request about the process, document or licence {@code id}: an applicant who does not reach it gets the
     * answer for one that does not exist, whether it exists or not.
     */
    void exigirAlcanceDoRequerente(Atuante atuante, String id, RecursoNaoEncontradoException inexistente) throws Exception {
        if (atuante.soRequerente()) {
            Optional<AcessosProjection.Acesso> acesso = acessos.doProcessoDe(id);
            if (acesso.isEmpty() || !alcanca(atuante, acesso.get())) {
                throw inexistente;
            }
        }
    }

    private boolean alcanca(Atuante atuante, AcessosProjection.Acesso acesso) throws Exception {
        return cadastro.de(atuante.usuario()).alcancaProcesso(acesso.processoId(), acesso.requerenteId(), acesso.empreendimentoId());
    }

    private static void exigirAtribuicao(Atuante atuante, AcessosProjection.Acesso acesso) {
        if (atuante.analistaSemGestao() && !atuante.usuario().equals(acesso.analista())) {
            throw new AcaoNaoPermitidaException(MENSAGENS, REGRA_ANALISTA
                    + (acesso.analista() == null ? ".sem-analista" : ".outro-analista"));
        }
    }

    /** The process the command is about: its {@code processoId}, or else the aggregate it targets. */
    private Optional<String> alvo(CommandMessage<?> comando) {
        Object carga = comando.getPayload();
        if (carga.getClass().isRecord()) {
            for (RecordComponent componente : carga.getClass().getRecordComponents()) {
                if (componente.getName().equals("processoId")) {
                    return Optional.ofNullable(valor(componente, carga));
                }
            }
        }
        try {
            return Optional.ofNullable(alvos.resolveTarget(comando).getIdentifier());
        } catch (IllegalArgumentException semAlvo) {
            return Optional.empty();
        }
    }

    private static String valor(RecordComponent componente, Object carga) {
        try {
            Object valor = componente.getAccessor().invoke(carga);
            return valor == null ? null : valor.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Comando ilegível: " + carga.getClass().getName(), e);
        }
    }
}
