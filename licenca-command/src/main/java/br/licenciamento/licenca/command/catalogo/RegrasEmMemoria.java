package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.ConteudoDoCatalogo;
import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A published version's rules, answered from its content (a version is immutable, so it is read once). */
final class RegrasEmMemoria implements RegrasDoCatalogo {

    private final Map<String, Integer> classes = new HashMap<>();
    private final Map<Integer, RegraDeProcedimento> procedimentos = new HashMap<>();
    private final Map<String, Integer> prazos = new HashMap<>();
    private final Map<String, FaixaDeValidade> validades = new HashMap<>();
    private final Map<RegimeJuridico, ParametrosDoRegime> parametros = new HashMap<>();
    private final List<RegraDeCompetencia> competencia;

    RegrasEmMemoria(ConteudoDoCatalogo conteudo) {
        conteudo.enquadramento().forEach(e -> classes.put(e.porte() + "/" + e.potencial(), e.classe()));
        conteudo.procedimentos().forEach(p -> procedimentos.put(p.classe(), p));
        conteudo.prazosDeAnalise().forEach(p -> prazos.put(chave(p.regime(), p.tipoLicenca(), p.comEiaRima()), p.meses()));
        conteudo.validades().forEach(v -> validades.put(v.regime() + "/" + v.tipoLicenca(),
                new FaixaDeValidade(v.minimoMeses(), v.maximoMeses())));
        conteudo.parametros().forEach(p -> parametros.put(p.regime(), p.valores()));
        competencia = conteudo.competencia() == null || conteudo.competencia().isEmpty() ? RegraDeCompetencia.PADRAO
                : conteudo.competencia().stream().map(RegraDeCompetencia::de).toList();
    }

    @Override
    public List<RegraDeCompetencia> competencia() {
        return competencia;
    }

    @Override
    public int classe(Porte porte, PotencialPoluidor potencial) {
        return exigir(classes.get(porte + "/" + potencial), "classe para " + porte + "/" + potencial);
    }

    @Override
    public RegraDeProcedimento procedimento(int classe) {
        return exigir(procedimentos.get(classe), "procedimento da classe " + classe);
    }

    @Override
    public int prazoDeAnaliseMeses(RegimeJuridico regime, TipoLicenca tipo, boolean comEiaRimaOuAudiencia) {
        return exigir(prazos.get(chave(regime, tipo, comEiaRimaOuAudiencia)), "prazo de análise de " + tipo + " em " + regime);
    }

    @Override
    public FaixaDeValidade validade(RegimeJuridico regime, TipoLicenca tipo) {
        return exigir(validades.get(regime + "/" + tipo), "faixa de validade de " + tipo + " em " + regime);
    }

    @Override
    public ParametrosDoRegime parametros(RegimeJuridico regime) {
        return exigir(parametros.get(regime), "parâmetros de " + regime);
    }

    /** Every row of a version, in a stable order: how version 1 (kept in its seeded tables) is shown and compared. */
    static ConteudoDoCatalogo conteudoDe(RegrasDoCatalogo regras) {
        List<ConteudoDoCatalogo.Enquadramento> enquadramento = new ArrayList<>();
        for (Porte porte : Porte.values()) {
            for (PotencialPoluidor potencial : PotencialPoluidor.values()) {
                enquadramento.add(new ConteudoDoCatalogo.Enquadramento(porte, potencial, regras.classe(porte, potencial)));
            }
        }
        List<RegraDeProcedimento> procedimentos = new ArrayList<>();
        for (int classe = LimitesLegais.PRIMEIRA_CLASSE; classe <= LimitesLegais.ULTIMA_CLASSE; classe++) {
            procedimentos.add(regras.procedimento(classe));
        }
        List<ConteudoDoCatalogo.PrazoDeAnalise> prazos = new ArrayList<>();
        List<ConteudoDoCatalogo.Validade> validades = new ArrayList<>();
        List<ConteudoDoCatalogo.Parametros> parametros = new ArrayList<>();
        for (RegimeJuridico regime : RegimeJuridico.values()) {
            for (TipoLicenca tipo : TipoLicenca.values()) {
                for (boolean eia : new boolean[]{false, true}) {
                    prazos.add(new ConteudoDoCatalogo.PrazoDeAnalise(regime, tipo, eia, regras.prazoDeAnaliseMeses(regime, tipo, eia)));
                }
                FaixaDeValidade faixa = regras.validade(regime, tipo);
                validades.add(new ConteudoDoCatalogo.Validade(regime, tipo, faixa.minimoMeses(), faixa.maximoMeses()));
            }
            parametros.add(new ConteudoDoCatalogo.Parametros(regime, regras.parametros(regime)));
        }
        return new ConteudoDoCatalogo(enquadramento, procedimentos, prazos, validades, parametros,
                regras.competencia().stream().map(RegraDeCompetencia::comoConteudo).toList());
    }

    private static String chave(RegimeJuridico regime, TipoLicenca tipo, boolean eia) {
        return regime + "/" + tipo + "/" + eia;
    }

    private static <T> T exigir(T valor, String oQue) {
        if (valor == null) {
            // A published version was checked complete; this only happens with a corrupted row.
            throw new IllegalStateException("Catálogo sem " + oQue);
        }
        return valor;
    }
}
