package br.licenciamento.api.processo;

import java.util.Set;

/**
 * Searches licensing requests; every filter is optional. Pages count from 0. {@code requerentesPermitidos},
 * when present, limits the answer to processes of those persons (an applicant's own view).
 */
public record PesquisarProcessos(
        SituacaoProcesso situacao,
        TipoLicenca tipoLicenca,
        String municipioIbge,
        String requerenteId,
        int pagina,
        int tamanho,
        Set<String> requerentesPermitidos) {
}
