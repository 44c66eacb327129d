package br.licenciamento.app.confiabilidade;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients sending conflicting commands to one aggregate at once (today: one person's contacts, deactivation
 * and reactivation). The stream keeps contiguous sequence numbers with no duplicate, every accepted change is in it
 * once, state changes never repeat on stale state, any loser is told why with a 409 or 422 problem, and nobody gets
 * a 5xx. Axon serialises commands per aggregate inside one JVM, so today nobody loses here; the figures show it.
 */
class ConfiabilidadeConcorrenciaTest extends PlataformaEmbutidaTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void comandosConflitantesNoMesmoAgregadoNaoDuplicamNemPulamSequencia() throws Exception {
        int clientes = Integer.getInteger("confiabilidade.concorrencia.clientes", 8);
        int porCliente = Integer.getInteger("confiabilidade.concorrencia.por-cliente", 12);
        String pessoa = requerenteAtivo();
        Map<Integer, AtomicLong> status = new ConcurrentHashMap<>();
        List<String> erradas = new CopyOnWriteArrayList<>();
        AtomicLong aceitas = new AtomicLong();
        AtomicLong contatosAceitos = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clientes; c++) {
            int cliente = c;
            Thread t = new Thread(() -> {
                Random aleatorio = new Random(cliente);
                ClienteHttp requerente = api("REQUERENTE");
                ClienteHttp gestor = api("GESTOR");
                for (int i = 0; i < porCliente; i++) {
                    int operacao = aleatorio.nextInt(3);
                    ClienteHttp.Resposta r = switch (operacao) {
                        case 0 -> requerente.enviar("PUT", "/api/v1/pessoas/" + pessoa + "/contatos", "application/json", """
                                {"email":"c%d-%d@exemplo.com.br","telefone":"3199999%04d",
                                 "endereco":{"logradouro":"Rua %d","numero":"%d","municipioIbge":"3106200","cep":"30160-011"}}"""
                                .formatted(cliente, i, cliente * 100 + i, cliente, i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        case 1 -> gestor.post("/api/v1/pessoas/" + pessoa + "/inativacao", "{\"motivo\":\"concorrencia " + cliente + "\"}");
                        default -> gestor.post("/api/v1/pessoas/" + pessoa + "/reativacao", "");
                    };
                    status.computeIfAbsent(r.status(), s -> new AtomicLong()).incrementAndGet();
                    if (r.status() / 100 == 2) {
                        aceitas.incrementAndGet();
                        if (operacao == 0) {
                            contatosAceitos.incrementAndGet();
                        }
                    } else if ((r.status() != 409 && r.status() != 422)
                            || !r.contentType().startsWith("application/problem+json")) {
                        erradas.add(r.status() + " " + r.contentType() + " " + r.corpo());
                    }
                }
            }, "concorrente-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(120_000);
        }

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Long> sequencias = jdbc.queryForList("""
                SELECT sequence_number FROM axon.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                Long.class, pessoa);
        List<String> tipos = jdbc.queryForList("""
                SELECT payload_type FROM axon.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                String.class, pessoa).stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
        long contatosGravados = tipos.stream().filter("ContatosAtualizados"::equals).count();
        // Deactivation and reactivation are idempotent (a repeat is accepted and records nothing), so in the stream
        // they must strictly alternate: two in a row would mean two commands decided on the same stale state.
        List<String> situacoes = tipos.stream().filter(t -> t.equals("PessoaInativada") || t.equals("PessoaReativada")).toList();
        long repetidas = java.util.stream.IntStream.range(1, situacoes.size())
                .filter(i -> situacoes.get(i).equals(situacoes.get(i - 1))).count();
        List<Long> esperadas = LongStream.range(0, sequencias.size()).boxed().toList();
        System.out.printf("CONFIABILIDADE concorrencia: clientes=%d requisicoes=%d 2xx=%d status=%s eventos=%d "
                        + "sequencia-continua=%s contatos-aceitos=%d contatos-gravados=%d mudancas-de-situacao=%d repetidas=%d erradas=%d%n",
                clientes, clientes * porCliente, aceitas.get(), status, sequencias.size(), sequencias.equals(esperadas),
                contatosAceitos.get(), contatosGravados, situacoes.size(), repetidas, erradas.size());

        assertThat(erradas).as("respostas que nao sao 2xx, nem 409/422 problem+json").isEmpty();
        assertThat(sequencias).as("numeros de sequencia do agregado: continuos, sem repeticao").isEqualTo(esperadas);
        // Each accepted contact change carries new data: exactly one event each, none lost, none applied twice.
        assertThat(contatosGravados).as("eventos de contatos contra 2xx de contatos").isEqualTo(contatosAceitos.get());
        assertThat(repetidas).as("inativacoes ou reativacoes seguidas no stream").isZero();
        assertThat(situacoes).as("a carga precisa ter mudado a situacao para o teste valer").isNotEmpty();
    }
}
