package br.licenciamento.api.pessoa;

/** Asks for the persons a signed-in user acts for (by the user's subject), to scope what an applicant sees. */
public record ConsultaDePessoasRepresentadas(String usuario) {
}
