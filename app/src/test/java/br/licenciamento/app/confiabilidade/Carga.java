package br.licenciamento.app.confiabilidade;

import br.licenciamento.platform.teste.ClienteHttp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Filing load from several client threads, the way applicants use the API: each client registers a person and
 * then files requests for it until told to stop. Optionally ({@link #iniciarEtapas}) agency managers take the filed
 * requests further: classification (which starts the analysis clock and the fee slip) and, for every other one, a
 * slip of their own that is paid at once. Every acknowledged (2xx) id is kept; a request whose answer never arrived
 * (platform killed, database down) is only counted, since the client cannot know whether it was stored.
 */
final class Carga implements AutoCloseable {

    final Set<String> processosAceitos = ConcurrentHashMap.newKeySet();
    final Set<String> pessoasAceitas = ConcurrentHashMap.newKeySet();
    final Set<String> enquadramentosAceitos = ConcurrentHashMap.newKeySet();
    /** Process id to the id of the slip the manager issued (2xx). */
    final Map<String, String> guiasAceitas = new ConcurrentHashMap<>();
    final Set<String> pagamentosAceitos = ConcurrentHashMap.newKeySet();
    /** Classified requests the managers leave to the fee saga's slip, which nobody pays. */
    final Set<String> deixadosSemPagamento = ConcurrentHashMap.newKeySet();
    /**
     * Filings sent with an {@code Idempotency-Key} whose answer never arrived (the platform was killed): the key and
     * the body, to be sent again after the restart. Each body names its key, so its effect can be counted.
     */
    final Map<String, String> cortadasComChave = new ConcurrentHashMap<>();
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
    /** Filed requests waiting for a manager; only filled once {@link #iniciarEtapas} was called. */
    private final BlockingQueue<String> aEnquadrar = new LinkedBlockingQueue<>();
    private volatile boolean comEtapas;
    private final AtomicLong enquadrados = new AtomicLong();

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
        String chave = null;
        String corpo = null;
        int falhasSeguidas = 0;
        while (!parar.get() && falhasSeguidas < 200) {
            try {
                if (requerente == null) {
                    requerente = registrar(api);
                    continue;
                }
                long inicio = System.nanoTime();
                chave = UUID.randomUUID().toString();
                corpo = """
                        {"requerenteId":"%s","empreendimento":"Carga %s %s","cnae":"0155-5/05",
                         "municipioIbge":"%s","tipoLicenca":"LP"}""".formatted(requerente, Thread.currentThread().getName(),
                        chave, municipio);
                ClienteHttp.Resposta r = api.com("Idempotency-Key", chave).post("/api/v1/processos", corpo);
                chave = null;
                contar(r, inicio);
                if (r.status() / 100 == 2) {
                    String id = r.json().get("processoId").asString();
                    processosAceitos.add(id);
                    if (comEtapas) {
                        aEnquadrar.add(id);
                    }
                }
                falhasSeguidas = 0;
            } catch (IllegalStateException semRespostaDoServidor) {
                // Connection reset or refused: the platform is down; the command may or may not be stored.
                if (chave != null) {
                    cortadasComChave.put(chave, corpo);
                }
                requisicoes.incrementAndGet();
                semResposta.incrementAndGet();
                falhasSeguidas++;
                pausa(50);
            }
        }
    }

    /** Managers who classify the filed requests; every other one also gets a slip of theirs, paid at once. */
    void iniciarEtapas(int gestores) {
        comEtapas = true;
        parar.set(false);
        for (int i = 0; i < gestores; i++) {
            Thread t = new Thread(this::executarEtapas, "etapas-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void executarEtapas() {
        ClienteHttp gestor = Papeis.como(cliente.get(), "GESTOR");
        while (!parar.get()) {
            String id;
            try {
                id = aEnquadrar.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (id == null) {
                continue;
            }
            try {
                long inicio = System.nanoTime();
                // Size G x potential P: a class with an analysis deadline, so the analysis saga schedules its clock.
                ClienteHttp.Resposta r = gestor.post("/api/v1/processos/" + id + "/enquadramento",
                        "{\"porte\":\"G\",\"potencial\":\"P\"}");
                contar(r, inicio);
                if (r.status() / 100 != 2) {
                    continue;
                }
                enquadramentosAceitos.add(id);
                if (enquadrados.incrementAndGet() % 2 == 0) {
                    deixadosSemPagamento.add(id);
                    continue;
                }
                inicio = System.nanoTime();
                r = gestor.post("/api/v1/processos/" + id + "/guias",
                        "{\"valor\":980.00,\"meio\":\"BOLETO\",\"vencimento\":\"2099-01-31\"}");
                contar(r, inicio);
                if (r.status() / 100 != 2) {
                    continue;
                }
                String guia = r.json().get("guiaId").asString();
                guiasAceitas.put(id, guia);
                inicio = System.nanoTime();
                r = gestor.post("/api/v1/processos/" + id + "/guias/" + guia + "/pagamento", "");
                contar(r, inicio);
                if (r.status() / 100 == 2) {
                    pagamentosAceitos.add(id);
                }
            } catch (IllegalStateException semRespostaDoServidor) {
                // The platform went down mid-step: the step may or may not be stored; this request is left as it is.
                requisicoes.incrementAndGet();
                semResposta.incrementAndGet();
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
