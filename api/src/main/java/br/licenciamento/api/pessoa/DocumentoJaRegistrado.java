package br.licenciamento.api.pessoa;

/**
 * Why a registration was refused when the CPF/CNPJ already belongs to someone: carried as the details of the
 * command failure, so a caller in another service learns the existing person's id too.
 */
public record DocumentoJaRegistrado(String regra, String mensagem, String pessoaExistenteId) {

    public static final String REGRA = "documento-unico";
}
