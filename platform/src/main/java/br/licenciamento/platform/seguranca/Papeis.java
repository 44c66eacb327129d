package br.licenciamento.platform.seguranca;

/**
 * The roles of the platform and the JWT claim that carries them. Tokens list them without prefix
 * ({@code "papeis":["GESTOR"]}); Spring Security sees them as {@code ROLE_GESTOR}.
 */
public final class Papeis {

    /** Acts for the persons they represent. */
    public static final String REQUERENTE = "REQUERENTE";
    /** Analyses the processes assigned to them. */
    public static final String ANALISTA = "ANALISTA";
    /** Classification, assignment, decision. */
    public static final String GESTOR = "GESTOR";
    /** Field inspections. */
    public static final String FISCAL = "FISCAL";
    /** Reads everything, audit trails included; changes nothing. */
    public static final String AUDITOR = "AUDITOR";
    /** Users and operations. */
    public static final String ADMIN = "ADMIN";
    /** Machine clients (client credentials), e.g. a payment provider confirming fees. */
    public static final String SISTEMA = "SISTEMA";

    /** Everyone who may read process, licence and person data (each module's guard then narrows it to what is theirs). */
    public static String[] leitores() {
        return new String[]{REQUERENTE, ANALISTA, GESTOR, FISCAL, AUDITOR};
    }

    /** Claim of the access token with the roles of the subject. */
    public static final String CLAIM = "papeis";

    private Papeis() {
    }
}
