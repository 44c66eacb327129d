package br.licenciamento.pessoa.consulta;

import br.licenciamento.api.pessoa.ConsultaDeSituacaoCadastral;
import br.licenciamento.api.pessoa.DadosPessoaisEliminados;
import br.licenciamento.api.pessoa.PessoaInativada;
import br.licenciamento.api.pessoa.PessoaReativada;
import br.licenciamento.api.pessoa.PessoaRegistrada;
import br.licenciamento.api.pessoa.SituacaoCadastral;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.pessoa.cadastro.SituacoesCadastrais;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether each person exists and is active. Runs in a subscribing processor (see PessoaModule), i.e. in the
 * transaction that stores the events: the answer is never behind the registry. Holds no personal data.
 */
@Component
@ProcessingGroup(SituacaoCadastralProjection.GRUPO)
public class SituacaoCadastralProjection implements SituacoesCadastrais {

    public static final String GRUPO = "pessoa-situacao";

    private final JdbcClient jdbc;

    SituacaoCadastralProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PessoaRegistrada evento) {
        jdbc.sql("""
                        INSERT INTO pessoa.situacao_cadastral (pessoa_id, tipo, ativa, eliminada) VALUES (:id, :tipo, TRUE, FALSE)
                        ON CONFLICT (pessoa_id) DO NOTHING""")
                .param("id", evento.pessoaId()).param("tipo", evento.tipo().name()).update();
    }

    @EventHandler
    void on(PessoaInativada evento) {
        atualizar(evento.pessoaId(), false);
    }

    @EventHandler
    void on(PessoaReativada evento) {
        atualizar(evento.pessoaId(), true);
    }

    @EventHandler
    void on(DadosPessoaisEliminados evento) {
        jdbc.sql("UPDATE pessoa.situacao_cadastral SET ativa = FALSE, eliminada = TRUE WHERE pessoa_id = :id")
                .param("id", evento.pessoaId()).update();
    }

    /** Only reached when the group runs as a tracking processor to rebuild the table (see PessoaModule). */
    @ResetHandler
    void antesDoReplay() {
        jdbc.sql("TRUNCATE pessoa.situacao_cadastral").update();
    }

    private void atualizar(String pessoaId, boolean ativa) {
        jdbc.sql("UPDATE pessoa.situacao_cadastral SET ativa = :ativa WHERE pessoa_id = :id")
                .param("ativa", ativa).param("id", pessoaId).update();
    }

    @Override
    public Optional<Situacao> de(String pessoaId) {
        if (pessoaId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT tipo, ativa FROM pessoa.situacao_cadastral WHERE pessoa_id = :id AND NOT eliminada")
                .param("id", pessoaId)
                .query((rs, i) -> new Situacao(TipoPessoa.valueOf(rs.getString("tipo")), rs.getBoolean("ativa")))
                .optional();
    }

    /** Asked by other contexts (licensing) before they accept a person as requester. */
    @QueryHandler
    SituacaoCadastral handle(ConsultaDeSituacaoCadastral consulta) {
        return de(consulta.pessoaId())
                .map(s -> new SituacaoCadastral(consulta.pessoaId(), true, s.ativa()))
                .orElse(new SituacaoCadastral(consulta.pessoaId(), false, false));
    }
}
