package br.licenciamento.licenca.query.titularidade;

import br.licenciamento.api.pessoa.PaginaDePessoas;
import br.licenciamento.api.pessoa.ConsultaDePessoas;
import br.licenciamento.api.pessoa.ResumoPessoa;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.licenca.query.web.ParametroInvalidoException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * Finds persons by CPF or CNPJ in the people registry (asked by message: the documents are personal data that only
 * the people module can read), so the licensing views can filter by the applicant's or holder's document.
 */
@Component
public class PessoasPorDocumento {

    private static final Pattern CPF = Pattern.compile("\\d{11}");
    // From July 2026 root and branch of a CNPJ may be alphanumeric (IN RFB 2.229/2024); the check digits stay numeric.
    private static final Pattern CNPJ = Pattern.compile("[0-9A-Z]{12}\\d{2}");

    private final QueryGateway queryGateway;

    PessoasPorDocumento(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The persons with this CPF or CNPJ (punctuation optional); fails as an invalid parameter when it is neither. */
    public Set<String> comDocumento(String parametro, String documento) {
        return pesquisar(parametro, documento, false);
    }

    /** Like {@link #comDocumento}, but only legal persons and only a CNPJ is accepted (public views). */
    public Set<String> juridicasComCnpj(String parametro, String cnpj) {
        return pesquisar(parametro, cnpj, true);
    }

    private Set<String> pesquisar(String parametro, String documento, boolean soCnpj) {
        String normalizado = normalizar(documento);
        boolean cnpj = CNPJ.matcher(normalizado).matches();
        if (!cnpj && (soCnpj || !CPF.matcher(normalizado).matches())) {
            throw new ParametroInvalidoException(parametro, MENSAGENS.texto(soCnpj ? "parametro.cnpj" : "parametro.cpf-ou-cnpj"));
        }
        PaginaDePessoas pagina = queryGateway.query(new ConsultaDePessoas(normalizado, null, null, 0, 10),
                ResponseTypes.instanceOf(PaginaDePessoas.class)).join();
        return pagina.itens().stream()
                .filter(pessoa -> !soCnpj || pessoa.tipo() == TipoPessoa.JURIDICA)
                .map(ResumoPessoa::pessoaId)
                .collect(Collectors.toUnmodifiableSet());
    }

    static String normalizar(String documento) {
        return documento.replaceAll("[./\\-\\s]", "").toUpperCase(Locale.ROOT);
    }
}
