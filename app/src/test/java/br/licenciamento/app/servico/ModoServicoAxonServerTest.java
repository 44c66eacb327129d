package br.licenciamento.app.servico;

import br.licenciamento.app.aovivo.ClienteSse;
import br.licenciamento.app.ops.SegmentosDosProcessadores;
import br.licenciamento.app.pessoa.DocumentosDeTeste;
import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import br.licenciamento.platform.teste.servicos.NginxDeTeste;
import br.licenciamento.platform.teste.servicos.PostgresDosServicos;
import br.licenciamento.platform.teste.servicos.ServicoJvm;
import br.licenciamento.platform.teste.servicos.ServidorAxon;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode as an operator runs it: a real Axon Server, PostgreSQL with the databases of
 * {@code deploy/postgres/init.sql}, a MongoDB-wire server, the five services as separate JVMs from their runnable jars
 * (two replicas of {@code licenca-query} and {@code notificacao-saga}) and the nginx gateway in front. Every user step
 * goes through the gateway: sign-in, a person, a filing, the classification whose fee slip the fee saga issues from
 * another JVM, dossier, search and live updates, the inbox; then replicas sharing and handing over segments, a killed
 * and restarted service, and Axon Server going away (503 with Retry-After, readiness DOWN) and coming back (everyone
 * recovers without a restart). Runs where an Axon Server jar or a Docker engine is present; skipped with the reason
 * elsewhere. Prints the figures it measured (lines starting with "MODO-SERVICO").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModoServicoAxonServerTest {

    private static final String SENHA_DO_BANCO = "senha-do-banco-de-teste";
    private static final String SENHA_DO_ADMIN = "senha-inicial-do-admin";
    private static final String SENHA_DOS_USUARIOS = "senha-segura-123";
    private static final Duration LIMITE_DE_INICIO = Duration.ofMinutes(5);
    /** Tests run in the app module's directory. */
    private static final Path RAIZ = Path.of("..");

    private static Path diretorio;
    private static PostgresDosServicos postgres;
    private static MongoServer mongo;
    private static ServidorAxon axon;
    private static NginxDeTeste gateway;
    private static final Map<String, List<ServicoJvm>> servicos = new LinkedHashMap<>();
    private static final Map<String, String> tokens = new HashMap<>();
    private static String pessoaId;
    private static String processoId;

    @BeforeAll
    static void subirAPlataformaEmServicos() throws Exception {
        Assumptions.assumeTrue(ServidorAxon.indisponivel().isEmpty(), () -> ServidorAxon.indisponivel().orElseThrow());
        diretorio = Files.createDirectories(Path.of("target", "modo-servico", UUID.randomUUID().toString()).toAbsolutePath());
        long inicio = System.nanoTime();

        postgres = PostgresDosServicos.iniciar(RAIZ, diretorio, SENHA_DO_BANCO);
        mongo = new MongoServer(new MemoryBackend());
        int portaMongo = NginxDeTeste.portaLivre();
        mongo.bind("127.0.0.1", portaMongo);
        axon = ServidorAxon.iniciar(diretorio.resolve("axonserver"));
        figura("axon-server", "pronto em " + segundos(inicio) + " s (" + axon.descricao() + ")");

        Path logs = diretorio.resolve("logs");
        adicionar("auth", 1, Map.of("LICENCIAMENTO_AUTH_ADMIN_INICIAL_SENHA", SENHA_DO_ADMIN), logs);
        adicionar("pessoa", 1, Map.of("LICENCIAMENTO_PESSOA_SEGREDO_DOCUMENTO", "segredo-do-teste-de-modo-servico-32+"), logs);
        adicionar("licenca-command", 1, Map.of(), logs);
        adicionar("licenca-query", 2, Map.of("SPRING_MONGODB_URI", "mongodb://127.0.0.1:" + portaMongo + "/licenciamento"), logs);
        adicionar("notificacao-saga", 2, Map.of(), logs);

        Map<String, List<Integer>> upstreams = new LinkedHashMap<>();
        servicos.forEach((modulo, instancias) -> upstreams.put(modulo.replace('-', '_'),
                instancias.stream().map(ServicoJvm::porta).toList()));
        gateway = NginxDeTeste.iniciar(RAIZ, upstreams, null);
        int portaDoAuth = servicos.get("auth").get(0).porta();
        for (ServicoJvm servico : ServicoJvm.todos(servicos)) {
            servico.definir("AXON_AXONSERVER_SERVERS", axon.endereco());
            servico.definir("LICENCIAMENTO_SEGURANCA_EMISSOR", "http://localhost:" + gateway.porta());
            servico.definir("LICENCIAMENTO_SEGURANCA_JWKS_URI", "http://127.0.0.1:" + portaDoAuth + "/oauth2/jwks");
            servico.definir("LICENCIAMENTO_PROCESSADORES_PARTILHA_INTERVALO", "PT1S");
        }

        long servicosDesde = System.nanoTime();
        for (ServicoJvm servico : ServicoJvm.todos(servicos)) {
            servico.iniciar();
        }
        for (ServicoJvm servico : ServicoJvm.todos(servicos)) {
            servico.esperarProntidao(LIMITE_DE_INICIO);
        }
        figura("servicos", ServicoJvm.todos(servicos).size() + " JVMs prontas em " + segundos(servicosDesde) + " s");
    }

    @AfterAll
    static void descer() throws Exception {
        for (ServicoJvm servico : ServicoJvm.todos(servicos)) {
            servico.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (axon != null) {
            axon.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void peloGatewayEntraCadastraProtocolaEAsMensagensCruzamAsJvms() throws Exception {
        long entrada = System.nanoTime();
        tokens.put("admin", LoginOAuth2.entrar(gateway.porta(), "admin", SENHA_DO_ADMIN).acesso());
        figura("login", "codigo + PKCE pelo gateway em " + milissegundos(entrada) + " ms");
        for (String papel : List.of("REQUERENTE", "GESTOR", "ANALISTA")) {
            String login = papel.toLowerCase() + "1";
            ClienteHttp.Resposta criado = peloGateway("admin").post("/api/v1/usuarios", """
                    {"login":"%s","nome":"Usuario %s","email":"%s@exemplo.com.br","senha":"%s","papeis":["%s"]}"""
                    .formatted(login, login, login, SENHA_DOS_USUARIOS, papel));
            assertThat(criado.status()).as(criado.corpo()).isEqualTo(201);
            tokens.put(papel, LoginOAuth2.entrar(gateway.porta(), login, SENHA_DOS_USUARIOS).acesso());
        }

        pessoaId = cadastrarPessoa();
        processoId = protocolar();
        JsonNode dossie = Aguardar.ate("dossie pelo gateway", Duration.ofSeconds(60),
                () -> peloGateway("REQUERENTE").get("/api/v1/processos/" + processoId), r -> r.status() == 200).json();

        try (ClienteSse aoVivo = ClienteSse.abrir(gateway.porta(), tokens.get("REQUERENTE"),
                "/api/v1/processos/" + processoId + "/eventos-ao-vivo")) {
            assertThat(aoVivo.status()).isEqualTo(200);
            assertThat(aoVivo.proximo(Duration.ofSeconds(30)).json().get("situacao").asString()).isEqualTo("PROTOCOLADO");

            long enquadramento = System.nanoTime();
            passo("GESTOR", processoId, "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
            aoVivo.ate(e -> !e.json().get("situacao").asString().equals("PROTOCOLADO"), Duration.ofSeconds(60));
            figura("ao-vivo", "mudanca do dossie chegou ao navegador em " + milissegundos(enquadramento) + " ms");
            String guia = guiaEmitidaPelaSaga(processoId);
            figura("saga-da-taxa", "guia emitida pela saga (notificacao-saga -> licenca-command) "
                    + milissegundos(enquadramento) + " ms apos o enquadramento");

            String numero = dossie.get("numero").asString();
            Aguardar.ate("processo na pesquisa", Duration.ofSeconds(60),
                    () -> peloGateway("GESTOR").get("/api/v1/processos?numero=" + numero),
                    r -> r.status() == 200 && r.corpo().contains(processoId));

            passo("GESTOR", processoId, "guias/" + guia + "/pagamento", "{}");
            passo("GESTOR", processoId, "atribuicao", "{\"analista\":\"analista1\"}");
            passo("ANALISTA", processoId, "admissibilidade", "{\"admitido\":true}");
            passo("ANALISTA", processoId, "complementacoes", "{\"itens\":[\"Plano de controle ambiental\"]}");
        }
        Aguardar.ate("notificacao da complementacao na caixa do requerente", Duration.ofSeconds(60),
                () -> peloGateway("REQUERENTE").get("/api/v1/notificacoes"),
                r -> r.status() == 200 && r.corpo().contains(processoId));
    }

    @Test
    @Order(2)
    void replicasDividemOsSegmentosEOSobreviventeAssumeOsDeQuemMorreu() throws Exception {
        for (String modulo : List.of("licenca-query", "notificacao-saga")) {
            long desde = System.nanoTime();
            Aguardar.ate("segmentos de " + modulo + " divididos entre as replicas", Duration.ofSeconds(90),
                    () -> segmentosPorReplica(modulo), SegmentosDosProcessadores::divididos);
            figura("partilha", modulo + ": cada replica com 1 de 2 segmentos de cada processador (" + segundos(desde) + " s)");
        }

        long morte = System.nanoTime();
        servicos.get("licenca-query").get(0).matar();
        servicos.get("notificacao-saga").get(0).matar();
        for (String modulo : List.of("licenca-query", "notificacao-saga")) {
            Aguardar.ate("o sobrevivente de " + modulo + " com todos os segmentos", Duration.ofSeconds(120),
                    () -> segmentosPorReplica(modulo), r -> r.size() == 1 && SegmentosDosProcessadores.todosCom(r.get(0)));
            figura("failover", modulo + ": sobrevivente com os 2 segmentos de cada processador " + segundos(morte)
                    + " s apos o kill -9 da outra replica");
        }
        // Work keeps flowing through the survivors: a new filing reaches the dossier, the fee saga still answers.
        String novo = protocolar();
        Aguardar.ate("dossie do processo novo", Duration.ofSeconds(60),
                () -> peloGateway("REQUERENTE").get("/api/v1/processos/" + novo), r -> r.status() == 200);
        passo("GESTOR", novo, "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        guiaEmitidaPelaSaga(novo);
    }

    @Test
    @Order(3)
    void servicoMortoEReiniciadoVoltaAoTrabalho() throws Exception {
        ServicoJvm pessoa = servicos.get("pessoa").get(0);
        pessoa.matar();
        ClienteHttp.Resposta foraDoAr = peloGateway("REQUERENTE").post("/api/v1/pessoas", corpoDePessoa());
        assertThat(foraDoAr.status()).isEqualTo(503);
        assertThat(foraDoAr.contentType()).startsWith("application/problem+json");

        long reinicio = System.nanoTime();
        pessoa.iniciar();
        pessoa.esperarProntidao(LIMITE_DE_INICIO);
        figura("reinicio", "pessoa pronto " + segundos(reinicio) + " s apos ser iniciado de novo");
        assertThat(cadastrarPessoa()).isNotBlank();
    }

    @Test
    @Order(4)
    void axonServerForaDoArResponde503ComRetryAfterEVoltaSemReiniciarOsServicos() throws Exception {
        Map<String, Long> pids = new HashMap<>();
        vivos().forEach(s -> pids.put(s.nome(), s.pid()));

        axon.desligar();
        Aguardar.ate("prontidao DOWN em todos os servicos", Duration.ofSeconds(60),
                () -> vivos().stream().map(ServicoJvm::prontidao).toList(),
                estados -> estados.stream().allMatch(status -> status == 503));
        ClienteHttp.Resposta semAxon = peloGateway("REQUERENTE").post("/api/v1/processos", pedido(pessoaId));
        assertThat(semAxon.status()).as(semAxon.corpo()).isEqualTo(503);
        assertThat(semAxon.contentType()).startsWith("application/problem+json");
        assertThat(semAxon.cabecalho("Retry-After")).isPresent();
        assertThat(semAxon.json().get("detail").asString()).isNotBlank();

        long volta = System.nanoTime();
        axon.ligar();
        for (ServicoJvm servico : vivos()) {
            servico.esperarProntidao(Duration.ofMinutes(3));
        }
        figura("recuperacao", "todos os servicos prontos " + segundos(volta) + " s apos o Axon Server voltar, sem reinicio");
        // Connected again, each service re-registers its handlers with Axon Server; until then a command may still get
        // 503. A client honours Retry-After and repeats with the same Idempotency-Key, so nothing is filed twice.
        String chave = UUID.randomUUID().toString();
        ClienteHttp.Resposta aceito = Aguardar.ate("o protocolo aceito de novo", Duration.ofSeconds(60),
                () -> peloGateway("REQUERENTE").com("Idempotency-Key", chave).post("/api/v1/processos", pedido(pessoaId)),
                r -> r.status() == 201);
        figura("recuperacao", "primeiro comando aceito " + segundos(volta) + " s apos o Axon Server voltar");
        String depois = aceito.json().get("processoId").asString();
        Aguardar.ate("dossie do processo protocolado depois da volta", Duration.ofSeconds(90),
                () -> peloGateway("REQUERENTE").get("/api/v1/processos/" + depois), r -> r.status() == 200);
        assertThat(peloGateway("REQUERENTE").get("/api/v1/processos/" + processoId).status()).isEqualTo(200);
        vivos().forEach(s -> assertThat(s.pid()).as(s.nome() + " nao foi reiniciado").isEqualTo(pids.get(s.nome())));
    }

    /**
     * Axon Server would stop sending a processor the event types it does not handle, and the position of one that
     * handles rare events (people's natures, for the transparency pages) would then trail the head for good. Every
     * event reaches every processor instead, so neither the operations API nor the health check calls an idle
     * processor late.
     */
    @Test
    @Order(5)
    void processadorDeEventosRarosEmDiaNaoApareceAtrasadoNemTravado() {
        // Events of types that processor does not handle, after Axon Server has learnt it does not want them.
        for (int i = 0; i < 3; i++) {
            passo("GESTOR", protocolar(), "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        }
        ServicoJvm consulta = servicos.get("licenca-query").get(1);
        JsonNode processadores = Aguardar.ate("processadores da consulta em dia", Duration.ofSeconds(60),
                () -> consulta.api(tokens.get("admin")).get("/api/v1/ops/processadores").json(),
                lista -> java.util.stream.StreamSupport.stream(lista.spliterator(), false)
                        .allMatch(p -> p.get("atrasoEmEventos").asLong() == 0));
        JsonNode raro = java.util.stream.StreamSupport.stream(processadores.spliterator(), false)
                .filter(p -> p.get("nome").asString().equals("natureza-dos-titulares")).findFirst().orElseThrow();
        figura("processador-raro", raro.toString());
        assertThat(raro.get("segmentos").get(0).get("posicao").asLong()).as("no fim: recebe tambem os eventos que ignora")
                .isGreaterThanOrEqualTo(raro.get("posicaoDoFim").asLong());
        assertThat(raro.get("segmentos").get(0).get("emDia").asBoolean()).isTrue();
        JsonNode saude = new ClienteHttp(consulta.portaDeGestao()).com("Authorization", "Bearer " + tokens.get("admin"))
                .get("/actuator/health").json();
        assertThat(saude.get("components").get("processadores").get("status").asString()).isEqualTo("UP");
    }

    @Test
    @Order(6)
    void metricasSaoRaspadasNaPortaDeGestaoENaoPelaPortaPublicaNemPeloGateway() {
        ServicoJvm consulta = servicos.get("licenca-query").get(1);
        ClienteHttp.Resposta raspagem = new ClienteHttp(consulta.portaDeGestao()).get("/actuator/prometheus");
        assertThat(raspagem.status()).isEqualTo(200);
        assertThat(raspagem.contentType()).startsWith("text/plain");
        assertThat(raspagem.corpo()).contains("# TYPE").contains("licenciamento_processos").contains("application=\"licenca-query\"");
        assertThat(consulta.api(null).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(new ClienteHttp(gateway.porta()).get("/actuator/prometheus").status()).isEqualTo(404);
    }

    /**
     * A document that is the first of its category tells its process, by a command sent inside the upload's own
     * transaction. Through Axon Server that command waited for one of licenca-command's command threads while holding
     * one, and with more simultaneous uploads than threads every request waited for good (the benchmark's service mode
     * stopped at 32 clients): it now runs on the same thread and transaction, wherever the upload runs.
     */
    @Test
    @Order(7)
    void muitosDocumentosAnexadosAoMesmoTempoNaoPrendemOsComandos() throws Exception {
        List<String> processos = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            processos.add(protocolar());
        }
        ExecutorService clientes = Executors.newFixedThreadPool(24);
        try {
            List<Future<ClienteHttp.Resposta>> envios = new ArrayList<>();
            for (String processo : processos) {
                envios.add(clientes.submit(() -> anexar(processo)));
            }
            for (Future<ClienteHttp.Resposta> envio : envios) {
                ClienteHttp.Resposta resposta = envio.get(60, TimeUnit.SECONDS);
                assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
            }
        } finally {
            clientes.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void adicionar(String modulo, int replicas, Map<String, String> proprio, Path logs) throws Exception {
        List<ServicoJvm> instancias = new ArrayList<>();
        for (int i = 1; i <= replicas; i++) {
            Map<String, String> ambiente = new LinkedHashMap<>(proprio);
            ambiente.putAll(postgres.ambiente(modulo));
            instancias.add(new ServicoJvm(RAIZ, modulo, modulo + "-" + i, ambiente, logs, ServicoJvm.JVM_DE_TESTE));
        }
        servicos.put(modulo, instancias);
    }

    private static List<ServicoJvm> vivos() {
        return ServicoJvm.todos(servicos).stream().filter(ServicoJvm::vivo).toList();
    }

    private static ClienteHttp peloGateway(String quem) {
        return new ClienteHttp(gateway.porta()).com("Authorization", "Bearer " + tokens.get(quem));
    }

    private static String corpoDePessoa() {
        return """
                {"tipo":"FISICA","documento":"%s","nome":"Requerente do Modo Servico","email":"requerente@exemplo.com.br",
                 "endereco":{"logradouro":"Rua da Bahia","numero":"1000","municipioIbge":"3106200","cep":"30160-011"}}"""
                .formatted(DocumentosDeTeste.cpf());
    }

    private static String cadastrarPessoa() {
        ClienteHttp.Resposta cadastro = peloGateway("REQUERENTE").post("/api/v1/pessoas", corpoDePessoa());
        assertThat(cadastro.status()).as(cadastro.corpo()).isEqualTo(201);
        return cadastro.json().get("pessoaId").asString();
    }

    private static String pedido(String requerenteId) {
        return """
                {"requerenteId":"%s","empreendimento":"Ceramica Vale Verde","cnae":"2342-7/02","municipioIbge":"3106200",
                 "tipoLicenca":"LP"}""".formatted(requerenteId);
    }

    private static String protocolar() {
        ClienteHttp.Resposta protocolo = peloGateway("REQUERENTE").post("/api/v1/processos", pedido(pessoaId));
        assertThat(protocolo.status()).as(protocolo.corpo()).isEqualTo(201);
        return protocolo.json().get("processoId").asString();
    }

    private static ClienteHttp.Resposta anexar(String processo) {
        byte[] corpo = ("--limite\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"estudo.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\nEstudo ambiental\n%%EOF\r\n--limite--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return peloGateway("REQUERENTE").enviar("POST", "/api/v1/processos/" + processo + "/documentos?categoria=EIA",
                "multipart/form-data; boundary=limite", corpo);
    }

    private static void passo(String quem, String processo, String etapa, String corpo) {
        ClienteHttp.Resposta resposta = peloGateway(quem).post("/api/v1/processos/" + processo + "/" + etapa, corpo);
        assertThat(resposta.status()).as(etapa + ": " + resposta.corpo()).isEqualTo(202);
    }

    /** The slip the fee saga (notificacao-saga) issued by command to licenca-command, from the audit trail. */
    private static String guiaEmitidaPelaSaga(String processo) {
        JsonNode historico = Aguardar.ate("guia emitida pela saga da taxa", Duration.ofSeconds(60),
                () -> peloGateway("GESTOR").get("/api/v1/processos/" + processo + "/historico?tamanho=500"),
                r -> r.status() == 200 && r.corpo().contains("\"GuiaDeTaxaEmitida\"")).json();
        for (JsonNode registro : historico.get("registros")) {
            if (registro.get("evento").asString().equals("GuiaDeTaxaEmitida")) {
                return registro.get("dados").get("guiaId").asString();
            }
        }
        throw new IllegalStateException("Sem guia no historico de " + processo);
    }

    /** For each live replica of the module, its tracking processors and the segments it holds of each. */
    private static List<Map<String, Set<Integer>>> segmentosPorReplica(String modulo) {
        return servicos.get(modulo).stream().filter(ServicoJvm::vivo)
                .map(replica -> SegmentosDosProcessadores.de(replica.api(tokens.get("admin")))).toList();
    }

    private static void figura(String o, String medida) {
        System.out.println("MODO-SERVICO " + o + ": " + medida);
    }

    private static long segundos(long desde) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - desde);
    }

    private static long milissegundos(long desde) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - desde);
    }
}
