package br.licenciamento.auth.usuario;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Loads a user for the login form. A disabled account and one locked after repeated failures are refused
 * before the password is checked.
 */
@Service
public class ContasDeUsuario implements UserDetailsService {

    private final Usuarios usuarios;
    private final Clock relogio;

    public ContasDeUsuario(Usuarios usuarios, Clock relogio) {
        this.usuarios = usuarios;
        this.relogio = relogio;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        Usuario usuario = usuarios.porLogin(login).orElseThrow(() -> new UsernameNotFoundException("Usuário desconhecido"));
        return User.withUsername(usuario.login())
                .password(usuario.senhaHash())
                .roles(usuario.papeis().toArray(String[]::new))
                .disabled(!usuario.ativo())
                .accountLocked(usuario.bloqueadoEm(relogio.instant()))
                .build();
    }
}
