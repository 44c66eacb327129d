package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada.MotivoDaAnalise;
import br.licenciamento.api.territorio.AnuenciaExigida;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.Interferencia;
import br.licenciamento.api.territorio.Interferencia.Relacao;
import br.licenciamento.api.territorio.TipoDeCamada;
import br.licenciamento.api.territorio.VersaoDeCamada;
import br.licenciamento.licenca.command.catalogo.RegraDeCompetencia;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The territorial analysis: for each layer in force, the features the enterprise lies within, crosses, or lies
 * within the distance band of (the feature's own {@code faixaMetros}, else the layer type's default: for conservation
 * units without a defined buffer zone the 3,000 m of CONAMA 428/2010 art. 1 § 2, which excludes APAs and RPPNs);
 * the competent sphere by the catalogue's competence rules; and the managers' authorizations or notices the grant
 * waits for. Distances and areas in metres ({@link ProjecaoLocal}); candidates come from each layer's STRtree.
 */
@Component
public class AnaliseTerritorial {

    /** Conservation units without a buffer zone of their own (CONAMA 428/2010 art. 1 § 2). */
    static final double FAIXA_CONAMA_428 = 3000;

    private final IndiceDasCamadas camadas;
    private final Esfera esferaDoOrgao;
    private final String ufDoOrgao;
    private final Map<TipoDeCamada, Double> faixas = new EnumMap<>(TipoDeCamada.class);

    public AnaliseTerritorial(IndiceDasCamadas camadas, Environment ambiente,
                              @Value("${licenciamento.territorio.esfera-do-orgao:ESTADUAL}") Esfera esferaDoOrgao,
                              @Value("${licenciamento.territorio.uf:}") String ufDoOrgao) {
        this.camadas = camadas;
        this.esferaDoOrgao = esferaDoOrgao;
        this.ufDoOrgao = ufDoOrgao == null || ufDoOrgao.isBlank() ? null : ufDoOrgao.trim().toUpperCase();
        for (TipoDeCamada tipo : TipoDeCamada.values()) {
            double padrao = tipo == TipoDeCamada.UNIDADE_DE_CONSERVACAO ? FAIXA_CONAMA_428 : 0;
            faixas.put(tipo, ambiente.getProperty("licenciamento.territorio.faixa-metros." + tipo.name(), Double.class, padrao));
        }
    }

    /**
     * @param comEiaRima whether the process requires an EIA/RIMA; null before classification (then an authorization
     *                   is required, the stricter case, until a later analysis knows better)
     */
    public AnaliseTerritorialRealizada analisar(String processoId, Geometry local, MotivoDaAnalise motivo, Boolean comEiaRima,
                                                List<RegraDeCompetencia> regras, Instant agora) {
        ProjecaoLocal projecao = ProjecaoLocal.centradaEm(local);
        Geometry localEmMetros = projecao.projetar(local);
        Envelope envelope = local.getEnvelopeInternal();
        List<VersaoDeCamada> versoes = new ArrayList<>();
        List<Interferencia> interferencias = new ArrayList<>();
        List<Feicao> tocadas = new ArrayList<>();
        List<Feicao> naFaixa = new ArrayList<>();
        List<CamadaCarregada> vigentes = new ArrayList<>(camadas.vigentes());
        vigentes.sort(Comparator.comparing(c -> c.versao().camadaId()));
        for (CamadaCarregada camada : vigentes) {
            versoes.add(camada.versao());
            double faixaMaxima = faixaMaxima(camada);
            Envelope busca = new Envelope(envelope);
            if (faixaMaxima > 0) {
                double[] graus = ProjecaoLocal.grausPara(faixaMaxima, Math.max(Math.abs(envelope.getMinY()), Math.abs(envelope.getMaxY())));
                busca.expandBy(graus[0], graus[1]);
            }
            List<Feicao> candidatas = new ArrayList<>(camada.candidatas(busca));
            candidatas.sort(Comparator.comparing(Feicao::id));
            for (Feicao f : candidatas) {
                Interferencia i = interferencia(f, local, localEmMetros, projecao);
                if (i != null) {
                    interferencias.add(i);
                    (i.relacao() == Relacao.NA_FAIXA ? naFaixa : tocadas).add(f);
                }
            }
        }
        Competencia competencia = competencia(tocadas, regras);
        List<AnuenciaExigida> anuencias = new ArrayList<>();
        for (Feicao f : tocadas) {
            if (f.tipo() == TipoDeCamada.UNIDADE_DE_CONSERVACAO) {
                anuencias.add(anuencia(f, comEiaRima, false));
            }
        }
        for (Feicao f : naFaixa) {
            if (f.tipo() == TipoDeCamada.UNIDADE_DE_CONSERVACAO) {
                anuencias.add(anuencia(f, comEiaRima, true));
            }
        }
        return new AnaliseTerritorialRealizada(processoId, motivo, List.copyOf(versoes), List.copyOf(interferencias),
                competencia.esfera(), competencia.esfera() == esferaDoOrgao && !competencia.outroEstado(),
                competencia.regra(), competencia.feicoes(), List.copyOf(anuencias), agora);
    }

    private double faixaMaxima(CamadaCarregada camada) {
        return Math.max(faixas.get(camada.versao().tipo()), camada.maiorFaixaPropria());
    }

    /** The band of a feature: its own, else its type's default; none for an APA or RPPN without one (CONAMA 428 art. 1 § 2). */
    double faixa(Feicao f) {
        if (f.faixaMetros() != null) {
            return f.faixaMetros();
        }
        if (f.tipo() == TipoDeCamada.UNIDADE_DE_CONSERVACAO && f.categoria() != null
                && (f.apa() || f.categoria().trim().equalsIgnoreCase("RPPN"))) {
            return 0;
        }
        return faixas.get(f.tipo());
    }

    private Interferencia interferencia(Feicao f, Geometry local, Geometry localEmMetros, ProjecaoLocal projecao) {
        Geometry feicaoEmMetros = projecao.projetar(f.geometria());
        Relacao relacao;
        double distancia = 0;
        double area = 0;
        if (feicaoEmMetros.covers(localEmMetros)) {
            relacao = Relacao.DENTRO;
            area = localEmMetros instanceof Polygonal ? localEmMetros.getArea() : 0;
        } else if (feicaoEmMetros.intersects(localEmMetros)) {
            relacao = Relacao.INTERSECTA;
            area = areaSobreposta(localEmMetros, feicaoEmMetros);
        } else {
            distancia = localEmMetros.distance(feicaoEmMetros);
            if (distancia > faixa(f)) {
                return null;
            }
            relacao = Relacao.NA_FAIXA;
        }
        return new Interferencia(f.camadaId(), f.versao(), f.tipo(), f.id(), f.nome(), f.esfera(), f.categoria(), relacao,
                Math.round(distancia * 10) / 10.0, Math.round(area * 10) / 10.0);
    }

    private static double areaSobreposta(Geometry local, Geometry feicao) {
        if (!(local instanceof Polygonal) || !(feicao instanceof Polygonal)) {
            return 0;
        }
        try {
            return local.intersection(feicao).getArea();
        } catch (TopologyException e) {
            return 0;
        }
    }

    private record Competencia(Esfera esfera, String regra, List<String> feicoes, boolean outroEstado) {
    }

    private Competencia competencia(List<Feicao> tocadas, List<RegraDeCompetencia> regras) {
        for (RegraDeCompetencia regra : regras) {
            List<Feicao> aplicaveis = tocadas.stream()
                    .filter(f -> f.tipo() == regra.tipo())
                    .filter(f -> regra.esferaDaFeicao() == null || regra.esferaDaFeicao() == f.esfera())
                    .filter(f -> !regra.exclui(f.categoria()))
                    .toList();
            boolean linhaCruzada = regra.minimoDeFeicoes() > 1 && aplicaveis.stream().anyMatch(f -> f.geometria() instanceof Lineal);
            if (!aplicaveis.isEmpty() && (aplicaveis.size() >= regra.minimoDeFeicoes() || linhaCruzada)) {
                return new Competencia(regra.esferaCompetente(), regra.codigo(), aplicaveis.stream().map(Feicao::id).toList(), false);
            }
        }
        if (ufDoOrgao != null) {
            List<Feicao> estados = tocadas.stream().filter(f -> f.tipo() == TipoDeCamada.LIMITE_ESTADUAL && f.uf() != null).toList();
            if (!estados.isEmpty() && estados.stream().noneMatch(f -> ufDoOrgao.equalsIgnoreCase(f.uf()))) {
                return new Competencia(esferaDoOrgao, "lc140-outro-estado", estados.stream().map(Feicao::id).toList(), true);
            }
        }
        return new Competencia(esferaDoOrgao, RegraDeCompetencia.REGRA_GERAL, List.of(), false);
    }

    private static AnuenciaExigida anuencia(Feicao f, Boolean comEiaRima, boolean naFaixa) {
        String nome = f.nome() == null ? f.id() : f.nome();
        if (Boolean.FALSE.equals(comEiaRima)) {
            return new AnuenciaExigida(f.id(), nome, f.esfera(), AnuenciaExigida.Natureza.CIENCIA,
                    "Resolução CONAMA 428/2010, art. 5º");
        }
        return new AnuenciaExigida(f.id(), nome, f.esfera(), AnuenciaExigida.Natureza.AUTORIZACAO, naFaixa && f.faixaMetros() == null
                ? "Lei 9.985/2000, art. 36, § 3º; Resolução CONAMA 428/2010, art. 1º, § 2º (faixa de 3.000 m)"
                : "Lei 9.985/2000, art. 36, § 3º; Resolução CONAMA 428/2010, art. 1º");
    }

    public Esfera esferaDoOrgao() {
        return esferaDoOrgao;
    }
}
