package br.licenciamento.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run, one table: starts the embedded platform as a user would (its jar, fresh data directory), drives it
 * over HTTP, measures the same PostgreSQL server's raw insert-and-commit rate as the reference, and prints the
 * figures the performance targets are stated in.
 *
 * <pre>
 * scripts/bench.sh            # full run (1 M events for replay, growth to 5 M)
 * scripts/bench.sh --rapido   # short run (smaller volumes), for a quick look
 * </pre>
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Configuracao cfg = Configuracao.de(args);
        Tabela tabela = new Tabela();
        Path dados = Files.createTempDirectory(Path.of(cfg.diretorioDeTrabalho()), "bench-");

        try (Plataforma plataforma = Plataforma.iniciar(cfg.jar(), dados, cfg.heap())) {
            tabela.secao("Partida da plataforma embutida (" + cfg.jar().getFileName() + ")");
            tabela.linha("tempo ate saudavel", "%.1f s".formatted(plataforma.segundosAteSaudavel()), "< 30 s");
            tabela.linha("memoria residente apos partida", "%d MiB".formatted(plataforma.memoriaResidenteMiB()), "< 1536 MiB");

            ClienteDeCarga carga = new ClienteDeCarga(plataforma.urlBase(), plataforma.jdbcUrl());
            carga.aquecer(Duration.ofSeconds(cfg.rapido() ? 5 : 15));

            tabela.secao("Comandos por concorrencia (mistura: " + carga.descricaoDaMistura() + ")");
            List<ClienteDeCarga.Medida> medidas = new ArrayList<>();
            ClienteDeCarga.Medida melhor = null;
            for (int clientes : cfg.concorrencias()) {
                ClienteDeCarga.Medida medida = carga.fechada(clientes, Duration.ofSeconds(cfg.segundosPorPasso()));
                medidas.add(medida);
                tabela.linha(clientes + " cliente(s)", medida.resumo(), "");
                if (melhor == null || medida.porSegundo() > melhor.porSegundo() * 1.05) {
                    melhor = medida;
                }
            }
            tabela.linha("ponto de saturacao", "%d clientes, %.0f comandos/s".formatted(melhor.clientes(), melhor.porSegundo()),
                    ">= 1000 comandos/s");
            ClienteDeCarga.Medida metade = carga.aberta(melhor.porSegundo() * 0.5, Duration.ofSeconds(cfg.segundosPorPasso()));
            tabela.linha("a 50% da saturacao", metade.resumo(), "p99 < 50 ms");

            tabela.secao("Referencia: o mesmo PostgreSQL, insert de uma linha + commit");
            ReferenciaPostgres referencia = new ReferenciaPostgres(plataforma.jdbcUrl());
            double brutoPorSegundo = referencia.insertsPorSegundo(melhor.clientes(), Duration.ofSeconds(cfg.segundosPorPasso()));
            double eventosPorSegundo = melhor.eventosGravadosPorSegundo();
            tabela.linha("inserts + commit por segundo", "%.0f /s (%d conexoes)".formatted(brutoPorSegundo, melhor.clientes()), "");
            tabela.linha("eventos gravados por segundo na saturacao", "%.0f /s".formatted(eventosPorSegundo), "");
            tabela.linha("razao eventos / inserts brutos", "%.0f %%".formatted(100 * eventosPorSegundo / brutoPorSegundo), ">= 25 %");

            tabela.secao("Atraso das projecoes (evento -> leitura visivel pela API)");
            for (double fracao : new double[]{0.5, 0.9}) {
                AtrasoDeProjecao.Resultado atraso = new AtrasoDeProjecao(carga, plataforma.jdbcUrl())
                        .medir(melhor.porSegundo() * fracao, Duration.ofSeconds(cfg.segundosPorPasso()));
                tabela.linha("a %.0f%% da saturacao: dossie (MongoDB)".formatted(fracao * 100), atraso.dossie(), "p99 < 250 ms");
                tabela.linha("a %.0f%% da saturacao: pesquisa (PostgreSQL)".formatted(fracao * 100), atraso.pesquisa(), "p99 < 250 ms");
            }

            EventosEmMassa massa = new EventosEmMassa(plataforma.jdbcUrl());
            tabela.secao("Replay (reconstrucao de todas as projecoes)");
            long alvoReplay = cfg.eventosReplay();
            massa.completarAte(alvoReplay);
            Replay.Resultado replay = new Replay(plataforma.urlBase()).reconstruirTudo(massa.totalDeEventos());
            tabela.linha("%,d eventos".formatted(massa.totalDeEventos()), replay.resumo(), ">= 20000 eventos/s");

            tabela.secao("Crescimento: vazao com eventos ja gravados");
            double base = melhor.porSegundo();
            tabela.linha("~0 eventos", "%.0f comandos/s, p99 %.1f ms".formatted(base, melhor.p99()), "");
            for (long volume : cfg.crescimento()) {
                massa.completarAte(volume);
                ClienteDeCarga.Medida medida = carga.fechada(melhor.clientes(), Duration.ofSeconds(cfg.segundosPorPasso()));
                tabela.linha("%,d eventos".formatted(massa.totalDeEventos()), "%.0f comandos/s, p99 %.1f ms (perda %.1f %%)"
                        .formatted(medida.porSegundo(), medida.p99(), 100 * (1 - medida.porSegundo() / base)), "perda < 10 %");
            }

            tabela.secao("Carga de um processo com 1.000 eventos");
            tabela.linha("com e sem snapshot", "nao medido: o ciclo de vida completo do processo ainda nao tem 1.000 "
                    + "eventos por comandos reais", "< 10 ms com snapshot");

            tabela.secao("Memoria ao final");
            tabela.linha("memoria residente", "%d MiB".formatted(plataforma.memoriaResidenteMiB()), "< 1536 MiB");
        }
        System.out.println();
        System.out.println("Maquina: " + Runtime.getRuntime().availableProcessors() + " nucleos, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
        tabela.imprimir(System.out);
    }
}
