package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.LocalDate;

/**
 * What was filed and stays fixed for the life of a process: who asked, for which enterprise, which licence, under which
 * regime, on which day and under which version of the rule catalogue.
 */
record Requerimento(String processoId, String requerenteId, String empreendimentoId, String empreendimento,
                    TipoLicenca tipoLicenca, RegimeJuridico regime, LocalDate protocoladoEm, int versaoDoCatalogo) {

    static Requerimento de(ProcessoProtocolado evento) {
        return new Requerimento(evento.processoId(), evento.requerenteId(), evento.empreendimentoId(),
                evento.empreendimento(), evento.tipoLicenca(), evento.regime(), DiasLegais.dia(evento.protocoladoEm()),
                evento.versaoDoCatalogo());
    }
}
