package br.licenciamento.api.pessoa;

import java.time.Instant;
import java.util.List;

/** A person as the registry shows them; personal fields are null once the data was erased. */
public record FichaPessoa(
        String pessoaId,
        TipoPessoa tipo,
        String documento,
        String nome,
        String nomeFantasia,
        String cnaePrincipal,
        String representanteLegalCpf,
        String representanteLegalNome,
        Endereco endereco,
        String email,
        String telefone,
        boolean ativa,
        boolean dadosEliminados,
        Instant registradaEm,
        List<Procuracao> procuracoes,
        List<ResponsavelTecnico> responsaveisTecnicos) {

    public record Procuracao(String procuracaoId, String outorganteId, String procuradorId, Alcance alcance,
                             String objetoId, java.time.LocalDate inicio, java.time.LocalDate fim, boolean revogada) {
    }

    /** {@code registroProfissional} is null once the responsible's data was erased. */
    public record ResponsavelTecnico(String designacaoId, String responsavelId, String registroProfissional,
                                     String numeroArt, Alcance alcance, String objetoId) {
    }
}
