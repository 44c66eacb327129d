package br.licenciamento.api.comum;

/**
 * Keys of the audit metadata every command and event carries: who acted, from where, and which request and
 * message led to it. The audit trail reads them back, so they are part of the published language.
 */
public final class ChavesDeMetadados {

    /** Id shared by every message that descends from one request. */
    public static final String CORRELACAO = "correlationId";
    /** Id of the message (or request) that directly caused this one. */
    public static final String CAUSA = "causationId";
    /** Subject of the acting user; {@link #USUARIO_ANONIMO} until someone signs in. */
    public static final String USUARIO = "usuario";
    /** Roles of the acting user, comma separated. */
    public static final String PAPEIS = "papeis";
    /** Client address of the request, where known. */
    public static final String IP = "ip";

    /**
     * On events written while a homologation clock was moved forward: by how much (ISO-8601 duration), so an auditor
     * never takes simulated time for real time.
     */
    public static final String RELOGIO_DESLOCADO = "relogioDeslocado";

    /**
     * On the events that tell the past of a process imported from a former system: the import's id. They are history,
     * so no notification is sent for them.
     */
    public static final String IMPORTACAO = "importacao";

    public static final String USUARIO_ANONIMO = "anonimo";

    private ChavesDeMetadados() {
    }
}
