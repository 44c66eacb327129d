package br.licenciamento.platform.seguranca;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/** The acting user is the subject of the validated access token and the roles it carries. */
public class UsuarioDoToken implements UsuarioAtual {

    @Override
    public String sujeito() {
        Authentication autenticacao = SecurityContextHolder.getContext().getAuthentication();
        return autenticacao instanceof JwtAuthenticationToken jwt ? jwt.getToken().getSubject() : ChavesDeMetadados.USUARIO_ANONIMO;
    }

    @Override
    public List<String> papeis() {
        Authentication autenticacao = SecurityContextHolder.getContext().getAuthentication();
        if (autenticacao instanceof JwtAuthenticationToken jwt) {
            List<String> papeis = jwt.getToken().getClaimAsStringList(Papeis.CLAIM);
            return papeis != null ? papeis : List.of();
        }
        return List.of();
    }
}
