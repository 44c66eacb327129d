package br.licenciamento.api.processo;

/**
 * Searches licensing requests; every filter is optional. Pages count from 0.
 */
public record PesquisarProcessos(
        SituacaoProcesso situacao,
        TipoLicenca tipoLicenca,
        String municipioIbge,
        String requerenteId,
        int pagina,
        int tamanho) {
}
