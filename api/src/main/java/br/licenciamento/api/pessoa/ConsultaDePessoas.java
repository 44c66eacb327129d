package br.licenciamento.api.pessoa;

import java.util.Set;

/**
 * Searches the registry; every filter is optional. {@code nome} matches any part of the name or trade name,
 * ignoring case and accents. Pages count from 0.
 *
 * @param somenteEntre when present, only these persons can answer (an applicant searches only their own people)
 */
public record ConsultaDePessoas(String documento, String nome, String municipioIbge, int pagina, int tamanho,
                               Set<String> somenteEntre) {

    /** A search over the whole registry (agency staff, or another context resolving a document). */
    public ConsultaDePessoas(String documento, String nome, String municipioIbge, int pagina, int tamanho) {
        this(documento, nome, municipioIbge, pagina, tamanho, null);
    }
}
