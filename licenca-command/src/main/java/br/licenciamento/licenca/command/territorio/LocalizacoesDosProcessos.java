package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.processo.ProcessoArquivado;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoIndeferido;
import br.licenciamento.api.processo.RecursoJulgado;
import br.licenciamento.api.territorio.CamadaPublicada;
import br.licenciamento.api.territorio.LocalizacaoDoEmpreendimentoDefinida;
import org.axonframework.config.ProcessingGroup;
import org.locationtech.jts.geom.Envelope;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Kept in the publishing transaction (a subscribing processor, {@link ConfiguracaoTerritorial}): the envelope of each
 * process's location and whether it is still open, and which layer versions are published.
 */
@Component
@ProcessingGroup(LocalizacoesDosProcessos.GRUPO)
public class LocalizacoesDosProcessos {

    static final String GRUPO = "localizacao-dos-processos";

    private final JdbcClient jdbc;
    private final FeicoesDasCamadas camadas;

    LocalizacoesDosProcessos(JdbcClient jdbc, FeicoesDasCamadas camadas) {
        this.jdbc = jdbc;
        this.camadas = camadas;
    }

    @EventHandler
    void on(CamadaPublicada evento) {
        camadas.marcarPublicada(evento.camadaId(), evento.versao(), evento.publicadaEm());
    }

    @EventHandler
    void on(LocalizacaoDoEmpreendimentoDefinida evento) {
        Envelope e = GeoJson.ler(evento.geometria(), "geometria").getEnvelopeInternal();
        jdbc.sql("""
                        INSERT INTO licenca_command.localizacao_do_processo (processo_id, min_lon, min_lat, max_lon, max_lat)
                        VALUES (:id, :minLon, :minLat, :maxLon, :maxLat)
                        ON CONFLICT (processo_id) DO UPDATE SET min_lon = :minLon, min_lat = :minLat, max_lon = :maxLon,
                            max_lat = :maxLat""")
                .param("id", evento.processoId()).param("minLon", e.getMinX()).param("minLat", e.getMinY())
                .param("maxLon", e.getMaxX()).param("maxLat", e.getMaxY()).update();
    }

    @EventHandler
    void on(ProcessoDeferido evento) {
        encerrado(evento.processoId(), true);
    }

    @EventHandler
    void on(ProcessoIndeferido evento) {
        encerrado(evento.processoId(), true);
    }

    @EventHandler
    void on(ProcessoArquivado evento) {
        encerrado(evento.processoId(), true);
    }

    @EventHandler
    void on(RecursoJulgado evento) {
        encerrado(evento.processoId(), evento.situacaoResultante().encerrado());
    }

    private void encerrado(String processoId, boolean encerrado) {
        jdbc.sql("UPDATE licenca_command.localizacao_do_processo SET encerrado = :encerrado WHERE processo_id = :id")
                .param("encerrado", encerrado).param("id", processoId).update();
    }

    /** The open processes whose location's envelope meets this one. */
    List<String> abertosEm(Envelope e) {
        return jdbc.sql("""
                        SELECT processo_id FROM licenca_command.localizacao_do_processo
                        WHERE NOT encerrado AND min_lon <= :maxLon AND max_lon >= :minLon AND min_lat <= :maxLat AND max_lat >= :minLat
                        ORDER BY processo_id""")
                .param("minLon", e.getMinX()).param("minLat", e.getMinY()).param("maxLon", e.getMaxX()).param("maxLat", e.getMaxY())
                .query(String.class).list();
    }

    Envelope envelopeDe(String processoId) {
        return jdbc.sql("SELECT min_lon, max_lon, min_lat, max_lat FROM licenca_command.localizacao_do_processo WHERE processo_id = :id")
                .param("id", processoId)
                .query((rs, i) -> new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                .optional().orElse(null);
    }
}
