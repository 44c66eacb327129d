package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.api.licenca.LicencaCancelada;
import br.licenciamento.api.licenca.LicencaEmitida;
import br.licenciamento.api.licenca.LicencaRenovada;
import br.licenciamento.api.licenca.LicencaSuspensa;
import br.licenciamento.api.licenca.LicencaVencida;
import br.licenciamento.api.licenca.RenovacaoIndeferida;
import br.licenciamento.api.licenca.RenovacaoSolicitada;
import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.TipoLicenca;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.Optional;

/**
 * The licence registry the filing rule reads. A subscribing processor keeps it in the same transaction as the
 * licence's events, so a licence is known to the next filing the moment it is issued.
 */
@Component
@ProcessingGroup(LicencasAnterioresProjection.GRUPO)
class LicencasAnterioresProjection implements LicencasAnteriores {

    static final String GRUPO = "registro-de-licencas";

    private final JdbcClient jdbc;

    LicencasAnterioresProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LicencaRegistrada> buscar(String licencaId) {
        return jdbc.sql("SELECT * FROM licenca_command.registro_licenca WHERE licenca_id = :id")
                .param("id", licencaId)
                .query((rs, i) -> new LicencaRegistrada(rs.getString("licenca_id"), rs.getString("empreendimento_id"),
                        TipoLicenca.valueOf(rs.getString("tipo_licenca")), SituacaoLicenca.valueOf(rs.getString("situacao")),
                        rs.getDate("valida_ate").toLocalDate(), rs.getBoolean("prorrogada_ate_decisao")))
                .optional();
    }

    @EventHandler
    void on(LicencaEmitida evento) {
        jdbc.sql("""
                        INSERT INTO licenca_command.registro_licenca
                            (licenca_id, empreendimento_id, tipo_licenca, situacao, valida_ate, prorrogada_ate_decisao)
                        VALUES (:id, :empreendimento, :tipo, :situacao, :validaAte, false)
                        ON CONFLICT (licenca_id) DO NOTHING""")
                .param("id", evento.licencaId())
                .param("empreendimento", evento.empreendimentoId())
                .param("tipo", evento.tipoLicenca().name())
                .param("situacao", SituacaoLicenca.VIGENTE.name())
                .param("validaAte", Date.valueOf(evento.validaAte()))
                .update();
    }

    @EventHandler
    void on(RenovacaoSolicitada evento) {
        jdbc.sql("UPDATE licenca_command.registro_licenca SET prorrogada_ate_decisao = :p WHERE licenca_id = :id")
                .param("p", evento.prorrogadaAteDecisao()).param("id", evento.licencaId()).update();
    }

    @EventHandler
    void on(LicencaRenovada evento) {
        jdbc.sql("""
                        UPDATE licenca_command.registro_licenca SET prorrogada_ate_decisao = false, valida_ate = :validaAte
                        WHERE licenca_id = :id""")
                .param("validaAte", Date.valueOf(evento.validaAte())).param("id", evento.licencaId()).update();
    }

    @EventHandler
    void on(RenovacaoIndeferida evento) {
        jdbc.sql("UPDATE licenca_command.registro_licenca SET prorrogada_ate_decisao = false WHERE licenca_id = :id")
                .param("id", evento.licencaId()).update();
    }

    @EventHandler
    void on(LicencaSuspensa evento) {
        situacao(evento.licencaId(), SituacaoLicenca.SUSPENSA);
    }

    @EventHandler
    void on(LicencaCancelada evento) {
        situacao(evento.licencaId(), SituacaoLicenca.CANCELADA);
    }

    @EventHandler
    void on(LicencaVencida evento) {
        situacao(evento.licencaId(), SituacaoLicenca.VENCIDA);
    }

    private void situacao(String licencaId, SituacaoLicenca situacao) {
        jdbc.sql("UPDATE licenca_command.registro_licenca SET situacao = :s WHERE licenca_id = :id")
                .param("s", situacao.name()).param("id", licencaId).update();
    }
}
