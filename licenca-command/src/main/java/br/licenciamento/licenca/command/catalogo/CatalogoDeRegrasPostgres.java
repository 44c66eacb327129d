package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.ConteudoDoCatalogo;
import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.catalogo.VersaoDoCatalogoPublicada;
import br.licenciamento.api.processo.EstudoAmbiental;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The catalogue's versions in the module's own tables. Version 1 is the one seeded by migration V2 into one table per
 * kind of rule; each published version is a row of {@code catalogo_versao} with its whole content, written by this
 * projection in the publishing transaction, so a version is in force for the next filing the moment it is accepted.
 * Published content never changes, so each is parsed once and kept.
 */
@Component
@ProcessingGroup(CatalogoDeRegrasPostgres.GRUPO)
class CatalogoDeRegrasPostgres implements CatalogoDeRegras {

    static final String GRUPO = "catalogo-de-regras";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final RegrasDoCatalogo semeadas;
    private final Map<Integer, RegrasDoCatalogo> publicadas = new ConcurrentHashMap<>();

    CatalogoDeRegrasPostgres(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.semeadas = new Semeadas();
    }

    /** One version as the API shows it. */
    record Versao(int versao, LocalDate vigenteDesde, Instant publicadaEm, String autor) {
    }

    @Override
    public RegrasDoCatalogo em(int versao) {
        if (versao == VersoesDoCatalogo.VERSAO_SEMEADA) {
            return semeadas;
        }
        return publicadas.computeIfAbsent(versao, v -> new RegrasEmMemoria(conteudoPublicado(v)
                .orElseThrow(() -> new IllegalStateException("Catálogo sem a versão " + v))));
    }

    @Override
    public int versaoVigenteEm(LocalDate dia) {
        return jdbc.sql("""
                        SELECT max(numero) FROM licenca_command.catalogo_versao
                        WHERE vigente_desde IS NULL OR vigente_desde <= :dia""")
                .param("dia", Date.valueOf(dia))
                .query(Integer.class).single();
    }

    /** Every version, oldest first. */
    List<Versao> versoes() {
        return jdbc.sql("SELECT numero, vigente_desde, publicada_em, autor FROM licenca_command.catalogo_versao ORDER BY numero")
                .query((rs, i) -> new Versao(rs.getInt("numero"),
                        rs.getObject("vigente_desde", LocalDate.class),
                        rs.getTimestamp("publicada_em") == null ? null : rs.getTimestamp("publicada_em").toInstant(),
                        rs.getString("autor")))
                .list();
    }

    /** The whole content of a version, if it exists. */
    Optional<ConteudoDoCatalogo> conteudo(int versao) {
        if (versao == VersoesDoCatalogo.VERSAO_SEMEADA) {
            return Optional.of(RegrasEmMemoria.conteudoDe(semeadas));
        }
        return conteudoPublicado(versao);
    }

    @EventHandler
    void on(VersaoDoCatalogoPublicada evento) {
        jdbc.sql("""
                        INSERT INTO licenca_command.catalogo_versao (numero, vigente_desde, publicada_em, autor, conteudo)
                        VALUES (:numero, :vigenteDesde, :publicadaEm, :autor, CAST(:conteudo AS jsonb))
                        ON CONFLICT (numero) DO NOTHING""")
                .param("numero", evento.versao())
                .param("vigenteDesde", Date.valueOf(evento.vigenteDesde()))
                .param("publicadaEm", Timestamp.from(evento.publicadaEm()))
                .param("autor", evento.autor())
                .param("conteudo", escrever(evento.conteudo()))
                .update();
    }

    private Optional<ConteudoDoCatalogo> conteudoPublicado(int versao) {
        return jdbc.sql("SELECT conteudo::text FROM licenca_command.catalogo_versao WHERE numero = :numero AND conteudo IS NOT NULL")
                .param("numero", versao)
                .query(String.class).optional()
                .map(CatalogoDeRegrasPostgres::ler);
    }

    private static String escrever(ConteudoDoCatalogo conteudo) {
        try {
            return JSON.writeValueAsString(conteudo);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConteudoDoCatalogo ler(String json) {
        try {
            return JSON.readValue(json, ConteudoDoCatalogo.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Version 1, read from the tables migration V2 seeded, one query per question. */
    private final class Semeadas implements RegrasDoCatalogo {

        @Override
        public int classe(Porte porte, PotencialPoluidor potencial) {
            return jdbc.sql("SELECT classe FROM licenca_command.catalogo_enquadramento WHERE porte = :porte AND potencial = :potencial")
                    .param("porte", porte.name()).param("potencial", potencial.name())
                    .query(Integer.class).optional()
                    .orElseThrow(() -> new IllegalStateException("Catálogo sem classe para porte " + porte + " e potencial " + potencial));
        }

        @Override
        public RegraDeProcedimento procedimento(int classe) {
            return jdbc.sql("SELECT * FROM licenca_command.catalogo_procedimento WHERE classe = :classe")
                    .param("classe", classe)
                    .query((rs, i) -> new RegraDeProcedimento(classe,
                            ModalidadeDeLicenciamento.valueOf(rs.getString("modalidade")),
                            tipos(rs.getString("tipos_admitidos")),
                            lista(rs.getString("estudos")).stream().map(EstudoAmbiental::valueOf).toList(),
                            lista(rs.getString("documentos_exigidos"))))
                    .optional()
                    .orElseThrow(() -> new IllegalStateException("Catálogo sem procedimento para a classe " + classe));
        }

        @Override
        public int prazoDeAnaliseMeses(RegimeJuridico regime, TipoLicenca tipo, boolean comEiaRimaOuAudiencia) {
            return jdbc.sql("""
                            SELECT meses FROM licenca_command.catalogo_prazo_analise
                            WHERE regime = :regime AND tipo_licenca = :tipo AND com_eia_rima = :eia""")
                    .param("regime", regime.name()).param("tipo", tipo.name()).param("eia", comEiaRimaOuAudiencia)
                    .query(Integer.class).optional()
                    .orElseThrow(() -> new IllegalStateException("Catálogo sem prazo de análise para " + tipo + " em " + regime));
        }

        @Override
        public FaixaDeValidade validade(RegimeJuridico regime, TipoLicenca tipo) {
            return jdbc.sql("""
                            SELECT minimo_meses, maximo_meses FROM licenca_command.catalogo_validade
                            WHERE regime = :regime AND tipo_licenca = :tipo""")
                    .param("regime", regime.name()).param("tipo", tipo.name())
                    .query((rs, i) -> new FaixaDeValidade(rs.getInt("minimo_meses"), rs.getInt("maximo_meses")))
                    .optional()
                    .orElseThrow(() -> new IllegalStateException("Catálogo sem faixa de validade para " + tipo + " em " + regime));
        }

        @Override
        public ParametrosDoRegime parametros(RegimeJuridico regime) {
            return jdbc.sql("SELECT * FROM licenca_command.catalogo_parametros_regime WHERE regime = :regime")
                    .param("regime", regime.name())
                    .query((rs, i) -> new ParametrosDoRegime(
                            rs.getInt("prazo_complementacao_meses"),
                            rs.getInt("antecedencia_renovacao_dias"),
                            rs.getBoolean("prorrogacao_automatica"),
                            (Integer) rs.getObject("prazo_admissibilidade_dias"),
                            rs.getInt("prazo_recurso_dias"),
                            rs.getInt("prazo_julgamento_recurso_dias"),
                            rs.getInt("prazo_recurso_condicionante_dias")))
                    .optional()
                    .orElseThrow(() -> new IllegalStateException("Catálogo sem parâmetros para " + regime));
        }
    }

    private static List<String> lista(String valores) {
        return valores == null || valores.isBlank() ? List.of()
                : Arrays.stream(valores.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<TipoLicenca> tipos(String valores) {
        Set<TipoLicenca> tipos = EnumSet.noneOf(TipoLicenca.class);
        tipos.addAll(lista(valores).stream().map(TipoLicenca::valueOf).collect(Collectors.toSet()));
        return tipos;
    }
}
