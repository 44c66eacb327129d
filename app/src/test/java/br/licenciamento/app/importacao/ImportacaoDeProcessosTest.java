package br.licenciamento.app.importacao;

import br.licenciamento.app.pessoa.DocumentosDeTeste;
import br.licenciamento.app.processo.EtapasPelaApi;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency brings in the processes its former system still runs, through the REST API only, on a homologation
 * platform whose clock ADMIN moves: each process keeps its original number and dates and its own regime's terms, an
 * overdue one shows as overdue, the sagas take over the terms still running without telling anyone of the past, a
 * refused row stores nothing, and the same batch twice creates nothing new.
 */
// Closed after the class: Axon's clock is one per JVM and the other test contexts need the real time back.
@DirtiesContext
@TestPropertySource(properties = {"licenciamento.relogio.homologacao=true",
        "licenciamento.sagas.agendador.intervalo-de-consulta=PT1S"})
class ImportacaoDeProcessosTest extends EtapasPelaApi {

    private final String lote = "LEG-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected LocalDate hoje() {
        return LocalDate.parse(api("ADMIN").get("/api/v1/ops/relogio").json().get("hoje").asString());
    }

    @Test
    void loteMistoImportaCadaProcessoNoSeuRegimeERecusaSemGravarAsLinhasErradas() {
        String requerente = requerenteAtivo();
        LocalDate hoje = hoje();
        LocalDate protocoloNaLeiNova = hoje.minusDays(30).isBefore(LocalDate.of(2026, 2, 10)) ? LocalDate.of(2026, 2, 10)
                : hoje.minusDays(30);
        String cpfNovo = DocumentosDeTeste.cpf();
        String cpfInvalido = "111.111.111-11";
        String corpo = """
                {"processos": [
                  %s,
                  %s,
                  {"numeroLegado":"%s-3","protocoladoEm":"2024-01-15","tipoLicenca":"LO","requerenteId":"%s",
                   "empreendimento":"Laticinio Serra Azul","cnae":"1052-0/00","municipioIbge":"3106200","situacao":"DEFERIDO",
                   "enquadramento":{"porte":"P","potencial":"G","enquadradoEm":"2024-02-01"},
                   "licenca":{"numero":"LO-%s","emitidaEm":"2024-06-01","validaAte":"2030-06-01",
                              "fundamentos":"Parecer tecnico favoravel no sistema anterior",
                              "condicionantes":[{"descricao":"Relatorio de automonitoramento","prazo":"%s"}]}},
                  {"numeroLegado":"%s-4","protocoladoEm":"%s","tipoLicenca":"LP","requerenteId":"%s",
                   "empreendimento":"Granja Boa Vista","cnae":"0155-5/01","municipioIbge":"3106200",
                   "situacao":"AGUARDANDO_COMPLEMENTACAO","enquadramento":{"porte":"P","potencial":"G"},
                   "complementacao":{"solicitadaEm":"%s","itens":["Outorga de uso da agua"]}},
                  {"numeroLegado":"%s-5","protocoladoEm":"2026-02-05","tipoLicenca":"LP","requerenteId":"%s",
                   "empreendimento":"Pedreira Sao Jose","cnae":"0810-0/06","municipioIbge":"3106200","situacao":"DEFERIDO",
                   "enquadramento":{"porte":"P","potencial":"G"},
                   "licenca":{"numero":"LP-5-%s","emitidaEm":"2026-03-01","validaAte":"2028-03-01"}},
                  {"numeroLegado":"%s-6","protocoladoEm":"2025-01-20","tipoLicenca":"LP","requerenteId":"%s",
                   "empreendimento":"Pedreira Sao Jose","cnae":"0810-0/06","municipioIbge":"3106200","situacao":"DEFERIDO",
                   "enquadramento":{"porte":"P","potencial":"G"},
                   "licenca":{"numero":"LP-6-%s","emitidaEm":"2025-04-01","validaAte":"2027-04-01"}},
                  {"numeroLegado":"%s-7","protocoladoEm":"%s","tipoLicenca":"LP","requerenteId":"%s",
                   "empreendimento":"Olaria","cnae":"2342-7/02","municipioIbge":"3106200","situacao":"PROTOCOLADO"},
                  {"numeroLegado":"%s-8","protocoladoEm":"2025-05-05","tipoLicenca":"LP","requerenteId":"%s",
                   "empreendimento":"Olaria","cnae":"2342-7/02","municipioIbge":"3106200","situacao":"PROTOCOLADO",
                   "protocoloAntigo":"123"},
                  %s,
                  %s
                ]}""".formatted(
                emAnalise(lote + "-1", "2025-03-10", requerente),
                emAnalise(lote + "-2", protocoloNaLeiNova.toString(), requerente),
                lote, requerente, lote, hoje.minusDays(10),
                lote, hoje.minusDays(60), requerente, hoje.minusDays(30),
                lote, requerente, lote,
                lote, requerente, lote,
                lote, hoje.plusDays(1), requerente,
                lote, requerente,
                comRequerenteNovo(lote + "-9", cpfInvalido),
                comRequerenteNovo(lote + "-10", cpfNovo));

        assertThat(api("GESTOR").enviar("POST", "/api/v1/importacoes", "application/json",
                corpo.getBytes(StandardCharsets.UTF_8)).status()).as("so o administrador importa").isEqualTo(403);
        JsonNode relatorio = importar(corpo, "application/json");
        assertThat(relatorio.get("total").asInt()).isEqualTo(10);
        assertThat(relatorio.get("criadas").asInt()).as(relatorio.toString()).isEqualTo(6);
        assertThat(relatorio.get("recusadas").asInt()).isEqualTo(4);
        assertThat(linha(relatorio, 5).get("regra").asString()).isEqualTo("validade-fora-da-faixa");
        assertThat(linha(relatorio, 7).get("regra").asString()).isEqualTo("importacao-data-no-futuro");
        assertThat(linha(relatorio, 8).get("motivo").asString()).contains("protocoloAntigo");
        assertThat(linha(relatorio, 9).get("resultado").asString()).isEqualTo("RECUSADO");
        assertThat(linha(relatorio, 10).get("resultado").asString()).isEqualTo("CRIADO");

        // Each process keeps its former number, by which it is found, and its own regime's terms.
        JsonNode conama = processoDeNumero(lote + "-1");
        assertThat(conama.get("prazoAnaliseAte").asString()).as("CONAMA 237: 12 meses com EIA, do protocolo")
                .isEqualTo("2026-03-10");
        JsonNode leiNova = processoDeNumero(lote + "-2");
        assertThat(leiNova.get("prazoAnaliseAte").asString()).as("Lei 15.190: 10 meses com EIA")
                .isEqualTo(protocoloNaLeiNova.plusMonths(10).toString());
        assertThat(dossie(conama).get("regime").asString()).isEqualTo("CONAMA_237");
        assertThat(dossie(leiNova).get("regime").asString()).isEqualTo("LEI_15190");
        Aguardar.ate("o processo CONAMA vencido aparece atrasado", Duration.ofSeconds(30),
                () -> processoDeNumero(lote + "-1"), p -> p.get("atrasado").asBoolean());
        assertThat(processoDeNumero(lote + "-2").get("atrasado").asBoolean()).isFalse();

        // The granted one: its licence with the number printed on it, and its overdue condition raised once.
        JsonNode licencas = Aguardar.ate("licenca importada no registro", Duration.ofSeconds(30),
                () -> api("GESTOR").get("/api/v1/licencas?numero=LO-" + lote).json().get("itens"), i -> i.size() == 1);
        String licencaId = licencas.get(0).get("licencaId").asString();
        assertThat(licencas.get(0).get("emitidaEm").asString()).isEqualTo("2024-06-01");
        Aguardar.ate("aviso da condicionante vencida", Duration.ofSeconds(30),
                () -> avisos("ANALISTA", "licencaId", licencaId, "CONDICIONANTE_DESCUMPRIDA"), n -> n == 1);

        // Refused rows stored nothing: no process, and no person for the invalid CPF.
        for (int refusada : new int[]{5, 7, 8, 9}) {
            assertThat(api("GESTOR").get("/api/v1/processos?numero=" + lote + "-" + refusada).json().get("itens").size())
                    .as("linha " + refusada).isZero();
        }
        assertThat(api("GESTOR").get("/api/v1/pessoas?documento=" + cpfNovo).json().get("itens").size()).isEqualTo(1);

        // The same batch again creates nothing new.
        JsonNode repetido = importar(corpo, "application/json");
        assertThat(repetido.get("criadas").asInt()).isZero();
        assertThat(repetido.get("jaImportadas").asInt()).isEqualTo(6);
        assertThat(repetido.get("recusadas").asInt()).isEqualTo(4);
        assertThat(api("GESTOR").get("/api/v1/processos?numero=" + lote + "-3").json().get("itens").size()).isEqualTo(1);

        // The complementation still running: nobody is told of the past, and the saga keeps its term.
        String aguardando = processoDeNumero(lote + "-4").get("processoId").asString();
        assertThat(avisos("REQUERENTE", "processoId", aguardando, "COMPLEMENTACAO_SOLICITADA")).isZero();
        api("ADMIN").post("/api/v1/ops/relogio/avanco", "{\"dias\":100}");
        dossieNaSituacao(aguardando, "ARQUIVADO");
        Aguardar.ate("aviso do arquivamento", Duration.ofSeconds(30),
                () -> avisos("REQUERENTE", "processoId", aguardando, "ARQUIVADO_SEM_COMPLEMENTACAO"), n -> n == 1);
        api("ADMIN").post("/api/v1/ops/relogio/avanco", "{\"dias\":1}");
        assertThat(avisos("REQUERENTE", "processoId", aguardando, "ARQUIVADO_SEM_COMPLEMENTACAO")).isEqualTo(1);
    }

    @Test
    void csvComLinhaRecusadaImportaAsOutrasEArquivoQuebradoNaoMudaNada() {
        String requerente = requerenteAtivo();
        String csv = """
                numeroLegado;protocoladoEm;tipoLicenca;requerenteId;empreendimento;cnae;municipioIbge;situacao;porte;potencial;complementacaoSolicitadaEm;complementacaoItens;complementacaoAtendidaEm
                %s-c1;2025-08-01;LP;%s;"Cerâmica Vale; Verde";2342-7/02;3106200;PROTOCOLADO;;;;;
                %s-c2;2025-08-01;LP;%s;Olaria;2342-7/02;3106200;EM_ANALISE;P;G;2025-09-01;Outorga|Plano de controle;2025-10-01
                %s-c3;2025-08-01;LX;%s;Olaria;2342-7/02;3106200;PROTOCOLADO;;;;;
                """.formatted(lote, requerente, lote, requerente, lote, requerente);
        JsonNode relatorio = importar(csv, "text/csv");
        assertThat(relatorio.get("criadas").asInt()).as(relatorio.toString()).isEqualTo(2);
        assertThat(linha(relatorio, 3).get("motivo").asString()).contains("tipoLicenca");
        assertThat(dossie(processoDeNumero(lote + "-c1")).get("empreendimento").asString()).isEqualTo("Cerâmica Vale; Verde");
        // Answered complementation: the agency's term moved by the 30 days it waited.
        assertThat(processoDeNumero(lote + "-c2").get("prazoAnaliseAte").asString()).isEqualTo("2026-03-03");

        problema(enviar("numeroLegado;protocoladoEm\n\"%s-q;2025-01-01\n".formatted(lote), "text/csv"), 400);
        problema(enviar("numeroLegado;protocolo\n%s-q;2025-01-01\n".formatted(lote), "text/csv"), 400);
        problema(enviar("{\"processos\": [", "application/json"), 400);
        problema(enviar("{\"processos\": [], \"extra\": 1}", "application/json"), 400);
        problema(enviar("numeroLegado\n", "text/plain"), 415);
        byte[] grande = new byte[50 * 1024 * 1024];
        Arrays.fill(grande, (byte) ' ');
        problema(api("ADMIN").enviar("POST", "/api/v1/importacoes", "application/json", grande), 413);
        assertThat(api("GESTOR").get("/api/v1/processos?numero=" + lote + "-q").json().get("itens").size()).isZero();
    }

    @Test
    void osArquivosDeExemploDoModuloImportamSemRecusa() throws Exception {
        for (String arquivo : List.of("exemplo.json", "exemplo.csv")) {
            String corpo = Files.readString(Path.of("../licenca-command/docs/importacao", arquivo));
            JsonNode relatorio = importar(corpo, arquivo.endsWith(".csv") ? "text/csv" : "application/json");
            assertThat(relatorio.get("recusadas").asInt()).as(relatorio.toString()).isZero();
            assertThat(relatorio.get("criadas").asInt() + relatorio.get("jaImportadas").asInt())
                    .isEqualTo(relatorio.get("total").asInt());
        }
        assertThat(dossie(processoDeNumero("SEMAD-2024/000987")).get("regime").asString()).isEqualTo("CONAMA_237");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String emAnalise(String numero, String protocoladoEm, String requerente) {
        return """
                {"numeroLegado":"%s","protocoladoEm":"%s","tipoLicenca":"LP","requerenteId":"%s",
                 "empreendimento":"Mineradora Vale do Rio","cnae":"0710-3/01","municipioIbge":"3106200",
                 "situacao":"EM_ANALISE","enquadramento":{"porte":"G","potencial":"G"}}""".formatted(numero, protocoladoEm,
                requerente);
    }

    private static String comRequerenteNovo(String numero, String cpf) {
        return """
                {"numeroLegado":"%s","protocoladoEm":"2025-09-01","tipoLicenca":"LP","empreendimento":"Sitio Esperanca",
                 "cnae":"0151-2/01","municipioIbge":"3106200","situacao":"PROTOCOLADO",
                 "requerente":{"tipo":"FISICA","documento":"%s","nome":"Produtora Rural de Teste",
                   "email":"produtora@exemplo.com.br",
                   "endereco":{"logradouro":"Estrada Velha","numero":"1","municipioIbge":"3106200","cep":"30160-011"}}}"""
                .formatted(numero, cpf);
    }

    private ClienteHttp.Resposta enviar(String corpo, String tipo) {
        return api("ADMIN").enviar("POST", "/api/v1/importacoes", tipo, corpo.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the batch and waits for its report to say it is done. */
    private JsonNode importar(String corpo, String tipo) {
        ClienteHttp.Resposta resposta = enviar(corpo, tipo);
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(202);
        String local = resposta.cabecalho("Location").orElseThrow();
        return Aguardar.ate("importacao concluida", Duration.ofSeconds(60), () -> api("ADMIN").get(local).json(),
                r -> "CONCLUIDA".equals(r.get("situacao").asString()));
    }

    private static JsonNode linha(JsonNode relatorio, int numero) {
        for (JsonNode linha : relatorio.get("linhas")) {
            if (linha.get("linha").asInt() == numero) {
                return linha;
            }
        }
        throw new AssertionError("Sem a linha " + numero + " em " + relatorio);
    }

    private JsonNode processoDeNumero(String numero) {
        return Aguardar.ate("processo " + numero + " na pesquisa", Duration.ofSeconds(30),
                () -> api("GESTOR").get("/api/v1/processos?numero=" + numero).json().get("itens"), i -> i.size() == 1).get(0);
    }

    private JsonNode dossie(JsonNode resumo) {
        return api("GESTOR").get("/api/v1/processos/" + resumo.get("processoId").asString()).json();
    }

    private long avisos(String papel, String campo, String valor, String tipo) {
        List<JsonNode> itens = new ArrayList<>();
        api(papel).get("/api/v1/notificacoes?tamanho=200").json().get("itens").forEach(itens::add);
        return itens.stream().filter(n -> valor.equals(n.get(campo).asString()) && tipo.equals(n.get("tipo").asString())).count();
    }

    private static void problema(ClienteHttp.Resposta resposta, int status) {
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(status);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
    }
}
