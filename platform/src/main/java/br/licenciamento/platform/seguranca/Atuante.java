package br.licenciamento.platform.seguranca;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import org.axonframework.messaging.MetaData;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who acts: from a command's audit metadata (so the rules hold the same in one process and across services) or from
 * the signed-in user of a request. Commands without a user (sent by the platform itself) are not restricted.
 */
public record Atuante(String usuario, Set<String> papeis) {

    public static Atuante de(MetaData metadados) {
        Object usuario = metadados.get(ChavesDeMetadados.USUARIO);
        Object papeis = metadados.get(ChavesDeMetadados.PAPEIS);
        Set<String> conjunto = papeis == null ? Set.of() : Arrays.stream(papeis.toString().split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new Atuante(usuario == null ? null : usuario.toString(), conjunto);
    }

    public static Atuante de(UsuarioAtual usuario) {
        return new Atuante(usuario.sujeito(), Set.copyOf(usuario.papeis()));
    }

    /** An applicant and nothing else: reaches only the persons they represent and what belongs to them. */
    public boolean soRequerente() {
        return usuario != null && !papeis.isEmpty() && papeis.stream().allMatch(Papeis.REQUERENTE::equals);
    }

    /** An analyst without management powers: acts only on the processes assigned to them. */
    public boolean analistaSemGestao() {
        return usuario != null && papeis.contains(Papeis.ANALISTA) && !papeis.contains(Papeis.GESTOR)
                && !papeis.contains(Papeis.ADMIN);
    }

    /** Agency staff, who may record acts on a person's behalf when the person signed a document for it. */
    public boolean equipeDoOrgao() {
        return papeis.contains(Papeis.ANALISTA) || papeis.contains(Papeis.GESTOR);
    }
}
