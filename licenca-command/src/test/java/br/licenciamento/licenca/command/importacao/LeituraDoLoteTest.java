package br.licenciamento.licenca.command.importacao;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeituraDoLoteTest {

    @Test
    void jsonAninhadoAlemDoLimiteEhLoteIlegivelSemPosicao() {
        assertThatThrownBy(() -> LeituraDoLote.json("[".repeat(5_000)))
                .isInstanceOf(LeituraDoLote.LoteIlegivel.class)
                .hasMessageContaining("aninhamento");
    }

    @Test
    void jsonQuebradoDizALinhaEAColuna() {
        assertThatThrownBy(() -> LeituraDoLote.json("{\"processos\": [\n  {\"numeroLegado\": }]}"))
                .isInstanceOf(LeituraDoLote.LoteIlegivel.class)
                .hasMessageContaining("linha 2");
    }
}
