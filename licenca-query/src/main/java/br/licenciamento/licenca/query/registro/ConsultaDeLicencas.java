package br.licenciamento.licenca.query.registro;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.leitura.LeituraNumInstante;
import br.licenciamento.licenca.query.pesquisa.PrazoDeAnalise;
import br.licenciamento.licenca.query.titularidade.Titularidade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the licence registry. The situation it answers is the effective one today: the situation the licence's
 * events recorded, except that a licence still recorded as VIGENTE whose validity ended without an in-time renewal
 * keeping it extended is VENCIDA already, before the validity saga records the expiry.
 */
@Component
public class ConsultaDeLicencas {

    /** Effective situation with the parameter {@code :hoje}. */
    public static final String SITUACAO_EFETIVA = "(CASE WHEN situacao <> 'VIGENTE' THEN situacao"
            + " WHEN valida_ate < CAST(:hoje AS DATE) AND NOT prorrogada_ate_decisao THEN 'VENCIDA' ELSE 'VIGENTE' END)";

    private final JdbcClient jdbc;
    private final Clock relogio;
    private final LeituraNumInstante leitura;

    ConsultaDeLicencas(JdbcClient jdbc, Clock relogio, LeituraNumInstante leitura) {
        this.jdbc = jdbc;
        this.relogio = relogio;
        this.leitura = leitura;
    }

    /** The page and its total from the same snapshot. */
    public PaginaDeLicencas pesquisar(FiltroDeLicencas filtro) {
        return leitura.ler(() -> pesquisarNoInstante(filtro));
    }

    private PaginaDeLicencas pesquisarNoInstante(FiltroDeLicencas filtro) {
        List<String> condicoes = new ArrayList<>();
        Map<String, Object> parametros = new HashMap<>();
        LocalDate hoje = DiasLegais.hoje(relogio);
        parametros.put("hoje", Date.valueOf(hoje));
        if (filtro.situacao() != null) {
            condicoes.add(switch (filtro.situacao()) {
                case VIGENTE -> "situacao = 'VIGENTE' AND (valida_ate >= CAST(:hoje AS DATE) OR prorrogada_ate_decisao)";
                case VENCIDA -> "(situacao = 'VENCIDA' OR (situacao = 'VIGENTE' AND valida_ate < CAST(:hoje AS DATE)"
                        + " AND NOT prorrogada_ate_decisao))";
                case SUSPENSA, CANCELADA -> "situacao = '" + filtro.situacao().name() + "'";
            });
        }
        if (filtro.vencendoEmDias() != null) {
            condicoes.add("situacao = 'VIGENTE' AND NOT prorrogada_ate_decisao"
                    + " AND valida_ate BETWEEN CAST(:hoje AS DATE) AND CAST(:limiteDeVencimento AS DATE)");
            parametros.put("limiteDeVencimento", Date.valueOf(hoje.plusDays(filtro.vencendoEmDias())));
        }
        if (filtro.tipoLicenca() != null) {
            condicoes.add("tipo_licenca = :tipo");
            parametros.put("tipo", filtro.tipoLicenca().name());
        }
        if (filtro.municipioIbge() != null) {
            condicoes.add("municipio_ibge = :municipio");
            parametros.put("municipio", filtro.municipioIbge());
        }
        if (filtro.titular() != null) {
            condicoes.add("requerente_id = :titular");
            parametros.put("titular", filtro.titular());
        }
        if (!restringir(condicoes, parametros, "doDocumento", filtro.requerentesDoDocumento())
                || filtro.visiveis() != null && filtro.visiveis().nenhum()) {
            return new PaginaDeLicencas(List.of(), 0, filtro.pagina(), filtro.tamanho());
        }
        if (filtro.visiveis() != null) {
            condicoes.add(Titularidade.condicao(filtro.visiveis(), parametros));
        }
        if (filtro.empreendimentoId() != null) {
            condicoes.add("empreendimento_id = :empreendimento");
            parametros.put("empreendimento", filtro.empreendimentoId());
        }
        if (filtro.numero() != null) {
            condicoes.add("numero = :numero");
            parametros.put("numero", filtro.numero());
        }
        if (filtro.emitidaDe() != null) {
            condicoes.add("emitida_em >= :emitidaDe");
            parametros.put("emitidaDe", Date.valueOf(filtro.emitidaDe()));
        }
        if (filtro.emitidaAte() != null) {
            condicoes.add("emitida_em <= :emitidaAte");
            parametros.put("emitidaAte", Date.valueOf(filtro.emitidaAte()));
        }
        String where = condicoes.isEmpty() ? "" : " WHERE " + String.join(" AND ", condicoes);
        long total = jdbc.sql("SELECT count(*) FROM licenca_query.licenca_registro" + where)
                .params(parametros).query(Long.class).single();
        String direcao = filtro.crescente() ? " ASC" : " DESC";
        String ordem = switch (filtro.ordem() == null ? FiltroDeLicencas.Ordem.EMISSAO : filtro.ordem()) {
            case EMISSAO -> "emitida_em";
            case VALIDADE -> "valida_ate";
            case NUMERO -> "numero";
        };
        List<ResumoLicenca> itens = jdbc.sql("SELECT *, " + SITUACAO_EFETIVA + " AS situacao_efetiva FROM licenca_query.licenca_registro"
                        + where + " ORDER BY " + ordem + direcao + ", licenca_id" + direcao
                        + " LIMIT :limite OFFSET :deslocamento")
                .params(parametros)
                .param("limite", filtro.tamanho())
                .param("deslocamento", (long) filtro.pagina() * filtro.tamanho())
                .query((rs, i) -> resumo(rs, hoje))
                .list();
        return new PaginaDeLicencas(itens, total, filtro.pagina(), filtro.tamanho());
    }

    public Optional<FichaLicenca> buscar(String licencaId) {
        return ficha("licenca_id = :valor", licencaId);
    }

    /** By the public number printed on the licence. */
    public Optional<FichaLicenca> porNumero(String numero) {
        return ficha("numero = :valor", numero);
    }

    /** The licence and its conditions from the same snapshot. */
    private Optional<FichaLicenca> ficha(String condicao, String valor) {
        LocalDate hoje = DiasLegais.hoje(relogio);
        return leitura.ler(() -> jdbc.sql("SELECT *, " + SITUACAO_EFETIVA + " AS situacao_efetiva FROM licenca_query.licenca_registro WHERE "
                        + condicao + " ORDER BY licenca_id LIMIT 1")
                .param("valor", valor)
                .param("hoje", Date.valueOf(hoje))
                .query((rs, i) -> new FichaLicenca(resumo(rs, hoje), rs.getString("codigo_autenticidade"),
                        condicionantes(rs.getString("licenca_id"))))
                .optional());
    }

    private List<FichaLicenca.Condicionante> condicionantes(String licencaId) {
        return jdbc.sql("SELECT * FROM licenca_query.licenca_condicionante WHERE licenca_id = :id ORDER BY ordem, condicionante_id")
                .param("id", licencaId)
                .query((rs, i) -> {
                    LocalDate cumprida = data(rs, "cumprida_em");
                    LocalDate descumprida = data(rs, "descumprida_em");
                    String situacao = cumprida != null ? "CUMPRIDA" : descumprida != null ? "DESCUMPRIDA" : "PENDENTE";
                    return new FichaLicenca.Condicionante(rs.getString("condicionante_id"), rs.getString("descricao"),
                            data(rs, "prazo"), situacao, cumprida, descumprida);
                })
                .list();
    }

    /** Adds "holder in the set"; answers false when the set is empty, so nothing can match. */
    private static boolean restringir(List<String> condicoes, Map<String, Object> parametros, String nome,
                                      Set<String> requerentes) {
        if (requerentes == null) {
            return true;
        }
        if (requerentes.isEmpty()) {
            return false;
        }
        condicoes.add("requerente_id IN (:" + nome + ")");
        parametros.put(nome, List.copyOf(requerentes));
        return true;
    }

    private static ResumoLicenca resumo(ResultSet rs, LocalDate hoje) throws SQLException {
        SituacaoLicenca situacao = SituacaoLicenca.valueOf(rs.getString("situacao_efetiva"));
        LocalDate validaAte = data(rs, "valida_ate");
        Long diasParaVencer = situacao == SituacaoLicenca.VIGENTE
                ? ChronoUnit.DAYS.between(hoje, validaAte) : null;
        return new ResumoLicenca(
                rs.getString("licenca_id"),
                rs.getString("numero"),
                rs.getString("processo_id"),
                rs.getString("processo_numero"),
                rs.getString("requerente_id"),
                rs.getString("empreendimento_id"),
                rs.getString("empreendimento"),
                rs.getString("cnae"),
                rs.getString("municipio_ibge"),
                TipoLicenca.valueOf(rs.getString("tipo_licenca")),
                RegimeJuridico.valueOf(rs.getString("regime")),
                data(rs, "emitida_em"),
                validaAte,
                situacao,
                rs.getBoolean("prorrogada_ate_decisao"),
                data(rs, "renovacao_solicitada_em"),
                data(rs, "renovada_em"),
                data(rs, "suspensa_em"),
                data(rs, "cancelada_em"),
                data(rs, "vencida_em"),
                diasParaVencer);
    }

    private static LocalDate data(ResultSet rs, String coluna) throws SQLException {
        Date data = rs.getDate(coluna);
        return data == null ? null : data.toLocalDate();
    }
}
