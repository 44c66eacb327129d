package br.licenciamento.api.documento;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A new version of the document supersedes the current one. */
public record AnexarNovaVersao(
        @TargetAggregateIdentifier String documentoId,
        @TargetAggregateVersion Long versao,
        String nomeArquivo,
        String tipoDeMidia,
        long tamanho,
        String sha256) {
}
