package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.TipoDeCamada;
import br.licenciamento.api.territorio.VersaoDeCamada;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The features of every layer version in PostgreSQL (geometry as WKB; there is no PostGIS): a version is stored
 * whole before it is published, and read back whole when the memory index is (re)built.
 */
@Component
public class FeicoesDasCamadas {

    /** A version as the list of layers shows it. */
    public record Versao(String camadaId, String nome, TipoDeCamada tipo, int versao, int feicoes, Instant publicadaEm) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transacao;

    FeicoesDasCamadas(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transacao) {
        this.jdbc = jdbc;
        this.template = template;
        this.transacao = transacao;
    }

    /**
     * Stores a new version, not yet published, under the next number; returns it. Two uploads of the same layer at
     * once collide on the key and the later one fails (nothing of it stays).
     */
    public int reservar(String camadaId, String nome, TipoDeCamada tipo, String sha256, List<Feicao> feicoes) {
        Integer versao = transacao.execute(status -> {
            int proxima = jdbc.sql("SELECT COALESCE(MAX(versao), 0) + 1 FROM licenca_command.versao_de_camada WHERE camada_id = :id")
                    .param("id", camadaId).query(Integer.class).single();
            jdbc.sql("""
                            INSERT INTO licenca_command.versao_de_camada (camada_id, versao, nome, tipo, feicoes, sha256)
                            VALUES (:id, :versao, :nome, :tipo, :feicoes, :sha)""")
                    .param("id", camadaId).param("versao", proxima).param("nome", nome).param("tipo", tipo.name())
                    .param("feicoes", feicoes.size()).param("sha", sha256).update();
            WKBWriter wkb = new WKBWriter();
            template.batchUpdate("""
                            INSERT INTO licenca_command.feicao_de_camada (camada_id, versao, feicao_id, nome, esfera, categoria,
                                faixa_metros, uf, municipio_ibge, geometria) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    feicoes, 1000, (ps, f) -> {
                        ps.setString(1, camadaId);
                        ps.setInt(2, proxima);
                        ps.setString(3, f.id());
                        ps.setString(4, f.nome());
                        ps.setString(5, f.esfera() == null ? null : f.esfera().name());
                        ps.setString(6, f.categoria());
                        ps.setObject(7, f.faixaMetros());
                        ps.setString(8, f.uf());
                        ps.setString(9, f.municipioIbge());
                        ps.setBytes(10, wkb.write(f.geometria()));
                    });
            return proxima;
        });
        return versao == null ? 0 : versao;
    }

    /** An upload whose publication was refused leaves nothing behind. */
    public void descartar(String camadaId, int versao) {
        transacao.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM licenca_command.feicao_de_camada WHERE camada_id = :id AND versao = :versao")
                    .param("id", camadaId).param("versao", versao).update();
            jdbc.sql("DELETE FROM licenca_command.versao_de_camada WHERE camada_id = :id AND versao = :versao AND NOT publicada")
                    .param("id", camadaId).param("versao", versao).update();
        });
    }

    /** Called in the publishing transaction ({@code CamadaPublicada}). */
    public void marcarPublicada(String camadaId, int versao, Instant publicadaEm) {
        jdbc.sql("UPDATE licenca_command.versao_de_camada SET publicada = TRUE, publicada_em = :em WHERE camada_id = :id AND versao = :versao")
                .param("em", Timestamp.from(publicadaEm)).param("id", camadaId).param("versao", versao).update();
    }

    /** The newest published version of each layer. */
    public List<Versao> vigentes() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (camada_id) camada_id, nome, tipo, versao, feicoes, publicada_em
                        FROM licenca_command.versao_de_camada WHERE publicada ORDER BY camada_id, versao DESC""")
                .query((rs, i) -> new Versao(rs.getString(1), rs.getString(2), TipoDeCamada.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    public CamadaCarregada carregar(Versao v) {
        return new CamadaCarregada(new VersaoDeCamada(v.camadaId(), v.nome(), v.tipo(), v.versao()), v.publicadaEm(),
                feicoes(v.camadaId(), v.tipo(), v.versao()));
    }

    /** The features of one stored version; none when it does not exist. */
    public List<Feicao> feicoes(String camadaId, int versao) {
        return jdbc.sql("SELECT tipo FROM licenca_command.versao_de_camada WHERE camada_id = :id AND versao = :versao")
                .param("id", camadaId).param("versao", versao).query(String.class).optional()
                .map(tipo -> feicoes(camadaId, TipoDeCamada.valueOf(tipo), versao)).orElse(List.of());
    }

    private List<Feicao> feicoes(String camadaId, TipoDeCamada tipo, int versao) {
        WKBReader leitor = new WKBReader(GeoJson.FABRICA);
        return jdbc.sql("""
                        SELECT feicao_id, nome, esfera, categoria, faixa_metros, uf, municipio_ibge, geometria
                        FROM licenca_command.feicao_de_camada WHERE camada_id = :id AND versao = :versao""")
                .param("id", camadaId).param("versao", versao)
                .query((rs, i) -> {
                    try {
                        return new Feicao(camadaId, versao, tipo, rs.getString(1), rs.getString(2),
                                rs.getString(3) == null ? null : Esfera.valueOf(rs.getString(3)), rs.getString(4),
                                (Double) rs.getObject(5), rs.getString(6), rs.getString(7), leitor.read(rs.getBytes(8)));
                    } catch (ParseException e) {
                        throw new IllegalStateException("Geometria gravada ilegível na camada " + camadaId, e);
                    }
                })
                .list();
    }
}
