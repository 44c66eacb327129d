package br.licenciamento.api.comum;

/**
 * Why a command was refused, carried as the details of a command failure so that a caller in another
 * service (through Axon Server) gets the same answer as a caller in the same process.
 *
 * @param tipo     the kind of refusal, which decides the HTTP status
 * @param regra    a stable code naming the rule, for example {@code complementacao-unica}
 * @param mensagem    a sentence in Portuguese a person can act on
 * @param versaoAtual the resource's current version, when the refusal is that the client's expected one is stale
 */
public record FalhaDeComando(Tipo tipo, String regra, String mensagem, Long versaoAtual) {

    public FalhaDeComando(Tipo tipo, String regra, String mensagem) {
        this(tipo, regra, mensagem, null);
    }

    public enum Tipo {
        /** A domain rule forbids the command in the current state. */
        REGRA_VIOLADA,
        /** The aggregate the command addresses does not exist. */
        NAO_ENCONTRADO,
        /** Someone else changed the aggregate at the same moment (a race between two requests, a duplicate). */
        CONFLITO,
        /** The version the client expected ({@code If-Match}) is no longer the current one (RFC 9110: 412). */
        VERSAO_DESATUALIZADA,
        /** The acting user may not act on this resource (it is assigned to someone else). */
        PROIBIDO
    }
}
