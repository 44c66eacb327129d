package br.licenciamento.licenca.command.acesso;

import br.licenciamento.api.documento.DocumentoAnexado;
import br.licenciamento.api.licenca.LicencaEmitida;
import br.licenciamento.api.processo.AnalistaAtribuido;
import br.licenciamento.api.processo.ProcessoProtocolado;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may act on each process, kept in the publishing transaction (a subscribing processor, see
 * {@link ConfiguracaoDeAcesso}), so a process is guarded from its first command on.
 */
@Component
@ProcessingGroup(AcessosProjection.GRUPO)
class AcessosProjection {

    static final String GRUPO = "acesso-aos-processos";

    /** The requester, the enterprise and the assigned analyst of one process. */
    record Acesso(String processoId, String requerenteId, String empreendimentoId, String analista) {
    }

    private final JdbcClient jdbc;

    AcessosProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProcessoProtocolado evento) {
        jdbc.sql("""
                        INSERT INTO licenca_command.acesso_processo (processo_id, requerente_id, empreendimento_id)
                        VALUES (:id, :requerente, :empreendimento)
                        ON CONFLICT (processo_id) DO NOTHING""")
                .param("id", evento.processoId()).param("requerente", evento.requerenteId())
                .param("empreendimento", evento.empreendimentoId()).update();
    }

    @EventHandler
    void on(AnalistaAtribuido evento) {
        jdbc.sql("UPDATE licenca_command.acesso_processo SET analista = :analista WHERE processo_id = :id")
                .param("analista", evento.analista()).param("id", evento.processoId()).update();
    }

    @EventHandler
    void on(DocumentoAnexado evento) {
        pertence(evento.documentoId(), evento.processoId());
    }

    @EventHandler
    void on(LicencaEmitida evento) {
        pertence(evento.licencaId(), evento.processoId());
    }

    private void pertence(String agregadoId, String processoId) {
        jdbc.sql("""
                        INSERT INTO licenca_command.acesso_agregado (agregado_id, processo_id) VALUES (:id, :processo)
                        ON CONFLICT (agregado_id) DO NOTHING""")
                .param("id", agregadoId).param("processo", processoId).update();
    }

    /** The access data of the process {@code id} names, itself or as the process of a document or licence. */
    Optional<Acesso> doProcessoDe(String id) {
        return jdbc.sql("""
                        SELECT p.processo_id, p.requerente_id, p.empreendimento_id, p.analista FROM licenca_command.acesso_processo p
                        WHERE p.processo_id = :id
                           OR p.processo_id = (SELECT a.processo_id FROM licenca_command.acesso_agregado a WHERE a.agregado_id = :id)""")
                .param("id", id)
                .query((rs, i) -> new Acesso(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }
}
