package br.licenciamento.licenca.command.catalogo;

import java.time.LocalDate;

/**
 * The agency's rule catalogue, in numbered versions: version 1 is the seeded one, each later version is published
 * by ADMIN from a day on ({@link VersoesDoCatalogo}). A process keeps the version in force on its filing day and
 * reads only that one, so a later version never changes the rules of a process already filed.
 */
public interface CatalogoDeRegras {

    /** The rules of one version. */
    RegrasDoCatalogo em(int versao);

    /** Number of the version in force on this legal day: the newest one whose effective day has come. */
    int versaoVigenteEm(LocalDate dia);

    default RegrasDoCatalogo vigenteEm(LocalDate dia) {
        return em(versaoVigenteEm(dia));
    }
}
