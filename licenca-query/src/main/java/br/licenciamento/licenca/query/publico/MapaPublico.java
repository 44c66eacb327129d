package br.licenciamento.licenca.query.publico;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.api.territorio.CaixaEnvolvente;
import br.licenciamento.licenca.query.leitura.LeituraNumInstante;
import br.licenciamento.licenca.query.registro.ConsultaDeLicencas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Licences and processes on the public map: every licence whose process has a location, and every located process
 * that has no licence yet, so each place appears once per licence or request. Read from the search model (location
 * and bounding box) and the licence registry (effective situation today), in one snapshot.
 */
@Component
class MapaPublico {

    static final String LICENCA = "licenca";
    static final String PROCESSO = "processo";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The bounding box of the location meets the requested one (both in longitude-latitude). */
    private static final String NA_CAIXA = "r.geometria IS NOT NULL AND r.lon_max >= :oeste AND r.lon_min <= :leste"
            + " AND r.lat_max >= :sul AND r.lat_min <= :norte";

    private static final String ITENS = """
            SELECT 'licenca' AS categoria, l.numero, l.tipo_licenca, l.situacao_efetiva AS situacao, l.empreendimento,
                   l.requerente_id, l.municipio_ibge, l.valida_ate, l.processo_numero, r.geometria
            FROM (SELECT *, %s AS situacao_efetiva FROM licenca_query.licenca_registro) l
            JOIN licenca_query.processo_resumo r ON r.processo_id = l.processo_id
            WHERE %s
            UNION ALL
            SELECT 'processo', r.numero, r.tipo_licenca, r.situacao, r.empreendimento, r.requerente_id, r.municipio_ibge,
                   NULL, r.numero, r.geometria
            FROM licenca_query.processo_resumo r
            WHERE %s AND NOT EXISTS (SELECT 1 FROM licenca_query.licenca_registro x WHERE x.processo_id = r.processo_id)
            """.formatted(ConsultaDeLicencas.SITUACAO_EFETIVA, NA_CAIXA, NA_CAIXA);

    private final JdbcClient jdbc;
    private final Clock relogio;
    private final LeituraNumInstante leitura;

    MapaPublico(JdbcClient jdbc, Clock relogio, LeituraNumInstante leitura) {
        this.jdbc = jdbc;
        this.relogio = relogio;
        this.leitura = leitura;
    }

    /** One item of the map before the public rules decide what of it is shown. */
    record ItemDoMapa(String categoria, String numero, TipoLicenca tipoLicenca, String situacao, String empreendimento,
                      String requerenteId, String municipioIbge, java.time.LocalDate validaAte, String processoNumero,
                      Map<String, Object> geometria) {
    }

    record PaginaDoMapa(List<ItemDoMapa> itens, long total) {
    }

    /** Licences first, then processes, each by number: a stable order, so pages never overlap. */
    PaginaDoMapa ler(CaixaEnvolvente caixa, int pagina, int tamanho) {
        Map<String, Object> parametros = new HashMap<>();
        parametros.put("hoje", Date.valueOf(DiasLegais.hoje(relogio)));
        parametros.put("oeste", caixa.oeste());
        parametros.put("sul", caixa.sul());
        parametros.put("leste", caixa.leste());
        parametros.put("norte", caixa.norte());
        return leitura.ler(() -> {
            long total = jdbc.sql("SELECT count(*) FROM (" + ITENS + ") t").params(parametros).query(Long.class).single();
            List<ItemDoMapa> itens = jdbc.sql("SELECT * FROM (" + ITENS + ") t ORDER BY categoria, numero"
                            + " LIMIT :limite OFFSET :deslocamento")
                    .params(parametros)
                    .param("limite", tamanho)
                    .param("deslocamento", (long) pagina * tamanho)
                    .query((rs, i) -> {
                        Date validade = rs.getDate("valida_ate");
                        return new ItemDoMapa(rs.getString("categoria"), rs.getString("numero"),
                                TipoLicenca.valueOf(rs.getString("tipo_licenca")), rs.getString("situacao"),
                                rs.getString("empreendimento"), rs.getString("requerente_id"), rs.getString("municipio_ibge"),
                                validade == null ? null : validade.toLocalDate(), rs.getString("processo_numero"),
                                geometria(rs.getString("geometria")));
                    })
                    .list();
            return new PaginaDoMapa(itens, total);
        });
    }

    /** The projection stored it re-written from a parsed tree, so it parses; an object in any case. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> geometria(String geojson) {
        try {
            return JSON.readValue(geojson, LinkedHashMap.class);
        } catch (JacksonException e) {
            return Map.of();
        }
    }
}
