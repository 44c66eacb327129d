package br.licenciamento.pessoa.lgpd;

import br.licenciamento.api.pessoa.DadoProtegido;

/**
 * Encrypts personal data with a key that belongs to one person. Destroying the key (LGPD erasure) makes
 * every copy in the event store unreadable, so events never have to be rewritten.
 */
public interface CofreDeDadosPessoais {

    /** How a value reads once its owner's key was destroyed. */
    String ELIMINADO = "[eliminado]";

    /** Encrypts with the person's key, creating the key on first use. */
    Cifrador cifradorPara(String pessoaId);

    /** Reads values of this person; after erasure every value reads {@link #ELIMINADO}. */
    Decifrador decifradorPara(String pessoaId);

    void destruirChave(String pessoaId);

    interface Cifrador {
        /** null stays null: absent data needs no protection. */
        DadoProtegido proteger(String valor);
    }

    interface Decifrador {
        String revelar(DadoProtegido dado);

        /** True once the person's data was erased: nothing of theirs can be read any more. */
        boolean chaveDestruida();
    }
}
