package br.licenciamento.api.territorio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Closes a request that the territorial analysis found to belong to another sphere (LC 140/2011):
 * {@code ProcessoArquivado} with {@code MotivoDeArquivamento.ORGAO_NAO_COMPETENTE}.
 */
public record ArquivarPorIncompetencia(@TargetAggregateIdentifier String processoId, @TargetAggregateVersion Long versao,
                                       String detalhe) {
}
