package br.licenciamento.api.processo;

import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnuenciaExigida;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.Interferencia;
import br.licenciamento.api.territorio.TipoDeCamada;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one licensing request, in one document; {@code versao} is the process's version the
 * dossier shows (also its {@code ETag}), to send back in {@code If-Match}.
 *
 * @param localizacao         where the enterprise is; {@code null} until a location is given
 * @param analiseTerritorial  the latest territorial analysis; {@code null} before the first
 * @param analisesTerritoriais every territorial analysis made, oldest first (the latest included)
 */
public record DossieProcesso(
        String processoId,
        String numero,
        String requerenteId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        SituacaoProcesso situacao,
        Instant protocoladoEm,
        List<Ocorrencia> linhaDoTempo,
        Long versao,
        LocalizacaoNoDossie localizacao,
        AnaliseTerritorialNoDossie analiseTerritorial,
        List<AnaliseTerritorialNoDossie> analisesTerritoriais) {

    /** One readable line of the process's timeline. */
    public record Ocorrencia(Instant quando, String descricao) {
    }

    /**
     * The enterprise's location.
     *
     * @param geometria the GeoJSON geometry object (longitude-latitude, SIRGAS 2000 / WGS 84)
     */
    public record LocalizacaoNoDossie(Map<String, Object> geometria, String municipioIbge, Instant definidaEm) {
    }

    /**
     * One territorial analysis, as the dossier shows it: the layer versions read, what the location touches, the
     * competent sphere with the rule and the features that decided it, and the managers' consents with whether each
     * was recorded.
     */
    public record AnaliseTerritorialNoDossie(
            AnaliseTerritorialRealizada.MotivoDaAnalise motivo,
            List<CamadaNoDossie> camadas,
            List<InterferenciaNoDossie> interferencias,
            Esfera esferaCompetente,
            boolean competente,
            String regraDeCompetencia,
            List<String> feicoesDecisivas,
            List<AnuenciaNoDossie> anuencias,
            Instant realizadaEm) {
    }

    /** A version of a reference layer an analysis read. */
    public record CamadaNoDossie(String camadaId, String nome, TipoDeCamada tipo, int versao) {
    }

    /** A feature the location touches, with the name and version of its layer. */
    public record InterferenciaNoDossie(
            String camadaId,
            String camada,
            int versao,
            TipoDeCamada tipo,
            String feicaoId,
            String nome,
            Esfera esfera,
            String categoria,
            Interferencia.Relacao relacao,
            double distanciaMetros,
            double areaSobrepostaMetrosQuadrados) {
    }

    /**
     * A manager's authorization or notice the grant waits for, and whether it was recorded (with its document).
     */
    public record AnuenciaNoDossie(
            String feicaoId,
            String nome,
            Esfera esferaDoGestor,
            AnuenciaExigida.Natureza natureza,
            String fundamento,
            boolean registrada,
            String documento,
            Instant registradaEm) {
    }
}
