package br.licenciamento.licenca.command.acesso;

import br.licenciamento.api.comum.AcaoNaoPermitidaException;
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

/**
 * Ownership on every command to an existing process, its documents and its licences: an applicant acts only for the
 * persons they represent, and someone else's process answers exactly like a missing one (404), so its existence is
 * not revealed; an analyst acts only on the processes assigned to them (403). Managers, inspectors and the platform
 * itself are not restricted here (the endpoint x role table decides what each role may do at all). Axon registers
 * this bean on the command bus.
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
                exigir(atuante, acesso.get(), alvo.get());
            }
        }
        return chain.proceed();
    }

    private void exigir(Atuante atuante, AcessosProjection.Acesso acesso, String alvo) throws Exception {
        if (atuante.soRequerente() && !cadastro.representa(atuante.usuario(), acesso.requerenteId())) {
            throw new AggregateNotFoundException(alvo, "O recurso " + alvo + " nao existe.");
        }
        if (atuante.analistaSemGestao() && !atuante.usuario().equals(acesso.analista())) {
            throw new AcaoNaoPermitidaException(REGRA_ANALISTA, acesso.analista() == null
                    ? "Este processo ainda nao foi atribuido a um analista; peca ao gestor que o atribua a voce."
                    : "Este processo esta atribuido a outro analista; so o analista atribuido age sobre ele.");
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
            throw new IllegalStateException("Comando ilegivel: " + carga.getClass().getName(), e);
        }
    }
}
