package br.licenciamento.api.catalogo;

/** Legal range of a licence's validity, in months, for one type under one regime. */
public record FaixaDeValidade(int minimoMeses, int maximoMeses) {

    public boolean admite(int meses) {
        return meses >= minimoMeses && meses <= maximoMeses;
    }
}
