package br.licenciamento.licenca.query.certificado;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.registro.MotivoDaVersao;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one version of the certificate prints, already resolved (the holder's name and document as they may be
 * printed, the agency, the check URL). The same content always renders the same bytes.
 *
 * @param titularDocumento the CNPJ punctuated, or a CPF masked as ***.456.789-**; null when not to be printed
 * @param urlDeConferencia what the QR code opens: the public authenticity check of this version
 */
public record ConteudoDoCertificado(
        String licencaId,
        String numero,
        String codigoAutenticidade,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        String titularNome,
        String titularRotuloDocumento,
        String titularDocumento,
        String empreendimento,
        String processoNumero,
        String municipioIbge,
        String cnae,
        LocalDate emitidaEm,
        LocalDate validaAte,
        SituacaoLicenca situacao,
        LocalDate suspensaEm,
        int versao,
        MotivoDaVersao motivo,
        LocalDate versaoEmitidaEm,
        String fundamentosDoDeferimento,
        String fundamentosDaVersao,
        String orgao,
        String autoridade,
        String urlDeConferencia,
        List<VersaoDoCertificado.Condicionante> condicionantes) {
}
