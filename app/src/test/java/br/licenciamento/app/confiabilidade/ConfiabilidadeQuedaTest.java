package br.licenciamento.app.confiabilidade;

import br.licenciamento.api.pessoa.PessoaRegistrada;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: under filing load the platform is killed with SIGKILL at random moments and started again on the
 * same data, N times ({@code -Dconfiabilidade.quedas}, 3 in CI). Every command that was acknowledged with a 2xx is
 * in the event store exactly once, no aggregate has a duplicate sequence number, and after the last restart every
 * projection converges to the event store, in counts and in content.
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

        try (PlataformaFilha plataforma = new PlataformaFilha(dados)) {
            Carga carga = new Carga(plataforma::api);
            for (int i = 0; i < quedas; i++) {
                plataforma.iniciar(inicio);
                carga.iniciar(3, MUNICIPIO);
                // A random moment between 1.5 and 5 s of load: mid-request, mid-commit, mid-projection.
                Thread.sleep(1500 + aleatorio.nextInt(3500));
                plataforma.matar();
                carga.parar();
            }
            plataforma.iniciar(inicio);
            carga.iniciar(2, MUNICIPIO);
            Thread.sleep(2000);
            carga.parar();

            try (Connection banco = plataforma.banco()) {
                Map<String, Integer> protocolos = contarPorAgregado(banco, ProcessoProtocolado.class.getName());
                Map<String, Integer> cadastros = contarPorAgregado(banco, PessoaRegistrada.class.getName());
                long sequenciasRepetidas = umNumero(banco, """
                        SELECT count(*) FROM (SELECT aggregate_identifier, sequence_number FROM axon.domain_event_entry
                        GROUP BY 1, 2 HAVING count(*) > 1) d""");

                List<String> perdidos = new ArrayList<>();
                carga.processosAceitos.stream().filter(id -> !protocolos.containsKey(id)).forEach(perdidos::add);
                carga.pessoasAceitas.stream().filter(id -> !cadastros.containsKey(id)).forEach(perdidos::add);
                long duplicados = protocolos.values().stream().filter(n -> n > 1).count()
                        + cadastros.values().stream().filter(n -> n > 1).count();

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

                System.out.printf("""
                        CONFIABILIDADE queda: semente=%d inicios=%d kill-9=%d requisicoes=%d sem-resposta=%d 2xx-processos=%d \
                        2xx-pessoas=%d 5xx=%d status=%s | event store: protocolados=%d cadastros=%d duplicados=%d \
                        sequencias-repetidas=%d perdidos=%d projecoes-divergentes=%d processadores-com-erro=%s%n""",
                        semente, plataforma.inicios(), quedas, carga.requisicoes.get(), carga.semResposta.get(),
                        carga.processosAceitos.size(), carga.pessoasAceitas.size(), carga.total5xx(), carga.porStatus,
                        protocolos.size(), cadastros.size(), duplicados, sequenciasRepetidas, perdidos.size(),
                        divergentes.size(), comErro);

                assertThat(carga.processosAceitos).as("a carga precisa ter protocolado algo para o teste valer").isNotEmpty();
                assertThat(carga.erros5xx).as("respostas 5xx").isEmpty();
                assertThat(perdidos).as("comandos confirmados com 2xx ausentes do event store").isEmpty();
                assertThat(duplicados).as("comandos gravados mais de uma vez").isZero();
                assertThat(sequenciasRepetidas).as("(agregado, sequencia) repetidos").isZero();
                assertThat(divergentes).as("processos do event store ausentes ou diferentes nas projecoes").isEmpty();
                assertThat(comErro).as("processadores parados ou com erro apos o reinicio").isEmpty();
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
