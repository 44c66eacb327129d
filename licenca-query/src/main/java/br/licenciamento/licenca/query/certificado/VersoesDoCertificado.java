package br.licenciamento.licenca.query.certificado;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.licenca.query.leitura.LeituraNumInstante;
import br.licenciamento.licenca.query.registro.MotivoDaVersao;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the versions of the licence certificates the registry's projection keeps. */
@Component
public class VersoesDoCertificado {

    /** A version as the authenticity check names it. */
    public record Emissao(int versao, MotivoDaVersao motivo, LocalDate emitidaEm) {
    }

    private final JdbcClient jdbc;
    private final LeituraNumInstante leitura;

    public VersoesDoCertificado(JdbcClient jdbc, LeituraNumInstante leitura) {
        this.jdbc = jdbc;
        this.leitura = leitura;
    }

    /** Every version of the licence's certificate, oldest first; the last is the current one. */
    public List<Emissao> emissoes(String licencaId) {
        return jdbc.sql("SELECT versao, motivo, emitida_em FROM licenca_query.licenca_certificado WHERE licenca_id = :id"
                        + " ORDER BY versao")
                .param("id", licencaId)
                .query((rs, i) -> new Emissao(rs.getInt(1), MotivoDaVersao.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate()))
                .list();
    }

    /** The version {@code versao}, or the current one when null; its conditions from the same snapshot. */
    public Optional<VersaoDoCertificado> versao(String licencaId, Integer versao) {
        return leitura.ler(() -> jdbc.sql("""
                        SELECT c.*, d.fundamentos AS fundamentos_do_deferimento FROM licenca_query.licenca_certificado c
                        LEFT JOIN licenca_query.licenca_deferimento d ON d.licenca_id = c.licenca_id
                        WHERE c.licenca_id = :id AND (CAST(:versao AS INTEGER) IS NULL OR c.versao = :versao)
                        ORDER BY c.versao DESC LIMIT 1""")
                .param("id", licencaId)
                .param("versao", versao)
                .query((rs, i) -> new VersaoDoCertificado(
                        rs.getString("licenca_id"),
                        rs.getInt("versao"),
                        MotivoDaVersao.valueOf(rs.getString("motivo")),
                        rs.getDate("emitida_em").toLocalDate(),
                        rs.getDate("valida_ate").toLocalDate(),
                        SituacaoLicenca.valueOf(rs.getString("situacao")),
                        data(rs.getDate("suspensa_em")),
                        rs.getString("fundamentos"),
                        rs.getString("assinada_por"),
                        rs.getString("fundamentos_do_deferimento"),
                        List.of()))
                .optional()
                .map(v -> new VersaoDoCertificado(v.licencaId(), v.versao(), v.motivo(), v.emitidaEm(), v.validaAte(),
                        v.situacao(), v.suspensaEm(), v.fundamentos(), v.assinadaPor(), v.fundamentosDoDeferimento(),
                        condicionantes(licencaId, v.versao()))));
    }

    private List<VersaoDoCertificado.Condicionante> condicionantes(String licencaId, int versao) {
        return jdbc.sql("SELECT descricao, prazo FROM licenca_query.licenca_certificado_condicionante"
                        + " WHERE licenca_id = :id AND versao = :versao ORDER BY ordem")
                .param("id", licencaId)
                .param("versao", versao)
                .query((rs, i) -> new VersaoDoCertificado.Condicionante(rs.getString(1), data(rs.getDate(2))))
                .list();
    }

    private static LocalDate data(Date data) {
        return data == null ? null : data.toLocalDate();
    }
}
