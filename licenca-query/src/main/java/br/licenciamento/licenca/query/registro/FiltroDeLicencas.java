package br.licenciamento.licenca.query.registro;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.ProcessosVisiveis;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search of the licence registry; every filter is optional and they combine. Sets: {@code null} means no limit, an
 * empty set means nothing matches.
 *
 * @param situacao               effective situation (see {@link ResumoLicenca#situacao()})
 * @param vencendoEmDias         in force today, not extended by a pending renewal, and valid until a day within the
 *                               next N days (0 = expires today)
 * @param visiveis               the licences of these processes only (an applicant's own view)
 * @param requerentesDoDocumento the holders whose CPF/CNPJ was searched for
 */
public record FiltroDeLicencas(
        SituacaoLicenca situacao,
        Integer vencendoEmDias,
        TipoLicenca tipoLicenca,
        String municipioIbge,
        String titular,
        Set<String> requerentesDoDocumento,
        ProcessosVisiveis visiveis,
        String empreendimentoId,
        String numero,
        LocalDate emitidaDe,
        LocalDate emitidaAte,
        Ordem ordem,
        boolean crescente,
        int pagina,
        int tamanho) {

    /** Sort key; ties are broken by licence id, so pages never overlap. */
    public enum Ordem {
        /** Day of issue. */
        EMISSAO,
        /** Validity end. */
        VALIDADE,
        /** Licence number. */
        NUMERO
    }
}
