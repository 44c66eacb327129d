package br.licenciamento.api.processo;

/** Why a second complementation is allowed (CONAMA 237 art. 10 IV). */
public enum MotivoDeNovaComplementacao {
    FATO_NOVO, RESPOSTA_INSATISFATORIA
}
