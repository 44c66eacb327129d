package br.licenciamento.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One run, one table: starts the embedded platform as a user would (its jar, fresh data directory), signs in as
 * the demo users, drives the whole life of licensing requests over HTTP, measures the same PostgreSQL server's
 * raw insert-and-commit rate as the reference, and prints the figures the performance targets are stated in.
 * Each step that fails prints why in its line and the run goes on, so one broken step never hides the others.
 *
 * <pre>
 * scripts/bench.sh            # full run (1 M events for replay, growth to 5 M)
 * scripts/bench.sh --rapido   # short run (smaller volumes), for a quick look
 * </pre>
 */
public final class Benchmark {

    private static final String SECAO_LONGO = "Carga de um processo com 1.000 eventos (pareceres reais; medida por um "
            + "recurso recusado por regra, que carrega o processo e nada grava)";
    /** The first minute's rate when --taxa-cpu is not given (the steady CPU step then runs at half the saturation). */
    private static final double TAXA_DO_PRIMEIRO_MINUTO = 100;
    private static final String SEM_SNAPSHOT = "--licenciamento.processo.snapshot.eventos=" + Integer.MAX_VALUE;

    private final Configuracao cfg;
    private final Tabela tabela = new Tabela();

    private Benchmark(Configuracao cfg) {
        this.cfg = cfg;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        // The JDK client keeps idle connections 20 minutes, Tomcat 60 s: a request sent after a long pause (filling and
        // vacuuming a million copied events) went out on a connection the server had closed and failed with "header
        // parser received no bytes". Idle connections are dropped by the client first.
        System.setProperty("jdk.httpclient.keepalive.timeout", "30");
        Benchmark benchmark = new Benchmark(Configuracao.de(args));
        long inicio = System.nanoTime();
        try {
            benchmark.executar();
        } finally {
            // Whatever was measured is printed, even when the platform could not be started or stopped.
            System.out.println();
            System.out.println("Maquina: " + Runtime.getRuntime().availableProcessors() + " nucleos, Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name")
                    + "; execucao em %.1f min".formatted((System.nanoTime() - inicio) / 60e9));
            benchmark.tabela.imprimir(System.out);
        }
    }

    private interface Passo {
        void executar() throws Exception;
    }

    /** Runs one step; a failure becomes a line of the table instead of ending the run. */
    private void passo(String secao, Passo passo) {
        tabela.secao(secao);
        try {
            passo.executar();
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.err);
            tabela.linhaEm(secao, "falhou", String.valueOf(e.getMessage()).replaceAll("\\s+", " "), "");
        }
    }

    private interface Medicao {
        ClienteDeCarga.Medida executar() throws Exception;
    }

    private String ultimoAtraso = "";

    /**
     * A closed-loop run that starts with every processor caught up (so no run inherits the backlog of the one
     * before), and notes the backlog it leaves: a throughput the projections cannot follow is not sustained.
     */
    private ClienteDeCarga.Medida emDia(Processadores processadores, Medicao medicao) throws Exception {
        processadores.esperarEmDia(Duration.ofMinutes(20));
        ClienteDeCarga.Medida medida = medicao.executar();
        ultimoAtraso = "; projecoes %d eventos atras ao fim".formatted(processadores.maiorAtraso());
        return medida;
    }

    private ClienteDeCarga.Medida melhor;
    private ProcessoLongo longo;
    private Plataforma.Partida partida;
    /** CPU per command (JIT apart) in the first minute after the start, against which the steady figure is read. */
    private double cpuNoPrimeiroMinuto;

    private void executar() throws Exception {
        if (cfg.modoServico()) {
            compararModos();
            return;
        }
        passo("Analise territorial em memoria (2.000 UCs com 80.000 vertices + 5.570 municipios; o codigo do protocolo, "
                + "nesta JVM, antes da plataforma)", () -> tabela.linha("por processo",
                new AnaliseTerritorialEmMemoria().medir(cfg.rapido() ? 2000 : 10000).resumo(), "p99 < 50 ms"));
        Path dados = Files.createTempDirectory(Path.of(cfg.diretorioDeTrabalho()), "bench-");
        partida = new Plataforma.Partida(cfg.java(), cfg.jar(), cfg.heap(), cfg.opcoesDaJvm());
        if (cfg.cacheAot()) {
            partida = new CacheAot(cfg, partida).preparar();
        }
        Plataforma plataforma = Plataforma.iniciar(opcoesDaJvm("plataforma"), dados, cfg.propriedades().toArray(String[]::new));
        try {
            tabela.secao("Partida da plataforma embutida (" + partida.jar().getFileName() + ", heap " + cfg.heap() + ", "
                    + versaoDoJava(partida.java()) + (partida.opcoes().isEmpty() ? "" : ", " + String.join(" ", partida.opcoes()))
                    + (cfg.propriedades().isEmpty() ? "" : ", " + String.join(" ", cfg.propriedades())) + ")");
            tabela.linha("tempo ate saudavel", "%.1f s".formatted(plataforma.segundosAteSaudavel()), "< 30 s");
            tabela.linha("memoria residente apos partida", "%d MiB".formatted(plataforma.memoriaResidenteMiB()), "< 1536 MiB");
            passo("Preparo (requerentes e aquecimento)", () -> medirComPlataforma(plataforma));
            tabela.secao("Memoria ao final");
            tabela.linha("memoria residente (JVM da plataforma)", "%d MiB".formatted(plataforma.memoriaResidenteMiB()), "< 1536 MiB");
        } finally {
            plataforma.close();
        }
        if (longo != null && longo.construido()) {
            semSnapshots(dados);
        }
        if (!cfg.manterDados()) {
            // Gigabytes after a full run; the platform's log stays for a look at what happened.
            for (String subdiretorio : List.of("postgres", "mongo")) {
                apagar(dados.resolve(subdiretorio));
            }
        }
        System.out.println("Log da plataforma: " + dados.resolve("plataforma.log"));
    }

    /**
     * The same mix on the five services behind Axon Server and the gateway and on the embedded platform, one after the
     * other on this machine: commands/s, latency, CPU per command (per JVM, Axon Server's too) and projection lag. The
     * service mode goes first: its CPU is read at half its saturation, and the embedded mode's at the same rate, so the
     * two costs compare (a rate the services cannot follow would measure a queue). Volumes, replay and growth are the
     * embedded run's alone.
     */
    private void compararModos() throws Exception {
        Path dados = Files.createTempDirectory(Path.of(cfg.diretorioDeTrabalho()), "bench-");
        double[] taxa = {cfg.taxaDeCpu()};
        passo("Partida [modo servico]", () -> {
            try (ModoServico servicos = ModoServico.iniciar(Files.createDirectories(dados.resolve("servicos")), cfg.heap())) {
                tabela.linha("servicos prontos", "%.1f s apos o Axon Server (%s)".formatted(servicos.segundosAtePronto(),
                        servicos.descricao()), "");
                tabela.linha("memoria residente", servicos.memoriaResidente(), "");
                Api api = servicos.api();
                ClienteDeCarga.Medida pico = nucleo(new Alvo("modo servico", api, new Processadores(servicos.operacoes()),
                        new ClienteDeCarga(null), servicos::cpu, servicos.jdbcDaConsulta()), new Mistura(api), taxa[0]);
                taxa[0] = taxa[0] > 0 || pico == null ? taxa[0] : pico.porSegundo() / 2;
                tabela.secao("Memoria ao final [modo servico]");
                tabela.linha("memoria residente", servicos.memoriaResidente(), "");
            }
        });
        partida = new Plataforma.Partida(cfg.java(), cfg.jar(), cfg.heap(), cfg.opcoesDaJvm());
        try (Plataforma plataforma = Plataforma.iniciar(opcoesDaJvm("plataforma"), Files.createDirectories(dados.resolve("embutido")),
                cfg.propriedades().toArray(String[]::new))) {
            tabela.secao("Partida [modo embutido]");
            tabela.linha("tempo ate saudavel", "%.1f s".formatted(plataforma.segundosAteSaudavel()), "");
            tabela.linha("memoria residente", "%d MiB".formatted(plataforma.memoriaResidenteMiB()), "");
            Api api = new Api(plataforma.urlBase());
            nucleo(new Alvo("modo embutido", api, new Processadores(api), new ClienteDeCarga(plataforma.jdbcUrl()),
                    plataforma::cpu, plataforma.jdbcUrl()), new Mistura(api), taxa[0]);
        }
        System.out.println("Logs: " + dados);
    }

    static void apagar(Path raiz) throws java.io.IOException {
        if (!Files.exists(raiz)) {
            return;
        }
        try (java.util.stream.Stream<Path> caminhos = Files.walk(raiz)) {
            for (Path p : caminhos.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Where the mix is sent, and how its effects and costs are read there. */
    private record Alvo(String modo, Api api, Processadores processadores, ClienteDeCarga carga, Supplier<CpuDaPlataforma> cpu,
                        String jdbcDaConsulta) {

        String secao(String titulo) {
            return modo.isEmpty() ? titulo : titulo + " [" + modo + "]";
        }
    }

    private void medirComPlataforma(Plataforma plataforma) throws Exception {
        Api api = new Api(plataforma.urlBase());
        Mistura mistura = new Mistura(api);
        ClienteDeCarga carga = new ClienteDeCarga(plataforma.jdbcUrl());
        Processadores processadores = new Processadores(api);
        melhor = nucleo(new Alvo("", api, processadores, carga, plataforma::cpu, plataforma.jdbcUrl()), mistura, cfg.taxaDeCpu());

        if (melhor != null) {
            passo("Referencia: o mesmo PostgreSQL, insert de uma linha + commit", () -> {
                ReferenciaPostgres referencia = new ReferenciaPostgres(plataforma.jdbcUrl());
                double brutoPorSegundo = referencia.insertsPorSegundo(melhor.clientes(), Duration.ofSeconds(cfg.segundosPorPasso()));
                double eventosPorSegundo = melhor.eventosGravadosPorSegundo();
                tabela.linha("inserts + commit por segundo", "%.0f /s (%d conexoes)".formatted(brutoPorSegundo, melhor.clientes()), "");
                tabela.linha("eventos gravados por segundo na saturacao", "%.0f /s".formatted(eventosPorSegundo), "");
                tabela.linha("razao eventos / inserts brutos", "%.0f %%".formatted(100 * eventosPorSegundo / brutoPorSegundo), ">= 25 %");
            });
        }

        passo(SECAO_LONGO, () -> {
            processadores.esperarEmDia(Duration.ofMinutes(20));
            longo = new ProcessoLongo(api, mistura, plataforma.jdbcUrl());
            ProcessoLongo.Construcao c = longo.construir();
            tabela.linha("construcao", "%d eventos em %.1f s (%.0f comandos/s em sequencia, %d snapshot(s))"
                    .formatted(c.eventos(), c.segundos(), c.comandos() / c.segundos(), c.snapshots()), "");
            ProcessoLongo.Carga carga1000 = longo.medir(cfg.medicoesDeCarga());
            tabela.linha("com snapshot (a cada 50 eventos)", carga1000.resumo(), "< 10 ms com snapshot");
        });

        passo("Importacao de processos legados (um lote pela API, ate o relatorio CONCLUIDA)", () -> {
            processadores.esperarEmDia(Duration.ofMinutes(20));
            ImportacaoEmLote.Medida medida = new ImportacaoEmLote(api).importar(cfg.processosImportados());
            tabela.linha("processos importados", "%d de %d em %.1f s (%d recusados)".formatted(medida.criados(),
                    medida.processos(), medida.segundos(), medida.recusados()), "");
            tabela.linha("processos por segundo", "%.0f /s".formatted(medida.porSegundo()), ">= 50 /s");
            tabela.linha("andamento lido", String.join("; ", medida.andamento()), "");
        });

        EventosEmMassa massa = new EventosEmMassa(plataforma.jdbcUrl(), processadores);
        String secaoCrescimento = "Crescimento: mistura com eventos ja gravados ("
                + (melhor == null ? "?" : melhor.clientes()) + " clientes; processadores em dia antes de cada medida)";
        String secaoReplay = "Replay (reset + reconstrucao de todas as projecoes que o admitem, pela API de operacao)";
        tabela.reservar(secaoReplay);
        double[] base = new double[1];
        passo(secaoCrescimento, () -> {
            if (melhor == null) {
                throw new IllegalStateException("sem ponto de saturacao");
            }
            // The reference is taken now, on the same warm JVM, before any copied history is stored.
            ClienteDeCarga.Medida medida = emDia(processadores,
                    () -> carga.fechada(melhor.clientes(), Duration.ofSeconds(cfg.segundosPorPasso()), mistura::proximo));
            base[0] = medida.porSegundo();
            tabela.linha("%,d eventos (so os desta execucao)".formatted(massa.totalDeEventos()),
                    "%.0f comandos/s, p99 %.1f ms".formatted(medida.porSegundo(), medida.p99()) + ultimoAtraso, "");
        });

        passo(secaoReplay, () -> {
            EventosEmMassa.Insercao insercao = massa.completarAte(cfg.eventosReplay());
            long total = massa.totalDeEventos();
            tabela.linha("preparo", "%,d eventos inseridos em %.0f s (%s); sagas e projecoes saltam as copias"
                    .formatted(insercao.eventos(), insercao.segundos(), massa.modelo()), "");
            Replay.Resultado replay = new Replay(processadores).reconstruirTudo(total, Duration.ofMinutes(cfg.limiteReplayMinutos()));
            tabela.linha("%,d eventos".formatted(total), replay.resumo(), ">= 20000 eventos/s");
            tabela.linha("sem replay (sagas)", String.join(", ", replay.ignorados()), "");
            if (!replay.terminou()) {
                // The rest of the run needs processors with no backlog: the unfinished rebuild is cut short.
                massa.saltarParaOFim(replay.reconstruidos());
                tabela.linha("replay interrompido", "no limite de %d min (--limite-replay-min); projecoes incompletas daqui em diante"
                        .formatted(cfg.limiteReplayMinutos()), "");
            }
        });

        passo(secaoCrescimento, () -> {
            if (base[0] == 0) {
                throw new IllegalStateException("sem medida de referencia");
            }
            for (long volume : cfg.crescimento()) {
                EventosEmMassa.Insercao insercao = massa.completarAte(volume);
                ClienteDeCarga.Medida medida = emDia(processadores,
                        () -> carga.fechada(melhor.clientes(), Duration.ofSeconds(cfg.segundosPorPasso()), mistura::proximo));
                tabela.linha("%,d eventos".formatted(massa.totalDeEventos()), "%.0f comandos/s, p99 %.1f ms (perda %.1f %%; %,d inseridos em %.0f s)"
                        .formatted(medida.porSegundo(), medida.p99(), 100 * (1 - medida.porSegundo() / base[0]),
                                insercao.eventos(), insercao.segundos()) + ultimoAtraso, "perda < 10 %");
            }
        });
    }

    /**
     * The figures compared across modes: warm-up, commands by concurrency up to saturation, latency per command there,
     * CPU per command at a fixed rate ({@code taxaDeCpu}, 0 = half the saturation) and projection lag at 50 and 90 %.
     */
    private ClienteDeCarga.Medida nucleo(Alvo alvo, Mistura mistura, double taxaDeCpu) throws Exception {
        ClienteDeCarga carga = alvo.carga();
        Processadores processadores = alvo.processadores();
        mistura.cadastrarRequerentes(64);
        // One pool of processes for the whole run, and a warm-up long enough for every process of it to go through
        // its life once (from then on the steps arrive in the mix's proportions: a filing is one command in 14) and
        // for the JIT to compile the command path (earlier runs kept getting faster for minutes on 2 busy cores).
        int pool = Math.max(64, 2 * java.util.Arrays.stream(cfg.concorrencias()).max().orElse(32));
        mistura.alvoEmCurso(pool);
        double taxaFixa = taxaDeCpu > 0 ? taxaDeCpu : TAXA_DO_PRIMEIRO_MINUTO;
        passo(alvo.secao("Primeiro minuto apos a partida (mistura em laco aberto a %.0f/s por 60 s, ainda sem aquecimento)"
                .formatted(taxaFixa)), () -> {
            CpuDaPlataforma cpu = alvo.cpu().get();
            CpuDaPlataforma.Leitura antes = cpu.ler();
            ClienteDeCarga.Medida medida = carga.aberta(taxaFixa, Duration.ofSeconds(60), mistura::proximo);
            double espera = processadores.esperarEmDia(Duration.ofMinutes(20));
            CpuDaPlataforma.Consumo consumo = antes.ate(cpu.ler());
            cpuNoPrimeiroMinuto = 1000 * consumo.total() / medida.comandos();
            tabela.linha("comandos", medida.resumo(), "");
            tabela.linha("CPU", consumo.porComando(medida.comandos())
                    + ", processadores em dia %.1f s apos o fim".formatted(espera), "ate 25 % acima do estavel");
        });
        long inicioAquecimento = System.nanoTime();
        long minimo = Duration.ofSeconds(cfg.rapido() ? 20 : 60).toNanos();
        long maximo = Duration.ofSeconds(cfg.rapido() ? 45 : 120).toNanos();
        long aquecimento = 0;
        while ((aquecimento < 14L * pool || System.nanoTime() - inicioAquecimento < minimo)
                && System.nanoTime() - inicioAquecimento < maximo) {
            aquecimento += carga.fechada(16, Duration.ofSeconds(5), mistura::proximo).comandos();
        }
        System.out.printf("   (aquecimento: %d comandos em %.0f s)%n", aquecimento, (System.nanoTime() - inicioAquecimento) / 1e9);

        ClienteDeCarga.Medida[] saturacao = new ClienteDeCarga.Medida[1];
        String secaoComandos = alvo.secao("Comandos por concorrencia (mistura: ciclo de vida de uma LP, 22 comandos por processo: "
                + "protocolo, enquadramento, atribuicao, guia, pagamento, admissibilidade, os 5 documentos exigidos e suas 5 avaliacoes, "
                + "complementacao, documento "
                + "e resposta, vistoria, parecer, decisao)");
        passo(secaoComandos, () -> {
            for (int clientes : cfg.concorrencias()) {
                ClienteDeCarga.Medida medida = emDia(processadores,
                        () -> carga.fechada(clientes, Duration.ofSeconds(cfg.segundosPorPasso()), mistura::proximo));
                tabela.linha(clientes + " cliente(s)", medida.resumo() + ultimoAtraso, "");
                if (medida.erros() > 0) {
                    System.out.println("   falhas: " + medida.falhasResumidas());
                }
                if (saturacao[0] == null || medida.porSegundo() > saturacao[0].porSegundo() * 1.05) {
                    saturacao[0] = medida;
                }
            }
            ClienteDeCarga.Medida pico = saturacao[0];
            tabela.linha("ponto de saturacao", "%d clientes, %.0f comandos/s".formatted(pico.clientes(), pico.porSegundo()),
                    ">= 1000 comandos/s");
            Supplier<Mistura.Resultado> soProtocolo = () -> {
                long t0 = System.nanoTime();
                boolean ok = mistura.protocolar() != null;
                return new Mistura.Resultado(Mistura.Etapa.PROTOCOLO, System.nanoTime() - t0, ok, ok ? null : "protocolo recusado");
            };
            ClienteDeCarga.Medida protocolos = emDia(processadores,
                    () -> carga.fechada(pico.clientes(), Duration.ofSeconds(cfg.segundosPorPasso()), soProtocolo));
            tabela.linha("so protocolos, " + pico.clientes() + " clientes", protocolos.resumo() + ultimoAtraso, "");
        });
        ClienteDeCarga.Medida pico = saturacao[0];
        if (pico == null) {
            return null;
        }
        passo(alvo.secao("Latencia por comando na saturacao (" + pico.clientes() + " clientes)"), () -> {
            for (Map.Entry<Mistura.Etapa, long[]> etapa : pico.porEtapa().entrySet()) {
                long[] l = etapa.getValue();
                tabela.linha(etapa.getKey().nome, "p50 %.1f ms, p99 %.1f ms (%d comandos)".formatted(
                        ClienteDeCarga.percentil(l, 0.5), ClienteDeCarga.percentil(l, 0.99), l.length), "");
            }
        });

        passo(alvo.secao("Custo de CPU (mistura em laco aberto, sem leituras de amostragem; medido ate os processadores em dia)"), () -> {
            double taxa = taxaDeCpu > 0 ? taxaDeCpu : pico.porSegundo() / 2;
            processadores.esperarEmDia(Duration.ofMinutes(20));
            ConsultasDoPostgres consultas = cfg.sql() && alvo.modo().isEmpty() ? new ConsultasDoPostgres(alvo.jdbcDaConsulta()) : null;
            if (consultas != null) {
                consultas.zerar();
            }
            CpuDaPlataforma cpu = alvo.cpu().get();
            CpuDaPlataforma.Leitura antes = cpu.ler();
            ClienteDeCarga.Medida medida = carga.aberta(taxa, Duration.ofSeconds(cfg.segundosPorPasso()), mistura::proximo);
            double espera = processadores.esperarEmDia(Duration.ofMinutes(20));
            CpuDaPlataforma.Consumo consumo = antes.ate(cpu.ler());
            tabela.linha("a %.0f/s: comandos".formatted(taxa), medida.resumo(), "");
            tabela.linha("a %.0f/s: CPU".formatted(taxa), consumo.porComando(medida.comandos())
                    + ", processadores em dia %.1f s apos o fim".formatted(espera), "<= 2.0 ms");
            if (consultas != null) {
                List<String> linhas = consultas.maisCaras(medida.comandos(), 15);
                for (int i = 0; i < linhas.size(); i++) {
                    tabela.linha("a %.0f/s: PostgreSQL %s".formatted(taxa, i == 0 ? "" : "#" + i), linhas.get(i), "");
                }
            }
            if (cpuNoPrimeiroMinuto > 0 && taxa == (taxaDeCpu > 0 ? taxaDeCpu : TAXA_DO_PRIMEIRO_MINUTO)) {
                tabela.linha("primeiro minuto / estavel (a mesma taxa, JIT a parte)", "%.2f".formatted(
                        cpuNoPrimeiroMinuto / (1000 * consumo.total() / medida.comandos())), "<= 1.25");
            }
        });

        passo(alvo.secao("Atraso das projecoes (comando confirmado -> leitura mostra o efeito), mistura em laco aberto"), () -> {
            AtrasoDeProjecao atraso = new AtrasoDeProjecao(alvo.api(), mistura, carga, alvo.jdbcDaConsulta());
            for (double fracao : new double[]{0.5, 0.9}) {
                long backlog = processadores.maiorAtraso();
                double espera = processadores.esperarEmDia(Duration.ofMinutes(20));
                tabela.linha("a %.0f%%: espera previa ate os processadores em dia".formatted(fracao * 100),
                        "%.1f s (atraso inicial %d eventos)".formatted(espera, backlog), "");
                double taxa = pico.porSegundo() * fracao;
                AtrasoDeProjecao.Resultado r = atraso.medir(taxa, Duration.ofSeconds(cfg.segundosPorPasso()));
                tabela.linha("a %.0f%% (%.0f/s): comandos".formatted(fracao * 100, taxa), r.comandos().resumo(),
                        fracao == 0.5 ? "p99 < 50 ms" : "");
                tabela.linha("a %.0f%%: dossie (MongoDB, via API)".formatted(fracao * 100), r.dossieResumo()
                        + (r.naoVistos() > 0 ? ", %d nao vistos em 30 s".formatted(r.naoVistos()) : ""),
                        fracao == 0.5 ? "p99 < 250 ms" : "");
                tabela.linha("a %.0f%%: pesquisa (PostgreSQL)".formatted(fracao * 100), r.pesquisaResumo(),
                        fracao == 0.5 ? "p99 < 250 ms" : "");
            }
        });
        return pico;
    }

    /** With --jfr, the platform JVM records a profile (JDK Flight Recorder) into the data directory. */
    private Plataforma.Partida opcoesDaJvm(String nome) {
        return partida.com(cfg.jfr() ? List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                + Path.of(cfg.diretorioDeTrabalho()).toAbsolutePath().resolve(nome + ".jfr")) : List.of());
    }

    private static String versaoDoJava(String java) {
        try {
            return "Java " + CacheAot.versao(java);
        } catch (Exception e) {
            return java;
        }
    }

    /** Restarts on the same data with snapshots off, then measures the long process again. */
    private void semSnapshots(Path dados) {
        passo(SECAO_LONGO, () -> {
            List<String> propriedades = new java.util.ArrayList<>(cfg.propriedades());
            propriedades.add(SEM_SNAPSHOT);
            try (Plataforma semSnapshot = Plataforma.iniciar(opcoesDaJvm("sem-snapshot"), dados,
                    propriedades.toArray(String[]::new))) {
                tabela.linha("nova partida sem snapshots (mesmo diretorio)", "%.1f s ate saudavel".formatted(semSnapshot.segundosAteSaudavel()), "");
                Api api = new Api(semSnapshot.urlBase());
                ProcessoLongo mesmo = longo.naPlataforma(api, semSnapshot.jdbcUrl());
                mesmo.apagarSnapshots();
                // A fresh JVM: the same short load as at the first start, so the JIT compiles the command path.
                Mistura mistura = new Mistura(api);
                mistura.cadastrarRequerentes(8);
                new ClienteDeCarga(semSnapshot.jdbcUrl()).fechada(4, Duration.ofSeconds(cfg.rapido() ? 5 : 15), mistura::proximo);
                tabela.linha("sem snapshot", mesmo.medir(cfg.medicoesDeCarga()).resumo(), "");
            }
        });
    }
}
