package br.licenciamento.app.confiabilidade;

import br.licenciamento.platform.teste.ClienteHttp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Filing load from several client threads, the way applicants use the API: each client registers a person and
 * then files requests for it until told to stop. Every acknowledged (2xx) id is kept; a request whose answer never
 * arrived (platform killed, database down) is only counted, since the client cannot know whether it was stored.
 */
final class Carga implements AutoCloseable {

    final Set<String> processosAceitos = ConcurrentHashMap.newKeySet();
    final Set<String> pessoasAceitas = ConcurrentHashMap.newKeySet();
    final AtomicLong requisicoes = new AtomicLong();
    final AtomicLong semResposta = new AtomicLong();
    final Map<Integer, AtomicLong> porStatus = new ConcurrentHashMap<>();
    /** Every 5xx with its body, so a failure names what the server said. */
    final List<String> erros5xx = new CopyOnWriteArrayList<>();
    /** Error answers that are not problem+json (should never happen). */
    final List<String> semProblemJson = new CopyOnWriteArrayList<>();
    /** Slowest answer seen, in milliseconds: an outage must be answered, not hang. */
    final AtomicLong maiorLatenciaMs = new AtomicLong();

    private final Supplier<ClienteHttp> cliente;
    private final AtomicBoolean parar = new AtomicBoolean();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    Carga(Supplier<ClienteHttp> cliente) {
        this.cliente = cliente;
    }

    void iniciar(int clientes, String municipio) {
        parar.set(false);
        for (int i = 0; i < clientes; i++) {
            Thread t = new Thread(() -> executar(municipio), "carga-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void executar(String municipio) {
        // The client acts as an applicant: the role a real user filing requests has.
        ClienteHttp api = Papeis.como(cliente.get(), "REQUERENTE");
        String requerente = null;
        int falhasSeguidas = 0;
        while (!parar.get() && falhasSeguidas < 200) {
            try {
                if (requerente == null) {
                    requerente = registrar(api);
                    continue;
                }
                long inicio = System.nanoTime();
                ClienteHttp.Resposta r = api.post("/api/v1/processos", """
                        {"requerenteId":"%s","empreendimento":"Carga %s","cnae":"0155-5/05",
                         "municipioIbge":"%s","tipoLicenca":"LP"}""".formatted(requerente, Thread.currentThread().getName(), municipio));
                contar(r, inicio);
                if (r.status() / 100 == 2) {
                    processosAceitos.add(r.json().get("processoId").asString());
                }
                falhasSeguidas = 0;
            } catch (IllegalStateException semRespostaDoServidor) {
                // Connection reset or refused: the platform is down; the command may or may not be stored.
                requisicoes.incrementAndGet();
                semResposta.incrementAndGet();
                falhasSeguidas++;
                pausa(50);
            }
        }
    }

    private String registrar(ClienteHttp api) {
        String cpf = br.licenciamento.app.pessoa.DocumentosDeTeste.cpf();
        long inicio = System.nanoTime();
        ClienteHttp.Resposta r = api.post("/api/v1/pessoas", """
                {"tipo":"FISICA","documento":"%s","nome":"Requerente da Carga","email":"carga@exemplo.com.br",
                 "endereco":{"logradouro":"Rua da Bahia","numero":"1000","municipioIbge":"3106200","cep":"30160-011"}}"""
                .formatted(cpf));
        contar(r, inicio);
        if (r.status() == 201) {
            String id = r.json().get("pessoaId").asString();
            pessoasAceitas.add(id);
            return id;
        }
        pausa(50);
        return null;
    }

    private void contar(ClienteHttp.Resposta r, long inicio) {
        maiorLatenciaMs.accumulateAndGet((System.nanoTime() - inicio) / 1_000_000, Math::max);
        requisicoes.incrementAndGet();
        if (r.status() >= 400 && !r.contentType().startsWith("application/problem+json")) {
            semProblemJson.add(r.status() + " '" + r.contentType() + "' " + r.corpo());
        }
        porStatus.computeIfAbsent(r.status(), s -> new AtomicLong()).incrementAndGet();
        if (r.status() >= 500 && erros5xx.size() < 50) {
            erros5xx.add(r.status() + " " + r.contentType() + " " + r.corpo());
        }
    }

    long status(int status) {
        AtomicLong n = porStatus.get(status);
        return n == null ? 0 : n.get();
    }

    long total5xx() {
        return porStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().get()).sum();
    }

    /** Stops the clients and waits for them; each request has its own 30 s timeout, so this is bounded. */
    void parar() throws InterruptedException {
        parar.set(true);
        for (Thread t : threads) {
            t.join(60_000);
        }
        threads.clear();
    }

    @Override
    public void close() throws InterruptedException {
        parar();
    }

    private static void pausa(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
