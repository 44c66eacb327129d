package br.licenciamento.licenca.query.pesquisa;

import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.territorio.Esfera;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;

/**
 * What one event changes in its process's search row, applied by one statement whatever the event: so the changes
 * of a batch go to PostgreSQL as one JDBC batch (one round trip) instead of one statement each. A column the event
 * does not touch keeps its value; the row moves to the event only when the event is newer than the last one applied.
 */
final class AlteracaoDoResumo {

    static final String SQL = """
            UPDATE licenca_query.processo_resumo SET
                situacao          = COALESCE(:situacao, situacao),
                analista          = COALESCE(:analista, analista),
                encerrado         = COALESCE(:encerrado, encerrado),
                prazo_analise_ate = CASE WHEN :mudaPrazo THEN :prazo ELSE prazo_analise_ate END,
                inicio_contagem   = CASE WHEN :mudaInicio THEN :inicio ELSE inicio_contagem END,
                suspenso_desde    = CASE WHEN :mudaSuspensao THEN :suspensoDesde ELSE suspenso_desde END,
                dias_suspensos    = CASE WHEN :zeraDias THEN 0 ELSE dias_suspensos END + :diasSomados,
                geometria         = CASE WHEN :mudaLocal THEN :geometria ELSE geometria END,
                lon_min           = CASE WHEN :mudaLocal THEN :lonMin ELSE lon_min END,
                lat_min           = CASE WHEN :mudaLocal THEN :latMin ELSE lat_min END,
                lon_max           = CASE WHEN :mudaLocal THEN :lonMax ELSE lon_max END,
                lat_max           = CASE WHEN :mudaLocal THEN :latMax ELSE lat_max END,
                esfera_competente = CASE WHEN :mudaCompetencia THEN :esfera ELSE esfera_competente END,
                competente        = CASE WHEN :mudaCompetencia THEN :competente ELSE competente END,
                ultima_sequencia  = :sequencia
            WHERE processo_id = :id AND ultima_sequencia < :sequencia""";

    private SituacaoProcesso situacao;
    private String analista;
    private Boolean encerrado;
    private boolean mudaPrazo;
    private LocalDate prazo;
    private boolean mudaInicio;
    private LocalDate inicio;
    private boolean mudaSuspensao;
    private LocalDate suspensoDesde;
    private boolean zeraDias;
    private int diasSomados;
    private GeometriaDoProcesso local;
    private boolean mudaCompetencia;
    private Esfera esfera;
    private Boolean competente;

    /** Only the event's sequence: the row records that it was applied. */
    static AlteracaoDoResumo nenhuma() {
        return new AlteracaoDoResumo();
    }

    static AlteracaoDoResumo localizacao(GeometriaDoProcesso local) {
        AlteracaoDoResumo alteracao = new AlteracaoDoResumo();
        alteracao.local = local;
        return alteracao;
    }

    /** The sphere the latest territorial analysis found competent, and whether this agency is it. */
    static AlteracaoDoResumo competencia(Esfera esfera, boolean competente) {
        AlteracaoDoResumo alteracao = new AlteracaoDoResumo();
        alteracao.mudaCompetencia = true;
        alteracao.esfera = esfera;
        alteracao.competente = esfera == null ? null : competente;
        return alteracao;
    }

    static AlteracaoDoResumo situacao(SituacaoProcesso situacao) {
        AlteracaoDoResumo alteracao = new AlteracaoDoResumo();
        alteracao.situacao = situacao;
        return alteracao;
    }

    static AlteracaoDoResumo analista(String analista) {
        AlteracaoDoResumo alteracao = new AlteracaoDoResumo();
        alteracao.analista = analista;
        return alteracao;
    }

    /** The analysis due date in force; null for a LAC, which has none. */
    static AlteracaoDoResumo prazo(LocalDate prazo) {
        return new AlteracaoDoResumo().comPrazo(prazo);
    }

    AlteracaoDoResumo comPrazo(LocalDate prazo) {
        this.mudaPrazo = true;
        this.prazo = prazo;
        return this;
    }

    /** The analysis clock starts again on this day, with no paused days and no pause under way. */
    AlteracaoDoResumo contagemReiniciadaEm(LocalDate inicio) {
        this.mudaInicio = true;
        this.inicio = inicio;
        this.zeraDias = true;
        return semSuspensao();
    }

    AlteracaoDoResumo suspensoDesde(LocalDate dia) {
        this.mudaSuspensao = true;
        this.suspensoDesde = dia;
        return this;
    }

    AlteracaoDoResumo semSuspensao() {
        return suspensoDesde(null);
    }

    AlteracaoDoResumo somandoDiasSuspensos(int dias) {
        this.diasSomados += dias;
        return this;
    }

    AlteracaoDoResumo encerrado(boolean encerrado) {
        this.encerrado = encerrado;
        return this;
    }

    /** Typed even when null, so PostgreSQL need not guess the type of an absent value. */
    MapSqlParameterSource parametros(String processoId, long sequencia) {
        return new MapSqlParameterSource()
                .addValue("id", processoId)
                .addValue("sequencia", sequencia)
                .addValue("situacao", situacao == null ? null : situacao.name(), Types.VARCHAR)
                .addValue("analista", analista, Types.VARCHAR)
                .addValue("encerrado", encerrado, Types.BOOLEAN)
                .addValue("mudaPrazo", mudaPrazo, Types.BOOLEAN)
                .addValue("prazo", data(prazo), Types.DATE)
                .addValue("mudaInicio", mudaInicio, Types.BOOLEAN)
                .addValue("inicio", data(inicio), Types.DATE)
                .addValue("mudaSuspensao", mudaSuspensao, Types.BOOLEAN)
                .addValue("suspensoDesde", data(suspensoDesde), Types.DATE)
                .addValue("zeraDias", zeraDias, Types.BOOLEAN)
                .addValue("diasSomados", diasSomados, Types.INTEGER)
                .addValue("mudaLocal", local != null, Types.BOOLEAN)
                .addValue("geometria", local == null ? null : local.geojson(), Types.VARCHAR)
                .addValue("lonMin", local == null ? null : local.lonMin(), Types.DOUBLE)
                .addValue("latMin", local == null ? null : local.latMin(), Types.DOUBLE)
                .addValue("lonMax", local == null ? null : local.lonMax(), Types.DOUBLE)
                .addValue("latMax", local == null ? null : local.latMax(), Types.DOUBLE)
                .addValue("mudaCompetencia", mudaCompetencia, Types.BOOLEAN)
                .addValue("esfera", esfera == null ? null : esfera.name(), Types.VARCHAR)
                .addValue("competente", competente, Types.BOOLEAN);
    }

    private static Date data(LocalDate dia) {
        return dia == null ? null : Date.valueOf(dia);
    }
}
