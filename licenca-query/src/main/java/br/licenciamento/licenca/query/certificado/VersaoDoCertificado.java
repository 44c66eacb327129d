package br.licenciamento.licenca.query.certificado;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.licenca.query.registro.MotivoDaVersao;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a licence's certificate as the projection kept it: what that version prints of the licence's state at
 * its event. {@code fundamentos} and {@code assinadaPor} are those of the act behind the version (null for the issue's
 * legal basis, which is the grant's, and when the act carried no user).
 */
public record VersaoDoCertificado(
        String licencaId,
        int versao,
        MotivoDaVersao motivo,
        LocalDate emitidaEm,
        LocalDate validaAte,
        SituacaoLicenca situacao,
        LocalDate suspensaEm,
        String fundamentos,
        String assinadaPor,
        String fundamentosDoDeferimento,
        List<Condicionante> condicionantes) {

    public record Condicionante(String descricao, LocalDate prazo) {
    }
}
