package br.licenciamento.licenca.command.processo;

import java.time.Instant;

/** Hands out the protocol number a filed request is known by: year of filing and a unique sequence. */
public interface NumeracaoDeProtocolo {

    String proximo(Instant protocolo);
}
