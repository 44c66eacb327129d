package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.EstudoAmbiental;
import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.ModalidadeDeLicenciamento;
import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.catalogo.PotencialPoluidor;
import br.licenciamento.api.catalogo.Porte;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue in the module's own tables, seeded by migration with DOMAIN.md's values. Read on every use, so an
 * agency's change takes effect at once without a restart.
 */
@Component
class CatalogoDeRegrasPostgres implements CatalogoDeRegras {

    private final JdbcClient jdbc;

    CatalogoDeRegrasPostgres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int classe(Porte porte, PotencialPoluidor potencial) {
        return jdbc.sql("SELECT classe FROM licenca_command.catalogo_enquadramento WHERE porte = :porte AND potencial = :potencial")
                .param("porte", porte.name()).param("potencial", potencial.name())
                .query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("Catalogo sem classe para porte " + porte + " e potencial " + potencial));
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
                .orElseThrow(() -> new IllegalStateException("Catalogo sem procedimento para a classe " + classe));
    }

    @Override
    public int prazoDeAnaliseMeses(RegimeJuridico regime, TipoLicenca tipo, boolean comEiaRimaOuAudiencia) {
        return jdbc.sql("""
                        SELECT meses FROM licenca_command.catalogo_prazo_analise
                        WHERE regime = :regime AND tipo_licenca = :tipo AND com_eia_rima = :eia""")
                .param("regime", regime.name()).param("tipo", tipo.name()).param("eia", comEiaRimaOuAudiencia)
                .query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("Catalogo sem prazo de analise para " + tipo + " em " + regime));
    }

    @Override
    public FaixaDeValidade validade(RegimeJuridico regime, TipoLicenca tipo) {
        return jdbc.sql("""
                        SELECT minimo_meses, maximo_meses FROM licenca_command.catalogo_validade
                        WHERE regime = :regime AND tipo_licenca = :tipo""")
                .param("regime", regime.name()).param("tipo", tipo.name())
                .query((rs, i) -> new FaixaDeValidade(rs.getInt("minimo_meses"), rs.getInt("maximo_meses")))
                .optional()
                .orElseThrow(() -> new IllegalStateException("Catalogo sem faixa de validade para " + tipo + " em " + regime));
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
                .orElseThrow(() -> new IllegalStateException("Catalogo sem parametros para " + regime));
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
