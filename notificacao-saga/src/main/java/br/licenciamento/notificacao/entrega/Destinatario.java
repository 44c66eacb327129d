package br.licenciamento.notificacao.entrega;

/**
 * Who a notification is for: a person of the registry (the applicant, by pessoaId), a role group (ANALISTA,
 * GESTOR), or one signed-in user by subject.
 */
public record Destinatario(Tipo tipo, String id) {

    public enum Tipo { PESSOA, PAPEL, USUARIO }

    public static Destinatario pessoa(String pessoaId) {
        return new Destinatario(Tipo.PESSOA, pessoaId);
    }

    public static Destinatario papel(String papel) {
        return new Destinatario(Tipo.PAPEL, papel);
    }

    public static Destinatario usuario(String sujeito) {
        return new Destinatario(Tipo.USUARIO, sujeito);
    }

    @Override
    public String toString() {
        return tipo + ":" + id;
    }
}
