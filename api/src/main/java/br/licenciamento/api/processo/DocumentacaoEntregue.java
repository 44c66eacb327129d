package br.licenciamento.api.processo;

import java.time.LocalDate;

/**
 * Every document the classification required was delivered, the last one on {@code entregueEm}: under Lei 15.190 the
 * agency's analysis term counts from that day (art. 47), and ends on {@code prazoAnaliseAte}.
 */
public record DocumentacaoEntregue(String processoId, LocalDate entregueEm, LocalDate prazoAnaliseAte) {
}
