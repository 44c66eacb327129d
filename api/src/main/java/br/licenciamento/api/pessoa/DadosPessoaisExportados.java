package br.licenciamento.api.pessoa;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the registry holds about a person: the current record, the powers of attorney received from others,
 * and every recorded fact about them with who recorded it and when.
 */
public record DadosPessoaisExportados(
        FichaPessoa ficha,
        List<FichaPessoa.Procuracao> procuracoesRecebidas,
        List<FichaPessoa.ResponsavelTecnico> designacoesComoResponsavelTecnico,
        List<Fato> historico,
        Instant geradoEm) {

    /** One recorded fact with its content, personal values decrypted (or "[eliminado]" after erasure). */
    public record Fato(String evento, Instant registradoEm, String usuario, Map<String, Object> dados) {
    }
}
