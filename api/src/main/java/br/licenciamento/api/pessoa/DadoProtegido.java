package br.licenciamento.api.pessoa;

/**
 * A personal value as stored in events: encrypted with the person's own key (AES-GCM, Base64 of IV and
 * ciphertext). Deleting that key makes every copy unreadable without rewriting the event store (LGPD).
 */
public record DadoProtegido(String cifrado) {
}
