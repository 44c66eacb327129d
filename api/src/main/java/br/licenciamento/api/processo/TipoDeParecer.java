package br.licenciamento.api.processo;

public enum TipoDeParecer {
    TECNICO, JURIDICO
}
