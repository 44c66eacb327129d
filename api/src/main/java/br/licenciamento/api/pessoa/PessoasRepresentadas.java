package br.licenciamento.api.pessoa;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a signed-in user may reach as an applicant: the persons they registered (theirs in full) and the powers of
 * attorney in force that other persons granted to one of those persons (each only within its scope). The one rule of
 * who reaches which process lives here, so every context applies it the same way.
 *
 * @param pessoaIds   the persons the user registered: the user acts for them in everything
 * @param procuracoes the powers of attorney in force (not revoked, today within their validity) granted to one of
 *                    those persons
 */
public record PessoasRepresentadas(String usuario, List<String> pessoaIds, List<ProcuracaoRecebida> procuracoes) {

    public PessoasRepresentadas {
        pessoaIds = pessoaIds == null ? List.of() : List.copyOf(pessoaIds);
        procuracoes = procuracoes == null ? List.of() : List.copyOf(procuracoes);
    }

    /** A power of attorney in force: the grantor, and the enterprise or process it covers. */
    public record ProcuracaoRecebida(String outorganteId, Alcance alcance, String objetoId) {

        boolean abrange(String processoId, String requerenteId, String empreendimentoId) {
            if (!outorganteId.equals(requerenteId)) {
                return false;
            }
            return alcance == Alcance.PROCESSO ? objetoId.equals(processoId) : objetoId.equals(empreendimentoId);
        }
    }

    /** Whether the user registered this person, and so acts for it in everything. */
    public boolean representa(String pessoaId) {
        return pessoaIds.contains(pessoaId);
    }

    /** Whether the person granted one of the user's persons a power of attorney in force (for some enterprise or process). */
    public boolean eProcuradorDe(String pessoaId) {
        return procuracoes.stream().anyMatch(p -> p.outorganteId().equals(pessoaId));
    }

    /**
     * Whether the user may act on this process (or file it): it is of a person the user registered, or a power of
     * attorney in force covers it (its process, or its enterprise).
     */
    public boolean alcancaProcesso(String processoId, String requerenteId, String empreendimentoId) {
        return representa(requerenteId)
                || procuracoes.stream().anyMatch(p -> p.abrange(processoId, requerenteId, empreendimentoId));
    }

    /** The persons whose registry card the user may read: theirs and those who granted them a power of attorney. */
    public Set<String> pessoasVisiveis() {
        return java.util.stream.Stream.concat(pessoaIds.stream(), procuracoes.stream().map(ProcuracaoRecebida::outorganteId))
                .collect(Collectors.toUnmodifiableSet());
    }
}
