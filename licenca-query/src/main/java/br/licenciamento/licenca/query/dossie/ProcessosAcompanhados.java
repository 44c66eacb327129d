package br.licenciamento.licenca.query.dossie;

import java.util.List;

/** First answer of {@link ConsultaDeProcessosAcompanhados}: the list, most recently changed first. */
public record ProcessosAcompanhados(List<ProcessoAcompanhado> processos) {
}
