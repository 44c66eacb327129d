package br.licenciamento.api.territorio;

import java.time.Instant;

/** The manager of a protected territory authorized the licence (or was notified); the grant waits for it no more. */
public record AnuenciaRegistrada(String processoId, String feicaoId, String documento, String registradaPor,
                                 Instant registradaEm) {
}
