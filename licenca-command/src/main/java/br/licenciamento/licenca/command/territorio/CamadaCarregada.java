package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.territorio.VersaoDeCamada;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import java.time.Instant;
import java.util.List;

/** One layer version held in memory, with its features indexed by envelope (an immutable, built STRtree). */
public final class CamadaCarregada {

    private final VersaoDeCamada versao;
    private final Instant publicadaEm;
    private final List<Feicao> feicoes;
    private final STRtree indice = new STRtree();
    private final double maiorFaixaPropria;

    public CamadaCarregada(VersaoDeCamada versao, Instant publicadaEm, List<Feicao> feicoes) {
        this.versao = versao;
        this.publicadaEm = publicadaEm;
        this.feicoes = List.copyOf(feicoes);
        for (Feicao f : this.feicoes) {
            indice.insert(f.geometria().getEnvelopeInternal(), f);
        }
        indice.build();
        maiorFaixaPropria = this.feicoes.stream().filter(f -> f.faixaMetros() != null).mapToDouble(Feicao::faixaMetros).max().orElse(0);
    }

    /** The widest band a feature of this version defines itself (0 when none does). */
    public double maiorFaixaPropria() {
        return maiorFaixaPropria;
    }

    public VersaoDeCamada versao() {
        return versao;
    }

    public Instant publicadaEm() {
        return publicadaEm;
    }

    public List<Feicao> feicoes() {
        return feicoes;
    }

    /** The features whose envelope meets this one (candidates; the exact test is the caller's). */
    @SuppressWarnings("unchecked")
    public List<Feicao> candidatas(Envelope envelope) {
        return (List<Feicao>) indice.query(envelope);
    }
}
