package br.licenciamento.licenca.command.importacao;

import br.licenciamento.platform.web.Pagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What an import did so far: its progress and the outcome of each row. */
@Component
class RelatorioDeImportacao {

    record Linha(int linha, String numeroLegado, String resultado, String processoId, String regra, String motivo) {
    }

    /**
     * {@code situacao} is EM_ANDAMENTO until every row that passed the check has been imported (or refused) and
     * CONCLUIDA then; {@code processadas} counts the rows with an outcome, {@code total} all of them.
     */
    record Relatorio(String importacaoId, String situacao, String formato, String autor, Instant recebidaEm,
                     Instant concluidaEm, int total, int processadas, int criadas, int jaImportadas, int recusadas,
                     List<Linha> linhas) {
    }

    record Resumo(String importacaoId, String situacao, String formato, String autor, Instant recebidaEm,
                  Instant concluidaEm, int total, int processadas, int criadas, int jaImportadas, int recusadas) {
    }

    private static final String RESUMO = """
            SELECT i.importacao_id, CASE WHEN i.concluida_em IS NULL THEN 'EM_ANDAMENTO' ELSE 'CONCLUIDA' END AS situacao,
                   i.formato, i.autor, i.recebida_em, i.concluida_em, count(l.linha) AS total,
                   count(l.linha) FILTER (WHERE l.resultado <> 'PENDENTE') AS processadas,
                   count(l.linha) FILTER (WHERE l.resultado = 'CRIADO') AS criadas,
                   count(l.linha) FILTER (WHERE l.resultado = 'JA_IMPORTADO') AS ja_importadas,
                   count(l.linha) FILTER (WHERE l.resultado = 'RECUSADO') AS recusadas
            FROM licenca_command.importacao i LEFT JOIN licenca_command.importacao_linha l USING (importacao_id)
            """;

    private final JdbcClient jdbc;

    RelatorioDeImportacao(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Relatorio> de(String importacaoId) {
        return jdbc.sql(RESUMO + " WHERE i.importacao_id = :id GROUP BY i.importacao_id").param("id", importacaoId)
                .query(Resumo.class).optional().map(resumo -> new Relatorio(resumo.importacaoId(), resumo.situacao(),
                        resumo.formato(), resumo.autor(), resumo.recebidaEm(), resumo.concluidaEm(), resumo.total(),
                        resumo.processadas(), resumo.criadas(), resumo.jaImportadas(), resumo.recusadas(),
                        jdbc.sql("""
                                        SELECT linha, numero_legado, resultado, processo_id, regra, motivo
                                        FROM licenca_command.importacao_linha WHERE importacao_id = :id ORDER BY linha""")
                                .param("id", importacaoId).query(Linha.class).list()));
    }

    Pagina<Resumo> recentes(int pagina, int tamanho) {
        List<Resumo> itens = jdbc.sql(RESUMO + " GROUP BY i.importacao_id ORDER BY i.recebida_em DESC LIMIT :tamanho OFFSET :pular")
                .param("tamanho", tamanho).param("pular", Pagina.deslocamento(pagina, tamanho)).query(Resumo.class).list();
        long total = jdbc.sql("SELECT count(*) FROM licenca_command.importacao").query(Long.class).single();
        return new Pagina<>(itens, total, pagina, tamanho);
    }
}
