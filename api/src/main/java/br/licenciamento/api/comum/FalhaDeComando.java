package br.licenciamento.api.comum;

/**
 * Why a command was refused, carried as the details of a command failure so that a caller in another
 * service (through Axon Server) gets the same answer as a caller in the same process.
 *
 * @param tipo     the kind of refusal, which decides the HTTP status
 * @param regra    a stable code naming the rule, for example {@code complementacao-unica}
 * @param mensagem a sentence in Portuguese a person can act on
 */
public record FalhaDeComando(Tipo tipo, String regra, String mensagem) {

    public enum Tipo {
        /** A domain rule forbids the command in the current state. */
        REGRA_VIOLADA,
        /** The aggregate the command addresses does not exist. */
        NAO_ENCONTRADO,
        /** Someone else changed the aggregate first (expected version, duplicate). */
        CONFLITO,
        /** The acting user may not act on this resource (it is assigned to someone else). */
        PROIBIDO
    }
}
