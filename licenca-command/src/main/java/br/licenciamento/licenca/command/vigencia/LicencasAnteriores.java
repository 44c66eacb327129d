package br.licenciamento.licenca.command.vigencia;

import java.util.Optional;

/**
 * The licences this module issued, kept in its own schema from its own events, so a filing can check the prior
 * licence an LI or LO depends on without loading another aggregate.
 */
public interface LicencasAnteriores {

    Optional<LicencaRegistrada> buscar(String licencaId);
}
