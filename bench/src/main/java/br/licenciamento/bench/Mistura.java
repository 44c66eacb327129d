package br.licenciamento.bench;

import br.licenciamento.bench.Api.Papel;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The realistic command mix: every process goes through the whole life of an LP request, one HTTP command per
 * step, each by the role that takes it in the agency (the same calls as app/.../processo/FluxoDeLicenciamento
 * and the Ciclo*Test classes). Clients take a random process from a shared pool of waiting ones, so commands of
 * many processes at every stage interleave and no two clients ever act on the same process at once; a new
 * filing is made whenever fewer processes than the pool target wait for their next step, so in the long run
 * filings are one command in fourteen.
 */
final class Mistura {

    /** The steps, in order; the expected situation is what the read models show once the step is projected. */
    enum Etapa {
        PROTOCOLO("protocolo (LP)", "PROTOCOLADO"),
        ENQUADRAMENTO("enquadramento", "ENQUADRADO"),
        // Only the assigned analyst acts on a process; assignment changes no situation.
        ATRIBUICAO("atribuicao do analista", null),
        GUIA("guia de taxa", "AGUARDANDO_PAGAMENTO"),
        PAGAMENTO("pagamento confirmado", "EM_ADMISSIBILIDADE"),
        ADMISSIBILIDADE("admissibilidade", "EM_ANALISE"),
        DOCUMENTO("envio de documento", null),
        AVALIACAO("avaliacao do documento", null),
        // Not sampled: the answer two steps later goes back to EM_ANALISE, which ranks below it.
        COMPLEMENTACAO("pedido de complementacao", null),
        DOCUMENTO_DA_RESPOSTA("documento da complementacao", null),
        RESPOSTA("resposta da complementacao", null),
        VISTORIA("vistoria", null),
        PARECER("parecer tecnico", null),
        DECISAO("decisao (deferimento)", "DEFERIDO");

        final String nome;
        /** Situation the step leads to, when it is one the read models can be checked for without ambiguity. */
        final String situacao;

        Etapa(String nome, String situacao) {
            this.nome = nome;
            this.situacao = situacao;
        }
    }

    /** Rank of each situation along the mix's path, to tell "reached or passed" from "not yet". */
    static int ordem(String situacao) {
        return switch (situacao) {
            case "PROTOCOLADO" -> 0;
            case "ENQUADRADO" -> 1;
            case "AGUARDANDO_PAGAMENTO" -> 2;
            case "EM_ADMISSIBILIDADE" -> 3;
            case "EM_ANALISE" -> 4;
            case "AGUARDANDO_COMPLEMENTACAO" -> 5;
            case "DEFERIDO" -> 7;
            default -> -1;
        };
    }

    /** A step that was acknowledged: what to look for in the read models, and when the platform answered. */
    record Confirmado(String processoId, Etapa etapa, long confirmadoEmNanos) {
    }

    /** One process on its way: the ids the later steps need. */
    static final class Processo {
        final String id;
        Etapa proxima = Etapa.ENQUADRAMENTO;
        String guiaId;
        /** The checklist's documents uploaded so far, and how many of them were evaluated. */
        final List<String> documentos = new ArrayList<>();
        int avaliados;
        String documentoDaResposta;

        Processo(String id) {
            this.id = id;
        }
    }

    /** The checklist the seeded catalogue sets for class 4 (size G, potential P), the class the mix files in. */
    static final List<String> DOCUMENTOS_EXIGIDOS = List.of("Requerimento assinado", "Relatorio de controle ambiental",
            "Plano de controle ambiental", "Anotacao de responsabilidade tecnica", "Certidao de uso do solo");

    private final Api api;
    private final List<String> requerentes = new ArrayList<>();
    /** Processes waiting for their next step; taken at random, so their steps spread over the whole life. */
    private final List<Processo> emEspera = new ArrayList<>();
    private volatile int alvoEmCurso = 16;
    private volatile Consumer<Confirmado> observador = c -> { };

    Mistura(Api api) {
        this.api = api;
    }

    /** Registers the applicants the processes are filed for (the account that registers a person represents it). */
    void cadastrarRequerentes(int quantos) throws Exception {
        for (int i = 0; i < quantos; i++) {
            HttpResponse<String> resposta = api.post(Papel.REQUERENTE, "/api/v1/pessoas", """
                    {"tipo":"FISICA","documento":"%s","nome":"Requerente %d","email":"r%d@exemplo.com.br",
                     "endereco":{"logradouro":"Rua A","numero":"1","municipioIbge":"3106200","cep":"30160-011"}}"""
                    .formatted(Cpf.gerar(), i, i));
            if (resposta.statusCode() != 201) {
                throw new IllegalStateException("Cadastro de requerente recusado: " + resposta.statusCode() + " " + resposta.body());
            }
            requerentes.add(api.json(resposta).get("pessoaId").asString());
        }
    }

    /** How many processes should wait for their next step, so that many processes interleave. */
    void alvoEmCurso(int processos) {
        alvoEmCurso = Math.max(8, processos);
    }

    /** Told of every acknowledged step (the projection-lag sampler listens here). */
    void observar(Consumer<Confirmado> observador) {
        this.observador = observador;
    }

    /** One command of the mix: the next step of a waiting process, or a new filing. */
    Resultado proximo() {
        Processo processo = tomar();
        if (processo == null) {
            long t0 = System.nanoTime();
            String id = protocolar();
            long t = System.nanoTime();
            if (id != null) {
                Processo novo = new Processo(id);
                observador.accept(new Confirmado(id, Etapa.PROTOCOLO, t));
                devolver(novo);
                return new Resultado(Etapa.PROTOCOLO, t - t0, true, null);
            }
            return new Resultado(Etapa.PROTOCOLO, t - t0, false, ultimaFalha.get());
        }
        Etapa etapa = processo.proxima;
        long t0 = System.nanoTime();
        String falha;
        try {
            falha = executar(processo, etapa);
        } catch (Exception e) {
            falha = e.getClass().getSimpleName();
        }
        long t = System.nanoTime();
        if (falha == null) {
            observador.accept(new Confirmado(processo.id, etapa, t));
            if (etapa != Etapa.DECISAO) {
                processo.proxima = seguinte(processo, etapa);
                devolver(processo);
            }
        }
        // A refused step leaves the process where it is; it is dropped so one broken process cannot repeat errors.
        return new Resultado(etapa, t - t0, falha == null, falha);
    }

    /** The step after {@code etapa}: uploads and evaluations repeat until the whole checklist is done. */
    private static Etapa seguinte(Processo p, Etapa etapa) {
        if (etapa == Etapa.DOCUMENTO && p.documentos.size() < DOCUMENTOS_EXIGIDOS.size()
                || etapa == Etapa.AVALIACAO && p.avaliados < p.documentos.size()) {
            return etapa;
        }
        return Etapa.values()[etapa.ordinal() + 1];
    }

    record Resultado(Etapa etapa, long nanos, boolean aceito, String falha) {
    }

    /** A random waiting process, or null when fewer than the target wait (then a new one is filed). */
    private synchronized Processo tomar() {
        if (emEspera.size() < alvoEmCurso) {
            return null;
        }
        int i = ThreadLocalRandom.current().nextInt(emEspera.size());
        Processo escolhido = emEspera.get(i);
        emEspera.set(i, emEspera.get(emEspera.size() - 1));
        emEspera.remove(emEspera.size() - 1);
        return escolhido;
    }

    private synchronized void devolver(Processo processo) {
        emEspera.add(processo);
    }

    private final ThreadLocal<String> ultimaFalha = new ThreadLocal<>();

    /** Files an LP for a registered applicant; answers its id, or null if it was refused. */
    String protocolar() {
        String requerente = requerentes.get(ThreadLocalRandom.current().nextInt(requerentes.size()));
        try {
            HttpResponse<String> resposta = api.post(Papel.REQUERENTE, "/api/v1/processos", """
                    {"requerenteId":"%s","empreendimento":"Ceramica %d","cnae":"2342-7/02","municipioIbge":"3106200",
                     "localizacao":{"latitude":-19.92,"longitude":-43.94},"tipoLicenca":"LP"}"""
                    .formatted(requerente, ThreadLocalRandom.current().nextInt(1_000_000)));
            if (resposta.statusCode() == 201) {
                return api.json(resposta).get("processoId").asString();
            }
            ultimaFalha.set(resposta.statusCode() + " " + resumo(resposta.body()));
        } catch (Exception e) {
            ultimaFalha.set(e.getClass().getSimpleName());
        }
        return null;
    }

    /** Runs one step; null when accepted, otherwise what the platform answered. */
    String executar(Processo p, Etapa etapa) throws Exception {
        String caminho = "/api/v1/processos/" + p.id + "/";
        HttpResponse<String> r = switch (etapa) {
            case PROTOCOLO -> throw new IllegalStateException("o protocolo nao e um passo de processo existente");
            case ENQUADRAMENTO -> api.post(Papel.GESTOR, caminho + "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
            case ATRIBUICAO -> api.post(Papel.GESTOR, caminho + "atribuicao", "{\"analista\":\"analista\"}");
            case GUIA -> api.post(Papel.GESTOR, caminho + "guias",
                    "{\"valor\":1250.00,\"meio\":\"PIX\",\"vencimento\":\"2099-01-31\"}");
            case PAGAMENTO -> api.post(Papel.GESTOR, caminho + "guias/" + p.guiaId + "/pagamento", "{}");
            case ADMISSIBILIDADE -> api.post(Papel.ANALISTA, caminho + "admissibilidade", "{\"admitido\":true}");
            case DOCUMENTO -> api.enviarPdf(Papel.REQUERENTE, caminho + "documentos", "documento.pdf",
                    DOCUMENTOS_EXIGIDOS.get(p.documentos.size()), pdf(p.id + etapa + p.documentos.size()));
            case DOCUMENTO_DA_RESPOSTA -> api.enviarPdf(Papel.REQUERENTE, caminho + "documentos", "plano-revisado.pdf",
                    "Complementacao", pdf(p.id + etapa));
            case AVALIACAO -> api.post(Papel.ANALISTA, caminho + "documentos/" + p.documentos.get(p.avaliados)
                    + "/avaliacao", "{\"aceito\":true}");
            case COMPLEMENTACAO -> api.post(Papel.ANALISTA, caminho + "complementacoes",
                    "{\"itens\":[\"Plano de controle ambiental revisado\"]}");
            case RESPOSTA -> api.post(Papel.REQUERENTE, caminho + "complementacoes/resposta",
                    "{\"documentoIds\":[\"" + p.documentoDaResposta + "\"],\"observacao\":\"Segue o plano revisado\"}");
            case VISTORIA -> api.post(Papel.FISCAL, caminho + "vistorias", "{\"realizadaEm\":\"%s\",\"relato\":\"Instalacoes conforme o projeto\"}"
                    .formatted(LocalDate.now(ZoneId.of("America/Sao_Paulo")).minusDays(1)));
            case PARECER -> api.post(Papel.ANALISTA, caminho + "pareceres",
                    "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"Viavel com as condicionantes propostas\"}");
            case DECISAO -> api.post(Papel.GESTOR, caminho + "decisao",
                    "{\"deferido\":true,\"validadeMeses\":48,\"condicionantes\":[],\"fundamentos\":\"Parecer tecnico favoravel\"}");
        };
        int esperado = etapa == Etapa.DOCUMENTO || etapa == Etapa.DOCUMENTO_DA_RESPOSTA ? 201 : 202;
        if (r.statusCode() != esperado) {
            return etapa.name() + " " + r.statusCode() + " " + resumo(r.body());
        }
        switch (etapa) {
            case GUIA -> p.guiaId = api.json(r).get("guiaId").asString();
            case DOCUMENTO -> p.documentos.add(api.json(r).get("documentoId").asString());
            case AVALIACAO -> p.avaliados++;
            case DOCUMENTO_DA_RESPOSTA -> p.documentoDaResposta = api.json(r).get("documentoId").asString();
            default -> {
            }
        }
        return null;
    }

    /** Takes a new process through the steps up to the technical analysis (situation EM_ANALISE). */
    Processo ateAAnalise() throws Exception {
        String id = protocolar();
        if (id == null) {
            throw new IllegalStateException("Protocolo recusado: " + ultimaFalha.get());
        }
        Processo p = new Processo(id);
        for (Etapa etapa : List.of(Etapa.ENQUADRAMENTO, Etapa.ATRIBUICAO, Etapa.GUIA, Etapa.PAGAMENTO, Etapa.ADMISSIBILIDADE)) {
            String falha = executar(p, etapa);
            if (falha != null) {
                throw new IllegalStateException(falha);
            }
        }
        return p;
    }

    /** A small PDF, different for every upload (the content store keeps each distinct file once). */
    private static byte[] pdf(String semente) {
        StringBuilder texto = new StringBuilder("%PDF-1.4\n% ").append(semente).append('\n');
        ThreadLocalRandom aleatorio = ThreadLocalRandom.current();
        while (texto.length() < 16_384) {
            texto.append(Long.toString(aleatorio.nextLong(), 36)).append(' ');
        }
        return texto.append("\n%%EOF").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String resumo(String corpo) {
        if (corpo == null) {
            return "";
        }
        int regra = corpo.indexOf("\"regra\"");
        if (regra >= 0) {
            return corpo.substring(regra, Math.min(corpo.length(), regra + 60));
        }
        return corpo.length() > 120 ? corpo.substring(0, 120) : corpo;
    }
}
