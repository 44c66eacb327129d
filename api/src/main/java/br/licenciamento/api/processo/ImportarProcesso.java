package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Brings in a process that runs in the agency's former system, with its original protocol number and dates: the
 * regime follows the original filing date and every deadline is counted from the original dates. Only the parts
 * the {@code situacao} needs are given (classification from analysis on, the licence of a granted process...).
 *
 * @param numeroLegado the protocol number in the former system; it stays the process's number
 * @param importacaoId the import batch that brought it in
 */
public record ImportarProcesso(
        @TargetAggregateIdentifier String processoId,
        String numeroLegado,
        String importacaoId,
        LocalDate protocoladoEm,
        TipoLicenca tipoLicenca,
        String requerenteId,
        String empreendimentoId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        SituacaoProcesso situacao,
        Enquadramento enquadramento,
        LocalDate admitidoEm,
        Complementacao complementacao,
        LicencaLegada licenca,
        Decisao indeferimento,
        Arquivamento arquivamento) {

    /** Classification as recorded in the former system. */
    public record Enquadramento(Porte porte, PotencialPoluidor potencial, LocalDate enquadradoEm) {
    }

    /** A complementation asked, and answered on {@code atendidaEm} when it was. */
    public record Complementacao(LocalDate solicitadaEm, List<String> itens, LocalDate atendidaEm) {
    }

    /** The licence a granted process received, with the number printed on it. */
    public record LicencaLegada(String numero, LocalDate emitidaEm, LocalDate validaAte, String fundamentos,
                                List<Condicionante> condicionantes) {
    }

    /** A condition of an imported licence and its due date. */
    public record Condicionante(String descricao, LocalDate prazo) {
    }

    public record Decisao(LocalDate decididoEm, String fundamentos) {
    }

    public record Arquivamento(LocalDate arquivadoEm, MotivoDeArquivamento motivo, String detalhe) {
    }
}
