package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The dossier of one process as stored in MongoDB: one document per process. */
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
        List<Ocorrencia> linhaDoTempo) {

    static final String COLECAO = "dossies";

    /**
     * A timeline line, keyed by the event that produced it so a replay never repeats it. Lines come from the
     * process and from its documents (other streams), so they are ordered by time, then by sequence.
     */
    record Ocorrencia(String eventoId, long sequencia, Instant quando, String descricao) {
    }

    DossieProcesso paraConsulta() {
        List<DossieProcesso.Ocorrencia> linhas = linhaDoTempo == null ? List.of() : linhaDoTempo.stream()
                .sorted(Comparator.comparing(Ocorrencia::quando).thenComparingLong(Ocorrencia::sequencia))
                .map(o -> new DossieProcesso.Ocorrencia(o.quando(), o.descricao()))
                .toList();
        return new DossieProcesso(processoId, numero, requerenteId, empreendimento, cnae, municipioIbge, tipoLicenca,
                regime, situacao, protocoladoEm, linhas);
    }
}
