package br.licenciamento.api.documento;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches an uploaded file to a process; the bytes are already in the content store under {@code sha256}. */
public record AnexarDocumento(
        @TargetAggregateIdentifier String documentoId,
        String processoId,
        String categoria,
        String nomeArquivo,
        String tipoDeMidia,
        long tamanho,
        String sha256) {
}
