package br.licenciamento.licenca.query.dossie;

import java.util.List;

/** First answer of {@link AcompanharProcessos}: the list, most recently changed first. */
public record ProcessosAcompanhados(List<ProcessoAcompanhado> processos) {
}
