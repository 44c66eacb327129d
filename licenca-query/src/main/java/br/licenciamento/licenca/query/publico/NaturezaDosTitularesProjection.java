package br.licenciamento.licenca.query.publico;

import br.licenciamento.api.pessoa.PessoaRegistrada;
import br.licenciamento.platform.projecao.VersaoDaProjecao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether each registered person is natural (CPF) or legal (CNPJ): the only attribute of a person the public views
 * need to decide what they may show, and one the registry's events carry in clear. Idempotent (upsert of a value
 * that never changes); a reset truncates the table.
 */
@Component
@ProcessingGroup(NaturezaDosTitularesProjection.GRUPO)
@VersaoDaProjecao(NaturezaDosTitularesProjection.VERSAO)
class NaturezaDosTitularesProjection {

    /** Bumped whenever what the projection writes changes, so the read model is rebuilt on deploy. */
    static final int VERSAO = 1;
    static final String GRUPO = "natureza-dos-titulares";

    private final JdbcClient jdbc;

    NaturezaDosTitularesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PessoaRegistrada evento) {
        jdbc.sql("""
                        INSERT INTO licenca_query.titular_natureza (pessoa_id, tipo) VALUES (:id, :tipo)
                        ON CONFLICT (pessoa_id) DO UPDATE SET tipo = EXCLUDED.tipo""")
                .param("id", evento.pessoaId())
                .param("tipo", evento.tipo().name())
                .update();
    }

    @ResetHandler
    void antesDoReplay() {
        jdbc.sql("TRUNCATE licenca_query.titular_natureza").update();
    }
}
