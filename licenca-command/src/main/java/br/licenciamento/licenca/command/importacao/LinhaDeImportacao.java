package br.licenciamento.licenca.command.importacao;

import br.licenciamento.api.pessoa.Endereco;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.api.processo.ImportarProcesso;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.command.processo.HistoricoImportado;

import java.time.LocalDate;

/**
 * One process of a batch, as the former system exports it: the applicant is an existing person ({@code requerenteId})
 * or one the import registers ({@code requerente}, found instead when the CPF/CNPJ is already registered).
 */
record LinhaDeImportacao(
        String numeroLegado,
        LocalDate protocoladoEm,
        TipoLicenca tipoLicenca,
        String requerenteId,
        RequerenteNovo requerente,
        String empreendimentoId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        SituacaoProcesso situacao,
        ImportarProcesso.Enquadramento enquadramento,
        LocalDate admitidoEm,
        ImportarProcesso.Complementacao complementacao,
        ImportarProcesso.LicencaLegada licenca,
        ImportarProcesso.Decisao indeferimento,
        ImportarProcesso.Arquivamento arquivamento) {

    /** A person the former system knows and this registry may not yet. */
    record RequerenteNovo(TipoPessoa tipo, String documento, String nome, String nomeFantasia, String cnaePrincipal,
                          String representanteLegalCpf, String representanteLegalNome, Endereco endereco, String email,
                          String telefone) {
    }

    ImportarProcesso comando(String importacaoId, String requerenteIdResolvido) {
        return new ImportarProcesso(processoId(), numeroLegado, importacaoId, protocoladoEm, tipoLicenca,
                requerenteIdResolvido, empreendimentoId, empreendimento, cnae, municipioIbge, situacao, enquadramento,
                admitidoEm, complementacao, licenca, indeferimento, arquivamento);
    }

    String processoId() {
        return HistoricoImportado.processoIdDe(numeroLegado);
    }
}
