package br.licenciamento.licenca.query.titularidade;

import br.licenciamento.api.pessoa.ConsultarPessoasRepresentadas;
import br.licenciamento.api.pessoa.PessoasRepresentadas;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an applicant may see: only the processes of the persons they represent (asked of the people registry by
 * message). Agency staff and auditors see everything. Someone else's process is answered exactly like one that
 * does not exist, so its existence is not revealed.
 */
@Component
public class Titularidade {

    private static final String REQUERENTE = "REQUERENTE";

    private final QueryGateway queryGateway;
    private final UsuarioAtual usuario;

    Titularidade(QueryGateway queryGateway, UsuarioAtual usuario) {
        this.queryGateway = queryGateway;
        this.usuario = usuario;
    }

    /** The persons whose processes the caller may see, or empty when the caller may see every process. */
    public Optional<Set<String>> requerentesPermitidos() {
        List<String> papeis = usuario.papeis();
        boolean soRequerente = !papeis.isEmpty() && papeis.stream().allMatch(REQUERENTE::equals);
        if (!soRequerente) {
            return Optional.empty();
        }
        PessoasRepresentadas representadas = queryGateway.query(new ConsultarPessoasRepresentadas(usuario.sujeito()),
                ResponseTypes.instanceOf(PessoasRepresentadas.class)).join();
        return Optional.of(Set.copyOf(representadas.pessoaIds()));
    }

    /** Whether the caller may see what belongs to this person (a process they filed, a licence they hold). */
    public boolean permite(String requerenteId) {
        return requerentesPermitidos().map(permitidos -> permitidos.contains(requerenteId)).orElse(true);
    }

    /** Fails as "not found" when the caller may not see a process of this requerente. */
    public void exigirAcesso(String processoId, String requerenteId) {
        requerentesPermitidos().ifPresent(permitidos -> {
            if (!permitidos.contains(requerenteId)) {
                throw naoEncontrado(processoId);
            }
        });
    }

    public static RecursoNaoEncontradoException naoEncontrado(String processoId) {
        return new RecursoNaoEncontradoException("Nao ha processo com o identificador " + processoId + ".");
    }
}
