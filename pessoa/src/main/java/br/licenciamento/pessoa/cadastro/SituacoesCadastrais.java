package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.pessoa.TipoPessoa;

import java.util.Optional;

/** What the registry knows right now about another person (rules that involve two people). */
public interface SituacoesCadastrais {

    /** Empty for unknown people and for people whose data was erased. */
    Optional<Situacao> de(String pessoaId);

    record Situacao(TipoPessoa tipo, boolean ativa) {
    }
}
