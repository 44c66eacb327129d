package br.licenciamento.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A batch of processes from a former system through {@code POST /api/v1/importacoes}, as an agency adopting the
 * platform sends it: a mix of regimes and situations (in analysis, awaiting complementation, granted with conditions,
 * archived), one applicant per hundred processes registered by the import itself. Timed from the POST until the
 * report says CONCLUIDA, reading the progress as an operator would.
 */
final class ImportacaoEmLote {

    record Medida(int processos, int criados, int recusados, double segundos, List<String> andamento) {
        double porSegundo() {
            return criados / segundos;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;

    ImportacaoEmLote(Api api) {
        this.api = api;
    }

    Medida importar(int processos) throws Exception {
        String lote = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder corpo = new StringBuilder("{\"processos\":[");
        String cpf = null;
        for (int i = 0; i < processos; i++) {
            if (i % 100 == 0) {
                cpf = Cpf.gerar();
            }
            corpo.append(i == 0 ? "" : ",").append(linha(lote + "-" + i, i, cpf));
        }
        corpo.append("]}");
        long inicio = System.nanoTime();
        HttpResponse<String> resposta = api.post(Api.Papel.ADMIN, "/api/v1/importacoes", corpo.toString());
        if (resposta.statusCode() != 202) {
            throw new IllegalStateException("importacao recusada: " + resposta.statusCode() + " " + resposta.body());
        }
        String local = resposta.headers().firstValue("Location").orElseThrow();
        List<String> andamento = new ArrayList<>();
        long limite = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < limite) {
            JsonNode relatorio = JSON.readTree(api.get(Api.Papel.ADMIN, local).body());
            double segundos = (System.nanoTime() - inicio) / 1e9;
            if ("CONCLUIDA".equals(relatorio.get("situacao").asString())) {
                return new Medida(processos, relatorio.get("criadas").asInt(), relatorio.get("recusadas").asInt(), segundos,
                        andamento);
            }
            if (andamento.isEmpty() || segundos > 10 * andamento.size()) {
                andamento.add("%.0f s: %d/%d".formatted(segundos, relatorio.get("processadas").asInt(), processos));
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("importacao sem concluir em 30 min: " + local);
    }

    /** Filed before Lei 15.190 for even rows (CONAMA 237), after it for odd ones; four situations in turn. */
    private static String linha(String numero, int i, String cpf) {
        LocalDate protocolo = i % 2 == 0 ? LocalDate.of(2025, 3, 10).plusDays(i % 200) : LocalDate.of(2026, 2, 10).plusDays(i % 50);
        String comum = """
                "numeroLegado":"%s","protocoladoEm":"%s","tipoLicenca":"LP","empreendimento":"Empreendimento %d",
                "cnae":"2342-7/02","municipioIbge":"3106200","enquadramento":{"porte":"P","potencial":"G"},
                "requerente":{"tipo":"FISICA","documento":"%s","nome":"Requerente importado","email":"importado@exemplo.com.br",
                  "endereco":{"logradouro":"Rua da Bahia","numero":"1","municipioIbge":"3106200","cep":"30160-011"}}"""
                .formatted(numero, protocolo, i, cpf);
        LocalDate depois = protocolo.plusDays(20);
        return switch (i % 4) {
            case 0 -> "{" + comum + ",\"situacao\":\"EM_ANALISE\"}";
            case 1 -> "{" + comum + ",\"situacao\":\"AGUARDANDO_COMPLEMENTACAO\",\"complementacao\":{\"solicitadaEm\":\""
                    + depois + "\",\"itens\":[\"Outorga de uso da agua\"]}}";
            case 2 -> "{" + comum + ",\"situacao\":\"DEFERIDO\",\"licenca\":{\"numero\":\"LP-" + numero + "\",\"emitidaEm\":\""
                    + depois + "\",\"validaAte\":\"" + depois.plusMonths(48) + "\",\"condicionantes\":[{\"descricao\":"
                    + "\"Relatorio anual\",\"prazo\":\"" + depois.plusMonths(12) + "\"}]}}";
            default -> "{" + comum + ",\"situacao\":\"ARQUIVADO\",\"arquivamento\":{\"arquivadoEm\":\"" + depois
                    + "\",\"motivo\":\"DESISTENCIA\"}}";
        };
    }
}
