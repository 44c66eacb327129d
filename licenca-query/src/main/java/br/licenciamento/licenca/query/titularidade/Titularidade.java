package br.licenciamento.licenca.query.titularidade;

import br.licenciamento.api.pessoa.Alcance;
import br.licenciamento.api.pessoa.ConsultaDePessoasRepresentadas;
import br.licenciamento.api.pessoa.PessoasRepresentadas;
import br.licenciamento.api.processo.ProcessosVisiveis;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.seguranca.Atuante;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * What an applicant may see, the one place of this module that decides it: the processes of the persons they
 * registered, and those a power of attorney in force covers (its process, or the processes of its enterprise), as the
 * people registry answers by message. Agency staff and auditors see everything. Someone else's process is answered
 * exactly like one that does not exist, so its existence is not revealed.
 */
@Component
public class Titularidade {

    private final QueryGateway queryGateway;
    private final UsuarioAtual usuario;
    private final JdbcClient jdbc;

    Titularidade(QueryGateway queryGateway, UsuarioAtual usuario, JdbcClient jdbc) {
        this.queryGateway = queryGateway;
        this.usuario = usuario;
        this.jdbc = jdbc;
    }

    /** The processes the caller may see, or empty when the caller may see every process. */
    public Optional<ProcessosVisiveis> visiveis() {
        Atuante atuante = Atuante.de(usuario);
        if (!atuante.soRequerente()) {
            return Optional.empty();
        }
        PessoasRepresentadas representadas = queryGateway.query(new ConsultaDePessoasRepresentadas(atuante.usuario()),
                ResponseTypes.instanceOf(PessoasRepresentadas.class)).join();
        return Optional.of(new ProcessosVisiveis(Set.copyOf(representadas.pessoaIds()), outorgados(representadas)));
    }

    /** Whether the caller may see this process (or a licence issued in it). */
    public boolean permite(String processoId, String requerenteId) {
        return visiveis().map(v -> v.admite(processoId, requerenteId)).orElse(true);
    }

    /** Fails as "not found" when the caller may not see this process. */
    public void exigirAcesso(String processoId, String requerenteId) {
        if (!permite(processoId, requerenteId)) {
            throw naoEncontrado(processoId);
        }
    }

    public static RecursoNaoEncontradoException naoEncontrado(String processoId) {
        return new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.processo", processoId));
    }

    /**
     * The SQL condition "a row the caller may see" over a table with {@code requerente_id} and {@code processo_id}
     * columns, its parameters added to {@code parametros}; {@code FALSE} when nothing is visible.
     */
    public static String condicao(ProcessosVisiveis visiveis, Map<String, Object> parametros) {
        List<String> alternativas = new ArrayList<>();
        if (!visiveis.requerentes().isEmpty()) {
            alternativas.add("requerente_id IN (:visiveisRequerentes)");
            parametros.put("visiveisRequerentes", List.copyOf(visiveis.requerentes()));
        }
        if (!visiveis.processos().isEmpty()) {
            alternativas.add("processo_id IN (:visiveisProcessos)");
            parametros.put("visiveisProcessos", List.copyOf(visiveis.processos()));
        }
        return alternativas.isEmpty() ? "FALSE" : "(" + String.join(" OR ", alternativas) + ")";
    }

    /**
     * The processes the powers of attorney cover, from the search model (which knows each process's enterprise): a
     * process filed a moment ago under an enterprise's power of attorney appears when it appears in the search.
     */
    private Set<String> outorgados(PessoasRepresentadas representadas) {
        if (representadas.procuracoes().isEmpty()) {
            return Set.of();
        }
        Set<String> processos = new HashSet<>();
        Set<String> outorgantes = new HashSet<>();
        Set<String> empreendimentos = new HashSet<>();
        for (PessoasRepresentadas.ProcuracaoRecebida procuracao : representadas.procuracoes()) {
            if (procuracao.alcance() == Alcance.PROCESSO) {
                processos.add(procuracao.objetoId());
            } else {
                outorgantes.add(procuracao.outorganteId());
                empreendimentos.add(procuracao.objetoId());
            }
        }
        // A superset by index (grantors x enterprises); the exact rule then keeps only what a grant covers.
        List<String> candidatos = jdbc.sql("""
                        SELECT processo_id, requerente_id, empreendimento_id FROM licenca_query.processo_resumo
                        WHERE processo_id IN (:processos)
                           OR (requerente_id IN (:outorgantes) AND empreendimento_id IN (:empreendimentos))""")
                .param("processos", comVazio(processos))
                .param("outorgantes", comVazio(outorgantes))
                .param("empreendimentos", comVazio(empreendimentos))
                .query((rs, i) -> representadas.alcancaProcesso(rs.getString(1), rs.getString(2), rs.getString(3))
                        ? rs.getString(1) : null)
                .list();
        return candidatos.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** An empty IN list is invalid SQL; the empty string matches no id. */
    private static List<String> comVazio(Set<String> valores) {
        return valores.isEmpty() ? List.of("") : List.copyOf(valores);
    }
}
