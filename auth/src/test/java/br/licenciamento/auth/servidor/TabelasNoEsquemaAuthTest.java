package br.licenciamento.auth.servidor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TabelasNoEsquemaAuthTest {

    @Test
    void qualificaAsTabelasDoServidorDeAutorizacaoSemTocarNasColunas() {
        assertThat(TabelasNoEsquemaAuth.qualificar(
                "SELECT id, authorization_code_value FROM oauth2_authorization WHERE access_token_value = ?"))
                .isEqualTo("SELECT id, authorization_code_value FROM auth.oauth2_authorization WHERE access_token_value = ?");
        assertThat(TabelasNoEsquemaAuth.qualificar("DELETE FROM oauth2_authorization_consent WHERE principal_name = ?"))
                .isEqualTo("DELETE FROM auth.oauth2_authorization_consent WHERE principal_name = ?");
        assertThat(TabelasNoEsquemaAuth.qualificar("UPDATE oauth2_registered_client SET client_name = ?"))
                .isEqualTo("UPDATE auth.oauth2_registered_client SET client_name = ?");
    }
}
