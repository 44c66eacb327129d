package br.licenciamento.pessoa.lgpd;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The secret of the CPF/CNPJ hashes has no default: the hashes live in events forever. */
class ImpressaoDeDocumentoTest {

    @Test
    void semSegredoOuComSegredoCurtoNaoHaImpressaoEODiz() {
        assertThatThrownBy(() -> new ImpressaoDeDocumento("")).hasMessageContaining("LICENCIAMENTO_PESSOA_SEGREDO_DOCUMENTO");
        assertThatThrownBy(() -> new ImpressaoDeDocumento("curto-demais")).hasMessageContaining("pelo menos 32 caracteres");
    }

    @Test
    void mesmoSegredoMesmaImpressaoSegredoDiferenteOutra() {
        String cpf = "52998224725";
        ImpressaoDeDocumento um = new ImpressaoDeDocumento("um-segredo-aleatorio-com-32-caracteres-ou-mais");
        assertThat(um.de(cpf)).isEqualTo(new ImpressaoDeDocumento("um-segredo-aleatorio-com-32-caracteres-ou-mais").de(cpf))
                .isNotEqualTo(new ImpressaoDeDocumento("outro-segredo-aleatorio-com-32-caracteres-ou-mais").de(cpf))
                .hasSize(64).doesNotContain(cpf);
    }
}
