package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnuenciaExigida;
import br.licenciamento.api.territorio.Interferencia;
import br.licenciamento.api.territorio.VersaoDeCamada;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;

import static br.licenciamento.api.comum.Mensagens.PT_BR;
import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * The timeline line of a territorial analysis, naming the layer versions it read, e.g. "Análise territorial (camadas:
 * Unidades de Conservação v2, Terras Indígenas v1): no protocolo; competência federal ...".
 */
final class LinhaDaAnaliseTerritorial {

    private LinhaDaAnaliseTerritorial() {
    }

    static String de(AnaliseTerritorialRealizada analise) {
        List<VersaoDeCamada> camadas = lista(analise.camadas());
        String lidas = camadas.isEmpty() ? MENSAGENS.texto("linha.analise-territorial.sem-camadas")
                : MENSAGENS.texto("linha.analise-territorial.camadas", String.join(", ", camadas.stream()
                        .map(c -> MENSAGENS.texto("linha.analise-territorial.camada", c.nome(), String.valueOf(c.versao())))
                        .toList()));
        StringBuilder linha = new StringBuilder(MENSAGENS.texto("linha.analise-territorial", lidas,
                MENSAGENS.texto("linha.analise-territorial.motivo." + analise.motivo().name())));
        if (analise.esferaCompetente() != null) {
            linha.append(MENSAGENS.texto(analise.competente()
                            ? "linha.analise-territorial.competente" : "linha.analise-territorial.nao-competente",
                    MENSAGENS.rotulo(analise.esferaCompetente()),
                    analise.regraDeCompetencia() == null ? "-" : analise.regraDeCompetencia()));
        }
        List<Interferencia> interferencias = lista(analise.interferencias());
        linha.append(interferencias.isEmpty() ? MENSAGENS.texto("linha.analise-territorial.sem-interferencias")
                : MENSAGENS.texto("linha.analise-territorial.interferencias", String.join("; ",
                interferencias.stream().map(LinhaDaAnaliseTerritorial::interferencia).toList())));
        List<AnuenciaExigida> anuencias = lista(analise.anuencias());
        if (!anuencias.isEmpty()) {
            linha.append(MENSAGENS.texto("linha.analise-territorial.anuencias", String.join("; ", anuencias.stream()
                    .map(a -> MENSAGENS.texto("linha.analise-territorial.anuencia." + a.natureza().name(), a.nome()))
                    .toList())));
        }
        return linha.toString();
    }

    private static String interferencia(Interferencia i) {
        String relacao = MENSAGENS.rotulo(i.relacao());
        if (i.relacao() == Interferencia.Relacao.NA_FAIXA) {
            return MENSAGENS.texto("linha.analise-territorial.interferencia.distancia", i.nome(), relacao,
                    numero(i.distanciaMetros()));
        }
        if (i.areaSobrepostaM2() > 0) {
            return MENSAGENS.texto("linha.analise-territorial.interferencia.area", i.nome(), relacao,
                    numero(i.areaSobrepostaM2() / 10_000d));
        }
        return MENSAGENS.texto("linha.analise-territorial.interferencia", i.nome(), relacao);
    }

    /** Grouped thousands and at most two decimals, in Portuguese: "1.234,5". */
    private static String numero(double valor) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(PT_BR)).format(valor);
    }

    private static <T> List<T> lista(List<T> itens) {
        return itens == null ? List.of() : itens;
    }
}
