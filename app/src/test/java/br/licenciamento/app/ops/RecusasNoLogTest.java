package br.licenciamento.app.ops;

import br.licenciamento.app.processo.FluxoDeLicenciamento;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads in the log when users are refused: one line per refusal, with its rule, never a stack trace
 * (four bad requests used to leave 451 lines); and what a person gets at the platform's root address.
 */
@ExtendWith(OutputCaptureExtension.class)
class RecusasNoLogTest extends FluxoDeLicenciamento {

    @Test
    void comandoRecusadoDeixaUmaLinhaComARegraESemPilha(CapturedOutput saida) {
        String requerente = requerenteAtivo();
        Protocolo lp = protocolar(requerente, "LP", null, null);
        int antes = saida.getOut().length();

        for (int i = 0; i < 3; i++) {
            recusadaPelaRegra(tentar("GESTOR", lp.processoId(), "decisao",
                    "{\"deferido\":true,\"validadeMeses\":48,\"fundamentos\":\"ok\"}"), "etapa-fora-de-ordem");
        }
        // A refusal in the aggregate's constructor (an LI without its LP) took Axon's other logging path.
        recusadaPelaRegra(api("REQUERENTE").post("/api/v1/processos", pedido(requerente, "LI", null, null)),
                "licenca-anterior-exigida");

        String log = saida.getOut().substring(antes);
        assertThat(log.lines().filter(l -> l.contains("Recusado POST")).toList()).hasSize(4)
                .allMatch(l -> l.contains("etapa-fora-de-ordem") || l.contains("licenca-anterior-exigida"));
        assertThat(log).doesNotContain("RegraVioladaException").doesNotContain("\tat org.axonframework");
    }

    @Test
    void enderecoRaizApontaADocumentacaoEAOperacao() {
        ClienteHttp.Resposta raiz = api().get("/");
        assertThat(raiz.status()).as(raiz.corpo()).isEqualTo(200);
        assertThat(raiz.json().get("documentacao").asString()).isEqualTo("/swagger-ui.html");
        assertThat(raiz.json().get("operacao").asString()).isEqualTo("/ops");
    }
}
