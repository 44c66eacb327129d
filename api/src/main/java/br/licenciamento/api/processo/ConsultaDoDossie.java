package br.licenciamento.api.processo;

/** Asks for the dossier of one process; answered with a {@link DossieProcesso}, or nothing. */
public record ConsultaDoDossie(String processoId) {
}
