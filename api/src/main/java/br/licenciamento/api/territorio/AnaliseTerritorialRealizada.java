package br.licenciamento.api.territorio;

import java.time.Instant;
import java.util.List;

/**
 * The enterprise's location was analysed against the reference layers in force: what it touches, which layer
 * versions were read, the competent sphere with the competence rule and the features that decided it, and the
 * managers' authorizations or notices the grant now waits for.
 *
 * @param motivo          why it ran: filing, a location change or a layer change
 * @param competente      whether the agency running this platform is the competent one
 * @param regraDeCompetencia the code of the rule (rule catalogue) that decided the sphere, e.g. "lc140-art7-terra-indigena"
 * @param feicoesDecisivas the ids of the features that decided the sphere
 */
public record AnaliseTerritorialRealizada(
        String processoId,
        MotivoDaAnalise motivo,
        List<VersaoDeCamada> camadas,
        List<Interferencia> interferencias,
        Esfera esferaCompetente,
        boolean competente,
        String regraDeCompetencia,
        List<String> feicoesDecisivas,
        List<AnuenciaExigida> anuencias,
        Instant realizadaEm) {

    public enum MotivoDaAnalise {
        PROTOCOLO,
        LOCALIZACAO_ALTERADA,
        CAMADA_ALTERADA
    }
}
