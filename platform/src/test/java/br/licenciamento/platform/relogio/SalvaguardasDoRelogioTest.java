package br.licenciamento.platform.relogio;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The homologation clock can never be switched on where real time matters. */
class SalvaguardasDoRelogioTest {

    private final RelogioConfiguration configuracao = new RelogioConfiguration();

    @Test
    void naoLigaNoPerfilDeProducao() {
        MockEnvironment producao = new MockEnvironment();
        producao.setActiveProfiles("producao");
        assertThatThrownBy(() -> configuracao.relogioDeHomologacao(null, null, producao))
                .hasMessageContaining("perfil de produção");
    }

    @Test
    void naoLigaEmModoDeServicos() {
        MockEnvironment servicos = new MockEnvironment().withProperty("axon.axonserver.enabled", "true");
        assertThatThrownBy(() -> configuracao.relogioDeHomologacao(null, null, servicos))
                .hasMessageContaining("em um processo");
    }
}
