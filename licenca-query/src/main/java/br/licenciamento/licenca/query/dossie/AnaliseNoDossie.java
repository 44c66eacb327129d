package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnuenciaRegistrada;
import br.licenciamento.api.territorio.Interferencia;
import br.licenciamento.api.territorio.VersaoDeCamada;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A territorial analysis as the dossier shows it: each interference named with its layer's name (the analysis says
 * which versions it read), and each required consent with the latest record of it, whenever it was recorded.
 */
final class AnaliseNoDossie {

    private AnaliseNoDossie() {
    }

    static DossieProcesso.AnaliseTerritorialNoDossie de(AnaliseTerritorialRealizada analise, List<AnuenciaRegistrada> registradas) {
        Map<String, String> nomeDaCamada = lista(analise.camadas()).stream()
                .collect(Collectors.toMap(VersaoDeCamada::camadaId, VersaoDeCamada::nome, (a, b) -> b));
        Map<String, AnuenciaRegistrada> registroPorFeicao = lista(registradas).stream()
                .collect(Collectors.toMap(AnuenciaRegistrada::feicaoId, Function.identity(),
                        (a, b) -> b.registradaEm().isAfter(a.registradaEm()) ? b : a));
        List<DossieProcesso.InterferenciaNoDossie> interferencias = lista(analise.interferencias()).stream()
                .map(i -> interferencia(i, nomeDaCamada.get(i.camadaId())))
                .toList();
        List<DossieProcesso.AnuenciaNoDossie> anuencias = lista(analise.anuencias()).stream().map(exigida -> {
            Optional<AnuenciaRegistrada> registro = Optional.ofNullable(registroPorFeicao.get(exigida.feicaoId()));
            return new DossieProcesso.AnuenciaNoDossie(exigida.feicaoId(), exigida.nome(), exigida.esferaDoGestor(),
                    exigida.natureza(), exigida.fundamento(), registro.isPresent(),
                    registro.map(AnuenciaRegistrada::documento).orElse(null),
                    registro.map(AnuenciaRegistrada::registradaEm).orElse(null));
        }).toList();
        List<DossieProcesso.CamadaNoDossie> camadas = lista(analise.camadas()).stream()
                .map(c -> new DossieProcesso.CamadaNoDossie(c.camadaId(), c.nome(), c.tipo(), c.versao()))
                .toList();
        return new DossieProcesso.AnaliseTerritorialNoDossie(analise.motivo(), camadas, interferencias,
                analise.esferaCompetente(), analise.competente(), analise.regraDeCompetencia(),
                lista(analise.feicoesDecisivas()), anuencias, analise.realizadaEm());
    }

    private static DossieProcesso.InterferenciaNoDossie interferencia(Interferencia i, String camada) {
        return new DossieProcesso.InterferenciaNoDossie(i.camadaId(), camada, i.versao(), i.tipo(), i.feicaoId(),
                i.nome(), i.esfera(), i.categoria(), i.relacao(), i.distanciaMetros(), i.areaSobrepostaM2());
    }

    private static <T> List<T> lista(List<T> itens) {
        return itens == null ? List.of() : itens;
    }

    /** The order of the process's stream; the instant only breaks ties between streams. */
    static final Comparator<DossieDocumento.AnaliseGuardada> EM_ORDEM =
            Comparator.comparingLong(DossieDocumento.AnaliseGuardada::sequencia)
                    .thenComparing(a -> a.analise().realizadaEm());
}
