package br.licenciamento.licenca.query.publico;

import br.licenciamento.api.pessoa.ConsultaDePessoa;
import br.licenciamento.api.pessoa.FichaPessoa;
import br.licenciamento.api.pessoa.TipoPessoa;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the public may know of an applicant or licence holder: a legal person's CNPJ and names, nothing at all of a
 * natural person (LGPD). A person of unknown nature counts as natural, and so does a legal person whose data was
 * erased; in doubt nothing is shown.
 */
@Component
class Titulares {

    private final JdbcClient jdbc;
    private final QueryGateway queryGateway;

    Titulares(JdbcClient jdbc, QueryGateway queryGateway) {
        this.jdbc = jdbc;
        this.queryGateway = queryGateway;
    }

    /** The public identification of those of these persons that are legal persons, by person id. */
    Map<String, TitularPublico> juridicas(Collection<String> pessoaIds) {
        Set<String> distintas = new TreeSet<>(pessoaIds);
        Map<String, TitularPublico> titulares = new HashMap<>();
        if (distintas.isEmpty()) {
            return titulares;
        }
        List<String> juridicas = jdbc.sql("SELECT pessoa_id FROM licenca_query.titular_natureza WHERE tipo = :tipo"
                        + " AND pessoa_id IN (:ids)")
                .param("tipo", TipoPessoa.JURIDICA.name())
                .param("ids", List.copyOf(distintas))
                .query(String.class)
                .list();
        for (String pessoaId : juridicas) {
            // Names and CNPJ are kept (encrypted) by the people registry only: asked by message, never copied here.
            queryGateway.query(new ConsultaDePessoa(pessoaId), ResponseTypes.optionalInstanceOf(FichaPessoa.class)).join()
                    .filter(ficha -> ficha.tipo() == TipoPessoa.JURIDICA && !ficha.dadosEliminados() && ficha.documento() != null)
                    .ifPresent(ficha -> titulares.put(pessoaId,
                            new TitularPublico(cnpj(ficha.documento()), ficha.nome(), ficha.nomeFantasia())));
        }
        return titulares;
    }

    /** 12.ABC.345/01DE-35: the usual punctuation of a (possibly alphanumeric) CNPJ. */
    static String cnpj(String documento) {
        if (documento.length() != 14) {
            return documento;
        }
        return documento.substring(0, 2) + "." + documento.substring(2, 5) + "." + documento.substring(5, 8) + "/"
                + documento.substring(8, 12) + "-" + documento.substring(12);
    }
}
