package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-your-writes: a client that sends back the read position of a command's answer reads what the command did,
 * although the read side is asynchronous; one that cannot be served in time is told to retry, never given a stale 404.
 */
class LeituraDasPropriasEscritasTest extends FluxoDeLicenciamento {

    private static final String POSICAO = "X-Posicao-De-Leitura";

    @Test
    void protocoloSeguidoDaLeituraComAPosicaoNuncaDa404EmMilTentativas() throws InterruptedException {
        String requerente = requerenteAtivo();
        List<String> falhas = new CopyOnWriteArrayList<>();
        AtomicInteger lidas = new AtomicInteger();
        ExecutorService clientes = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1000; i++) {
            clientes.submit(() -> {
                ClienteHttp api = api("REQUERENTE");
                ClienteHttp.Resposta protocolo = api.post("/api/v1/processos", pedido(requerente, "LP", null, null));
                String posicao = protocolo.cabecalho(POSICAO).orElse(null);
                if (protocolo.status() != 201 || posicao == null) {
                    falhas.add("protocolo " + protocolo.status() + " posicao " + posicao);
                    return;
                }
                String local = protocolo.cabecalho("Location").orElseThrow();
                ClienteHttp.Resposta dossie = api.com(POSICAO, posicao).get(local);
                if (dossie.status() != 200) {
                    falhas.add("dossie " + dossie.status() + " posicao " + posicao + " " + dossie.corpo() + " depois: "
                            + api.com(POSICAO, posicao).get(local).status() + " processadores "
                            + api("ADMIN").get("/api/v1/ops/processadores").corpo());
                } else {
                    lidas.incrementAndGet();
                }
            });
        }
        clientes.shutdown();
        assertThat(clientes.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(falhas).isEmpty();
        assertThat(lidas.get()).isEqualTo(1000);
    }

    @Test
    void cadastroSeguidoDaLeituraPeloParametroAchaAPessoa() {
        ClienteHttp api = api("REQUERENTE");
        ClienteHttp.Resposta cadastro = api.post("/api/v1/pessoas", """
                {"tipo":"FISICA","documento":"%s","nome":"Leitura Consistente","email":"leitura@exemplo.com.br",
                 "endereco":{"logradouro":"Rua da Bahia","numero":"1","municipioIbge":"3106200","cep":"30160-011"}}"""
                .formatted(br.licenciamento.app.pessoa.DocumentosDeTeste.cpf()));
        assertThat(cadastro.status()).as(cadastro.corpo()).isEqualTo(201);
        String local = cadastro.cabecalho("Location").orElseThrow();
        ClienteHttp.Resposta pessoa = api.get(local + "?posicao=" + cadastro.cabecalho(POSICAO).orElseThrow());
        assertThat(pessoa.status()).as(pessoa.corpo()).isEqualTo(200);
    }

    @Test
    void leituraQueNaoAlcancaAPosicaoA503ComRetryAfterEPosicaoInvalidaA400() {
        ClienteHttp admin = api("ADMIN");
        ClienteHttp.Resposta protocolo = api("REQUERENTE").post("/api/v1/processos", pedido(requerenteAtivo(), "LP", null, null));
        String posicao = protocolo.cabecalho(POSICAO).orElseThrow();
        admin.post("/api/v1/ops/processadores/dossie/parar", "");
        try {
            ClienteHttp.Resposta adiantada = api("REQUERENTE").com(POSICAO, String.valueOf(Long.parseLong(posicao) + 1_000_000))
                    .get(protocolo.cabecalho("Location").orElseThrow());
            assertThat(adiantada.status()).as(adiantada.corpo()).isEqualTo(503);
            assertThat(adiantada.contentType()).startsWith("application/problem+json");
            assertThat(adiantada.cabecalho("Retry-After")).isPresent();
        } finally {
            admin.post("/api/v1/ops/processadores/dossie/iniciar", "");
        }
        ClienteHttp.Resposta invalida = api("REQUERENTE").com(POSICAO, "ontem").get(protocolo.cabecalho("Location").orElseThrow());
        assertThat(invalida.status()).as(invalida.corpo()).isEqualTo(400);
    }
}
