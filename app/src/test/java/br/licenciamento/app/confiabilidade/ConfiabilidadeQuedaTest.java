package br.licenciamento.app.confiabilidade;

import br.licenciamento.api.pessoa.PessoaRegistrada;
import br.licenciamento.api.processo.GuiaDeTaxaEmitida;
import br.licenciamento.api.processo.PagamentoConfirmado;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: under load the platform is killed with SIGKILL at random moments and started again on the same data,
 * N times ({@code -Dconfiabilidade.quedas}, 3 in CI). Applicants file requests; managers classify them (the analysis
 * clock starts and the fee saga issues the slip) and pay every other one with a slip of their own. Every command that
 * was acknowledged with a 2xx is in the event store exactly once, no aggregate has a duplicate sequence number, after
 * the last restart every projection converges to the event store, in counts and in content, and the sagas do too:
 * each request has each of its sagas exactly once (or none once they ended), every deadline they should hold is in
 * the deadline store and none is left over, every unpaid slip's deadline fired (the term is shortened to seconds, so
 * slips issued before a kill come due while the platform is down or after it is back; the first kill waits for an
 * unpaid slip, so at least one deadline always crosses a kill) and told the applicant once.
 */
class ConfiabilidadeQuedaTest {

    private static final String MUNICIPIO = "3106200";

    @TempDir
    Path dados;

    @Test
    void killMenos9SobCargaNaoPerdeNemDuplicaNadaQueFoiConfirmado() throws Exception {
        int quedas = Integer.getInteger("confiabilidade.quedas", 3);
        long semente = Long.getLong("confiabilidade.semente", System.nanoTime());
        Random aleatorio = new Random(semente);
        Duration inicio = Duration.ofSeconds(Integer.getInteger("confiabilidade.inicio-segundos", 120));

        // Shorter than a restart, so slips issued just before a kill come due while the platform is down.
        Duration prazoDePagamento = Duration.parse(System.getProperty("confiabilidade.queda.prazo-de-pagamento", "PT10S"));

        try (PlataformaFilha plataforma = new PlataformaFilha(dados,
                "--licenciamento.sagas.taxa.emissao-na-classificacao=true",
                "--licenciamento.sagas.taxa.prazo-de-pagamento=" + prazoDePagamento,
                "--licenciamento.sagas.agendador.intervalo-de-consulta=PT1S")) {
            Carga carga = new Carga(plataforma::api);
            for (int i = 0; i < quedas; i++) {
                plataforma.iniciar(inicio);
                carga.iniciar(3, MUNICIPIO);
                carga.iniciarEtapas(1);
                // A random moment between 1.5 and 5 s of load: mid-request, mid-commit, mid-projection, mid-saga.
                Thread.sleep(1500 + aleatorio.nextInt(3500));
                if (i == 0) {
                    // But not before a slip nobody will pay is out: at least one payment deadline must cross a kill.
                    Esperar.ateOuUltimo(Duration.ofSeconds(60), () -> guiasQueNinguemPaga(plataforma, carga), n -> n > 0);
                }
                plataforma.matar();
                carga.parar();
            }
            plataforma.iniciar(inicio);
            carga.iniciar(2, MUNICIPIO);
            carga.iniciarEtapas(1);
            Thread.sleep(2000);
            carga.parar();

            // Every keyed filing a kill cut off, sent again with its key: a definite answer, and (below) one effect.
            ClienteHttp requerente = Papeis.como(plataforma.api(), "REQUERENTE");
            List<String> repeticoesSemResposta = new ArrayList<>();
            carga.cortadasComChave.forEach((chave, corpo) -> {
                ClienteHttp.Resposta r = requerente.com("Idempotency-Key", chave).post("/api/v1/processos", corpo);
                if (r.status() != 201) {
                    repeticoesSemResposta.add(chave + ": " + r.status() + " " + r.corpo());
                }
            });

            try (Connection banco = plataforma.banco()) {
                List<String> efeitosDasChaves = new ArrayList<>();
                for (String chave : carga.cortadasComChave.keySet()) {
                    long efeitos = umNumero(banco, "SELECT count(*) FROM axon.domain_event_entry WHERE payload_type = '"
                            + ProcessoProtocolado.class.getName() + "' AND convert_from(payload, 'UTF8') LIKE '%" + chave + "%'");
                    if (efeitos != 1) {
                        efeitosDasChaves.add(chave + ": " + efeitos + " protocolos");
                    }
                }
                Map<String, Integer> protocolos = contarPorAgregado(banco, ProcessoProtocolado.class.getName());
                Map<String, Integer> cadastros = contarPorAgregado(banco, PessoaRegistrada.class.getName());
                long sequenciasRepetidas = umNumero(banco, """
                        SELECT count(*) FROM (SELECT aggregate_identifier, sequence_number FROM axon.domain_event_entry
                        GROUP BY 1, 2 HAVING count(*) > 1) d""");

                Map<String, Integer> enquadramentos = contarPorAgregado(banco, ProcessoEnquadrado.class.getName());
                Map<String, Integer> pagamentos = contarPorAgregado(banco, PagamentoConfirmado.class.getName());
                // Slips the managers issued are stored before their 2xx; the fee saga's own slips may still be on the way.
                Map<String, Integer> guias = guias(banco);

                List<String> perdidos = new ArrayList<>();
                carga.processosAceitos.stream().filter(id -> !protocolos.containsKey(id)).forEach(perdidos::add);
                carga.pessoasAceitas.stream().filter(id -> !cadastros.containsKey(id)).forEach(perdidos::add);
                carga.enquadramentosAceitos.stream().filter(id -> !enquadramentos.containsKey(id))
                        .forEach(id -> perdidos.add("enquadramento de " + id));
                carga.guiasAceitas.values().stream().filter(guia -> !guias.containsKey(guia))
                        .forEach(guia -> perdidos.add("guia " + guia));
                carga.pagamentosAceitos.stream().filter(id -> !pagamentos.containsKey(id))
                        .forEach(id -> perdidos.add("pagamento de " + id));
                long duplicados = protocolos.values().stream().filter(n -> n > 1).count()
                        + cadastros.values().stream().filter(n -> n > 1).count()
                        + enquadramentos.values().stream().filter(n -> n > 1).count()
                        + guias.values().stream().filter(n -> n > 1).count()
                        + pagamentos.values().stream().filter(n -> n > 1).count();

                ClienteHttp gestor = Papeis.como(plataforma.api(), "GESTOR");
                long totalEsperado = protocolos.size();
                // Projections catch up from their tokens after the restart; generous bound for a loaded CI machine.
                Aguardar.ate("pesquisa com todos os " + totalEsperado + " processos do event store", Duration.ofSeconds(60),
                        () -> gestor.get("/api/v1/processos?municipio=" + MUNICIPIO + "&tamanho=1").json().get("total").asLong(),
                        total -> total == totalEsperado);
                Map<String, String[]> resumo = resumos(banco);
                // Every dossier must appear; a missing one after the bound is reported with where the token stands.
                List<String> divergentes = new ArrayList<>();
                List<String> semDossie = Esperar.ateOuUltimo(Duration.ofSeconds(30),
                        () -> protocolos.keySet().stream()
                                .filter(id -> gestor.get("/api/v1/processos/" + id).status() != 200).toList(),
                        List::isEmpty);
                for (String id : protocolos.keySet()) {
                    String[] linha = resumo.get(id);
                    if (semDossie.contains(id) || linha == null) {
                        divergentes.add(id + " (posicao " + umNumero(banco, "SELECT global_index FROM axon.domain_event_entry "
                                + "WHERE aggregate_identifier = '" + id + "' AND sequence_number = 0") + "): dossie "
                                + !semDossie.contains(id) + ", resumo " + (linha != null));
                        continue;
                    }
                    JsonNode d = gestor.get("/api/v1/processos/" + id).json();
                    if (!d.get("numero").asString().equals(linha[0]) || !d.get("requerenteId").asString().equals(linha[1])) {
                        divergentes.add(id + ": dossie " + d.get("numero") + "/" + d.get("requerenteId")
                                + " contra resumo " + linha[0] + "/" + linha[1]);
                    }
                }
                if (!divergentes.isEmpty()) {
                    System.out.println("CONFIABILIDADE queda: projecoes divergentes (ate 10) "
                            + divergentes.subList(0, Math.min(10, divergentes.size())) + "; tokens "
                            + tokens(banco));
                }
                JsonNode processadores = Papeis.como(plataforma.api(), "ADMIN").get("/api/v1/ops/processadores").json();
                List<String> comErro = new ArrayList<>();
                processadores.forEach(p -> {
                    if (p.get("comErro").asBoolean() || !p.get("executando").asBoolean()) {
                        comErro.add(p.get("nome").asString());
                    }
                });

                // Sagas and deadlines, once the saga processors have caught up and every unpaid slip's term is over.
                Instant ultimoInicio = plataforma.prontas().get(plataforma.prontas().size() - 1);
                ConferenciaDeSagas.Resultado sagas = Esperar.ateOuUltimo(prazoDePagamento.plusSeconds(60),
                        () -> conferirSagas(banco, ultimoInicio), r -> r.divergencias().isEmpty());
                List<Instant> mortes = plataforma.mortes();
                List<Instant> prontas = plataforma.prontas();
                long aposReinicio = sagas.disparos().stream()
                        .filter(d -> execucao(mortes, d.guiaEmitidaEm()) < execucao(mortes, d.disparadoEm())).count();
                long vencidosFora = sagas.disparos().stream().filter(d -> {
                    Instant vencimento = d.guiaEmitidaEm().plus(prazoDePagamento);
                    int k = execucao(mortes, vencimento) - 1;
                    return k >= 0 && k + 1 < prontas.size() && vencimento.isBefore(prontas.get(k + 1));
                }).count();
                JsonNode panorama = Papeis.como(plataforma.api(), "ADMIN").get("/api/v1/ops/sagas").json();
                Map<String, Integer> naOperacao = new java.util.TreeMap<>();
                long paradas = 0;
                for (JsonNode tipo : panorama.get("tipos")) {
                    naOperacao.put(tipo.get("tipo").asString(), tipo.get("ativas").asInt());
                    paradas += tipo.get("paradas").asLong();
                }
                JsonNode caixa = Papeis.como(plataforma.api(), "REQUERENTE").get("/api/v1/notificacoes?tamanho=200").json().get("itens");
                long cancelamentosNaCaixa = 0;
                for (JsonNode item : caixa) {
                    cancelamentosNaCaixa += "CANCELADO_SEM_PAGAMENTO".equals(item.get("tipo").asString()) ? 1 : 0;
                }

                System.out.printf("""
                        CONFIABILIDADE queda: semente=%d inicios=%d kill-9=%d requisicoes=%d sem-resposta=%d 2xx-processos=%d \
                        2xx-pessoas=%d 2xx-enquadramentos=%d 2xx-guias=%d 2xx-pagamentos=%d 5xx=%d status=%s | event store: \
                        protocolados=%d cadastros=%d enquadrados=%d pagos=%d duplicados=%d sequencias-repetidas=%d perdidos=%d \
                        projecoes-divergentes=%d processadores-com-erro=%s%n""",
                        semente, plataforma.inicios(), quedas, carga.requisicoes.get(), carga.semResposta.get(),
                        carga.processosAceitos.size(), carga.pessoasAceitas.size(), carga.enquadramentosAceitos.size(),
                        carga.guiasAceitas.size(), carga.pagamentosAceitos.size(), carga.total5xx(), carga.porStatus,
                        protocolos.size(), cadastros.size(), enquadramentos.size(), pagamentos.size(), duplicados,
                        sequenciasRepetidas, perdidos.size(), divergentes.size(), comErro);
                System.out.printf("""
                        CONFIABILIDADE queda sagas: processos=%d sagas-ativas=%s (operacao: %s, paradas=%d) prazos-no-agendador=%d \
                        prazos-esperados=%d guias-emitidas=%d guias-sem-pagamento=%d prazos-de-pagamento-disparados=%d \
                        disparados-apos-reinicio=%d \
                        vencidos-com-a-plataforma-fora=%d retidos-por-execucao-interrompida=%d notificacoes-conferidas=%d \
                        divergencias=%d %s%n""",
                        sagas.processos(), sagas.sagasAtivasPorTipo(), naOperacao, paradas, sagas.prazosAgendados(),
                        sagas.prazosEsperados(), sagas.guias(), sagas.guiasSemPagamento(), sagas.disparos().size(), aposReinicio,
                        vencidosFora, sagas.retidosPorExecucaoInterrompida(), sagas.notificacoesConferidas(),
                        sagas.divergencias().size(), sagas.divergencias().subList(0, Math.min(10, sagas.divergencias().size())));

                System.out.printf("CONFIABILIDADE queda idempotencia: cortadas-com-chave=%d repetidas-sem-201=%d "
                        + "chaves-sem-exatamente-um-efeito=%d%n", carga.cortadasComChave.size(), repeticoesSemResposta.size(),
                        efeitosDasChaves.size());
                assertThat(repeticoesSemResposta).as("requisicoes com Idempotency-Key cortadas por um kill -9 e repetidas "
                        + "com a mesma chave sem resposta definitiva").isEmpty();
                assertThat(efeitosDasChaves).as("chaves de requisicoes cortadas sem exatamente um efeito").isEmpty();
                assertThat(carga.processosAceitos).as("a carga precisa ter protocolado algo para o teste valer").isNotEmpty();
                assertThat(carga.erros5xx).as("respostas 5xx").isEmpty();
                assertThat(perdidos).as("comandos confirmados com 2xx ausentes do event store").isEmpty();
                assertThat(duplicados).as("comandos gravados mais de uma vez").isZero();
                assertThat(sequenciasRepetidas).as("(agregado, sequencia) repetidos").isZero();
                assertThat(divergentes).as("processos do event store ausentes ou diferentes nas projecoes").isEmpty();
                assertThat(comErro).as("processadores parados ou com erro apos o reinicio").isEmpty();
                assertThat(carga.enquadramentosAceitos).as("a carga precisa ter enquadrado algo para as sagas valerem").isNotEmpty();
                assertThat(sagas.divergencias()).as("sagas perdidas, duplicadas ou nao encerradas, prazos perdidos ou "
                        + "orfaos, guias sem pagamento cujo prazo nao disparou, avisos perdidos ou repetidos").isEmpty();
                assertThat(aposReinicio).as("prazos de pagamento agendados antes de um kill -9 e disparados depois do "
                        + "reinicio").isPositive();
                assertThat(naOperacao).as("sagas ativas por tipo em /api/v1/ops/sagas").isEqualTo(sagas.sagasAtivasPorTipo());
                assertThat(paradas).as("sagas paradas em /api/v1/ops/sagas").isZero();
                assertThat(cancelamentosNaCaixa).as("cancelamentos por falta de pagamento na caixa de entrada do requerente")
                        .isPositive();
            }
        }
    }

    private static Map<String, Integer> contarPorAgregado(Connection banco, String tipo) throws SQLException {
        Map<String, Integer> contagem = new HashMap<>();
        try (PreparedStatement sql = banco.prepareStatement("""
                SELECT aggregate_identifier, count(*) FROM axon.domain_event_entry WHERE payload_type = ? GROUP BY 1""")) {
            sql.setString(1, tipo);
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    contagem.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return contagem;
    }

    /** Slips in the event store, by slip id (the command's id, so a repeated slip would count twice). */
    private static Map<String, Integer> guias(Connection banco) throws SQLException {
        Map<String, Integer> contagem = new HashMap<>();
        try (PreparedStatement sql = banco.prepareStatement("""
                SELECT convert_from(payload, 'UTF8')::json->>'guiaId', count(*) FROM axon.domain_event_entry
                WHERE payload_type = ? GROUP BY 1""")) {
            sql.setString(1, GuiaDeTaxaEmitida.class.getName());
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    contagem.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return contagem;
    }

    private static long guiasQueNinguemPaga(PlataformaFilha plataforma, Carga carga) {
        try (Connection banco = plataforma.banco();
             PreparedStatement sql = banco.prepareStatement("""
                     SELECT count(*) FROM axon.domain_event_entry WHERE payload_type = ? AND aggregate_identifier = ANY (?)""")) {
            sql.setString(1, GuiaDeTaxaEmitida.class.getName());
            sql.setArray(2, banco.createArrayOf("varchar", carga.deixadosSemPagamento.toArray()));
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConferenciaDeSagas.Resultado conferirSagas(Connection banco, Instant ultimoInicio) {
        try {
            return ConferenciaDeSagas.conferir(banco, ultimoInicio);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which run (0 = the first start) an instant falls in: the number of kills before it. */
    private static int execucao(List<Instant> mortes, Instant quando) {
        return (int) mortes.stream().filter(m -> m.isBefore(quando)).count();
    }

    private static Map<String, String[]> resumos(Connection banco) throws SQLException {
        Map<String, String[]> linhas = new HashMap<>();
        try (PreparedStatement sql = banco.prepareStatement(
                "SELECT processo_id, numero, requerente_id FROM licenca_query.processo_resumo");
             ResultSet rs = sql.executeQuery()) {
            while (rs.next()) {
                linhas.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)});
            }
        }
        return linhas;
    }

    private static Map<String, String> tokens(Connection banco) throws SQLException {
        Map<String, String> tokens = new HashMap<>();
        try (PreparedStatement sql = banco.prepareStatement(
                "SELECT processor_name, segment, convert_from(token, 'UTF8') FROM axon.token_entry");
             ResultSet rs = sql.executeQuery()) {
            while (rs.next()) {
                tokens.put(rs.getString(1) + "/" + rs.getInt(2), rs.getString(3));
            }
        }
        return tokens;
    }

    static long umNumero(Connection banco, String consulta) throws SQLException {
        try (PreparedStatement sql = banco.prepareStatement(consulta); ResultSet rs = sql.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
