package br.licenciamento.app.pessoa;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-context rule: licensing asks the people registry (query bus) before accepting a filing. */
class RequerenteAtivoTest extends PlataformaEmbutidaTest {

    private ClienteHttp.Resposta protocolar(String requerenteId) {
        return protocolar("REQUERENTE", requerenteId);
    }

    private ClienteHttp.Resposta protocolar(String papel, String requerenteId) {
        return api(papel).post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Granja Santa Luzia","cnae":"0155-5/01",
                 "municipioIbge":"3106200","tipoLicenca":"LP"}""".formatted(requerenteId));
    }

    @Test
    void requerenteDesconhecidoNaoProtocola() {
        ClienteHttp.Resposta resposta = protocolar("GESTOR", "pessoa-que-nao-existe");
        assertThat(resposta.status()).isEqualTo(422);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().get("regra").asString()).isEqualTo("requerente-ativo");
        assertThat(resposta.json().get("detail").asString()).contains("não está no cadastro de pessoas");
        // An applicant learns nothing about ids that are not theirs: the same refusal as for someone else's person.
        ClienteHttp.Resposta doRequerente = protocolar("pessoa-que-nao-existe");
        assertThat(doRequerente.status()).isEqualTo(422);
        assertThat(doRequerente.json().get("regra").asString()).isEqualTo("requerente-representado");
    }

    @Test
    void requerenteInativoNaoProtocolaEReativadoVoltaAProtocolar() {
        String requerente = requerenteAtivo();
        assertThat(protocolar(requerente).status()).isEqualTo(201);

        assertThat(api("GESTOR").post("/api/v1/pessoas/" + requerente + "/inativacao", "{\"motivo\":\"empresa baixada\"}").status())
                .isEqualTo(204);
        ClienteHttp.Resposta recusado = protocolar(requerente);
        assertThat(recusado.status()).isEqualTo(422);
        assertThat(recusado.json().get("regra").asString()).isEqualTo("requerente-ativo");
        assertThat(recusado.json().get("detail").asString()).contains("inativo");

        assertThat(api("GESTOR").post("/api/v1/pessoas/" + requerente + "/reativacao", "{}").status()).isEqualTo(204);
        assertThat(protocolar(requerente).status()).isEqualTo(201);
    }

    @Test
    void requerenteComDadosEliminadosNaoProtocola() {
        String requerente = requerenteAtivo();
        assertThat(api("REQUERENTE").post("/api/v1/pessoas/" + requerente + "/eliminacao", "{}").status()).isEqualTo(204);
        ClienteHttp.Resposta recusado = protocolar(requerente);
        assertThat(recusado.status()).isEqualTo(422);
        assertThat(recusado.json().get("regra").asString()).isEqualTo("requerente-ativo");
    }
}
