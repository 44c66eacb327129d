package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnuenciaRegistrada;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The dossier of one process as stored in MongoDB: one document per process.
 *
 * @param analista              the analyst the process is assigned to (user name), if any
 * @param atualizadoEm          time of the latest event projected into it (orders the live lists)
 * @param agregadosRelacionados ids of the other event streams that feed this dossier (the process's documents and
 *                              licences), so a past state can be rebuilt from every stream involved
 */
@Document(DossieDocumento.COLECAO)
record DossieDocumento(
        @Id String processoId,
        String numero,
        String requerenteId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        SituacaoProcesso situacao,
        Instant protocoladoEm,
        String analista,
        Instant atualizadoEm,
        List<Ocorrencia> linhaDoTempo,
        List<String> agregadosRelacionados,
        Long versao,
        LocalizacaoGuardada localizacao,
        List<AnaliseGuardada> analisesTerritoriais,
        List<AnuenciaRegistrada> anuenciasRegistradas) {

    static final String COLECAO = "dossies";

    /**
     * A timeline line, keyed by the event that produced it so a replay never repeats it. Lines come from the
     * process and from its documents (other streams), so they are ordered by time, then by sequence.
     */
    record Ocorrencia(String eventoId, long sequencia, Instant quando, String descricao) {
    }

    /** The location as stored: the GeoJSON geometry as a document, so MongoDB can index it (2dsphere). */
    record LocalizacaoGuardada(Map<String, Object> geometria, String municipioIbge, Instant definidaEm) {
    }

    /** One territorial analysis, keyed by its event so a replay never repeats it. */
    record AnaliseGuardada(String eventoId, long sequencia, AnaliseTerritorialRealizada analise) {
    }

    DossieProcesso paraConsulta() {
        List<DossieProcesso.Ocorrencia> linhas = linhasEmOrdem().stream()
                .map(o -> new DossieProcesso.Ocorrencia(o.quando(), o.descricao()))
                .toList();
        List<DossieProcesso.AnaliseTerritorialNoDossie> analises = analisesTerritoriais == null ? List.of()
                : analisesTerritoriais.stream()
                .sorted(AnaliseNoDossie.EM_ORDEM)
                .map(a -> AnaliseNoDossie.de(a.analise(), anuenciasRegistradas))
                .toList();
        return new DossieProcesso(processoId, numero, requerenteId, empreendimento, cnae, municipioIbge, tipoLicenca,
                regime, situacao, protocoladoEm, linhas, versao,
                localizacao == null ? null : new DossieProcesso.LocalizacaoNoDossie(localizacao.geometria(),
                        localizacao.municipioIbge(), localizacao.definidaEm()),
                analises.isEmpty() ? null : analises.get(analises.size() - 1), analises);
    }

    ProcessoAcompanhado resumo() {
        List<Ocorrencia> linhas = linhasEmOrdem();
        String ultima = linhas.isEmpty() ? null : linhas.get(linhas.size() - 1).descricao();
        return new ProcessoAcompanhado(processoId, numero, requerenteId, empreendimento, tipoLicenca, situacao, analista,
                protocoladoEm, atualizadoEm, ultima);
    }

    List<String> outrosAgregados() {
        return agregadosRelacionados == null ? List.of() : agregadosRelacionados;
    }

    private List<Ocorrencia> linhasEmOrdem() {
        return linhaDoTempo == null ? List.of() : linhaDoTempo.stream()
                .sorted(Comparator.comparing(Ocorrencia::quando).thenComparingLong(Ocorrencia::sequencia))
                .toList();
    }
}
