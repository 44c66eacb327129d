package br.licenciamento.api.documento;

import java.time.Instant;

public record NovaVersaoAnexada(String documentoId, String processoId, int numeroVersao, int versaoSubstituida,
                                String nomeArquivo, String tipoDeMidia, long tamanho, String sha256,
                                Instant anexadoEm) {
}
