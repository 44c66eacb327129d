package br.licenciamento.licenca.command.acesso;

import br.licenciamento.api.comum.ChavesDeMetadados;
import org.axonframework.messaging.MetaData;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who acts, read from the command's audit metadata, so the rules hold the same in one process and across services.
 * Commands without a user (sent by the platform itself) are not restricted here.
 */
public record Atuante(String usuario, Set<String> papeis) {

    public static Atuante de(MetaData metadados) {
        Object usuario = metadados.get(ChavesDeMetadados.USUARIO);
        Object papeis = metadados.get(ChavesDeMetadados.PAPEIS);
        Set<String> conjunto = papeis == null ? Set.of() : Arrays.stream(papeis.toString().split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new Atuante(usuario == null ? null : usuario.toString(), conjunto);
    }

    /** An applicant and nothing else: acts only for the persons they represent. */
    public boolean soRequerente() {
        return usuario != null && !papeis.isEmpty() && papeis.stream().allMatch("REQUERENTE"::equals);
    }

    /** An analyst without management powers: acts only on the processes assigned to them. */
    public boolean analistaSemGestao() {
        return usuario != null && papeis.contains("ANALISTA") && !papeis.contains("GESTOR") && !papeis.contains("ADMIN");
    }
}
