package br.licenciamento.pessoa.representacao;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.pessoa.Alcance;
import br.licenciamento.api.pessoa.ConsultaDePessoasRepresentadas;
import br.licenciamento.api.pessoa.PessoaRegistrada;
import br.licenciamento.api.pessoa.PessoasRepresentadas;
import br.licenciamento.api.pessoa.ProcuracaoRevogada;
import br.licenciamento.api.pessoa.ProcuradorAutorizado;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Who acts for whom: the account that registered a person represents it in everything; a person who granted a power
 * of attorney to one of the account's persons is reached within the grant's scope while it is in force. Kept in the
 * transaction that stores the events (a subscribing processor, see PessoaModule), so a grant or a revocation
 * takes effect with the command that records it. Every context asks here, by message, before it lets an applicant in.
 */
@Component
@ProcessingGroup(Representacoes.GRUPO)
public class Representacoes {

    public static final String GRUPO = "pessoa-representacao";

    private final JdbcClient jdbc;
    private final Clock relogio;

    Representacoes(JdbcClient jdbc, Clock relogio) {
        this.jdbc = jdbc;
        this.relogio = relogio;
    }

    /** The user who registered the person (from the event's audit metadata) represents it. */
    @EventHandler
    void on(PessoaRegistrada evento, @MetaDataValue(ChavesDeMetadados.USUARIO) String usuario) {
        if (usuario != null) {
            jdbc.sql("INSERT INTO pessoa.representacao (usuario, pessoa_id) VALUES (:usuario, :id) ON CONFLICT DO NOTHING")
                    .param("usuario", usuario).param("id", evento.pessoaId()).update();
        }
    }

    @EventHandler
    void on(ProcuradorAutorizado evento) {
        jdbc.sql("""
                        INSERT INTO pessoa.procuracao_outorgada
                            (procuracao_id, outorgante_id, procurador_id, alcance, objeto_id, inicio, fim)
                        VALUES (:id, :outorgante, :procurador, :alcance, :objeto, :inicio, :fim)
                        ON CONFLICT (procuracao_id) DO NOTHING""")
                .param("id", evento.procuracaoId()).param("outorgante", evento.pessoaId())
                .param("procurador", evento.procuradorId()).param("alcance", evento.alcance().name())
                .param("objeto", evento.objetoId()).param("inicio", evento.inicio()).param("fim", evento.fim())
                .update();
    }

    @EventHandler
    void on(ProcuracaoRevogada evento) {
        jdbc.sql("UPDATE pessoa.procuracao_outorgada SET revogada = TRUE WHERE procuracao_id = :id")
                .param("id", evento.procuracaoId()).update();
    }

    /** Only reached when the group runs as a tracking processor to rebuild its tables (see PessoaModule). */
    @ResetHandler
    void antesDoReplay() {
        jdbc.sql("TRUNCATE pessoa.representacao, pessoa.procuracao_outorgada").update();
    }

    /** What the account reaches today (Brasilia calendar day: a power of attorney's validity is in whole days). */
    public PessoasRepresentadas de(String usuario) {
        LocalDate hoje = DiasLegais.dia(relogio.instant());
        return new PessoasRepresentadas(usuario,
                jdbc.sql("SELECT pessoa_id FROM pessoa.representacao WHERE usuario = :usuario ORDER BY pessoa_id")
                        .param("usuario", usuario).query(String.class).list(),
                jdbc.sql("""
                                SELECT p.outorgante_id, p.alcance, p.objeto_id FROM pessoa.procuracao_outorgada p
                                JOIN pessoa.representacao r ON r.pessoa_id = p.procurador_id AND r.usuario = :usuario
                                WHERE NOT p.revogada AND :hoje BETWEEN p.inicio AND p.fim
                                ORDER BY p.outorgante_id, p.procuracao_id""")
                        .param("usuario", usuario).param("hoje", hoje)
                        .query((rs, i) -> new PessoasRepresentadas.ProcuracaoRecebida(rs.getString(1),
                                Alcance.valueOf(rs.getString(2)), rs.getString(3)))
                        .list());
    }

    /** Asked by the licensing contexts to scope what an applicant sees, files and acts on. */
    @QueryHandler
    PessoasRepresentadas handle(ConsultaDePessoasRepresentadas consulta) {
        return de(consulta.usuario());
    }
}
