package br.licenciamento.auth.usuario;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person who signs in, as stored in {@code auth.usuario}. The password hash never leaves this module. */
public record Usuario(UUID id, String login, String nome, String email, String senhaHash, List<String> papeis,
                      boolean ativo, int falhasDeLogin, Instant bloqueadoAte, Instant criadoEm) {

    public boolean bloqueadoEm(Instant agora) {
        return bloqueadoAte != null && bloqueadoAte.isAfter(agora);
    }
}
