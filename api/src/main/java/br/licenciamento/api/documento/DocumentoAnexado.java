package br.licenciamento.api.documento;

import java.time.Instant;

/** A document was attached to a process as version 1. Events carry the hash and metadata, never the bytes. */
public record DocumentoAnexado(String documentoId, String processoId, String categoria, String nomeArquivo,
                               String tipoDeMidia, long tamanho, String sha256, int numeroVersao, Instant anexadoEm) {
}
