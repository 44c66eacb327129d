package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A client learns which field is wrong: a field the resource does not have, or a value outside an enumeration. */
class EntradaEstritaTest extends FluxoDeLicenciamento {

    @Test
    void campoDesconhecidoE400QueONomeiaENadaRegistra() {
        String requerente = requerenteAtivo();
        String comCampoAMais = pedido(requerente, "LP", null, null).replaceFirst("\\{", "{\"protocoladoEm\":\"2020-01-01\",");
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/processos", comCampoAMais);
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(400);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().get("erros").get(0).get("campo").asString()).isEqualTo("protocoladoEm");
        assertThat(api("GESTOR").get("/api/v1/processos?requerente=" + requerente).json().get("itens").size()).isZero();
    }

    @Test
    void valorForaDaEnumeracaoE400QueNomeiaOCampoEOsValoresAceitos() {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/processos",
                pedido(requerenteAtivo(), "LP", null, null).replace("\"LP\"", "\"LX\""));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(400);
        assertThat(resposta.json().get("erros").get(0).get("campo").asString()).isEqualTo("tipoLicenca");
        assertThat(resposta.json().get("erros").get(0).get("mensagem").asString()).contains("LX", "LP", "LAC");
    }
}
