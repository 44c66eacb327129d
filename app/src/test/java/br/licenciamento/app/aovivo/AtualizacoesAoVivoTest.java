package br.licenciamento.app.aovivo;

import br.licenciamento.api.processo.ConsultaDoDossie;
import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates over server-sent events, read with a plain HTTP client: the dossier of a process and the signed-in
 * user's list, each change arriving after the command that caused it; ownership as for the plain GET; a closed stream
 * leaves no subscription behind.
 */
class AtualizacoesAoVivoTest extends PlataformaEmbutidaTest {

    private static final Duration ESPERA = Duration.ofSeconds(30);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    private Environment ambiente;

    @Autowired
    private QueryUpdateEmitter emissor;

    private String login;
    private ClienteHttp outroRequerente;

    @BeforeEach
    void outroRequerente() {
        login = "req" + UUID.randomUUID().toString().substring(0, 8);
        ClienteHttp.Resposta criado = api("ADMIN").post("/api/v1/usuarios", """
                {"login":"%s","nome":"Requerente Ao Vivo","email":"%s@exemplo.com.br","senha":"senha-segura-123","papeis":["REQUERENTE"]}"""
                .formatted(login, login));
        assertThat(criado.status()).as(criado.corpo()).isEqualTo(201);
        outroRequerente = api().com("Authorization", "Bearer " + token(login, "senha-segura-123"));
    }

    @Test
    void mudancaDoDossieChegaPeloStreamDepoisDoComandoEFecharOStreamCancelaAAssinatura() {
        String processoId = protocolar(api("REQUERENTE"), requerenteAtivo(), "Laticinio Serra Azul");

        try (ClienteSse sse = abrir("requerente", "/api/v1/processos/" + processoId + "/eventos-ao-vivo")) {
            assertThat(sse.status()).isEqualTo(200);
            assertThat(sse.contentType()).startsWith("text/event-stream");
            assertThat(sse.cabecalho("X-Accel-Buffering")).isEqualTo("no");
            ClienteSse.Evento atual = sse.proximo(ESPERA);
            assertThat(atual.nome()).isEqualTo("dossie");
            assertThat(atual.json().get("processoId").asString()).isEqualTo(processoId);
            assertThat(atual.json().get("situacao").asString()).isEqualTo("PROTOCOLADO");
            assertThat(assinaturasDoDossie(processoId)).isEqualTo(1);

            ClienteHttp gestor = api("GESTOR");
            long inicio = System.nanoTime();
            ClienteHttp.Resposta enquadramento = gestor.post("/api/v1/processos/" + processoId + "/enquadramento",
                    "{\"porte\":\"G\",\"potencial\":\"P\"}");
            assertThat(enquadramento.status()).as(enquadramento.corpo()).isEqualTo(202);

            long aceito = System.nanoTime();
            List<ClienteSse.Evento> seguintes = sse.ate(e -> "ENQUADRADO".equals(e.json().get("situacao").asString()), ESPERA);
            System.out.printf("AO VIVO: comando aceito em %d ms; dossie novo no stream %d ms depois do 202%n",
                    (aceito - inicio) / 1_000_000, (System.nanoTime() - aceito) / 1_000_000);
            JsonNode novo = seguintes.get(seguintes.size() - 1).json();
            assertThat(novo.get("linhaDoTempo").toString()).contains("Enquadrado na classe");
            // What the stream sent is what was stored (the fee slip saga may already have added more since).
            JsonNode armazenado = api("REQUERENTE").get("/api/v1/processos/" + processoId).json();
            assertThat(armazenado.get("linhaDoTempo").toString()).contains(novo.get("linhaDoTempo").toString()
                    .substring(1, novo.get("linhaDoTempo").toString().length() - 1));

            // An idle stream keeps getting heartbeats (comment lines), so proxies do not cut it.
            Aguardar.ate("batimento no stream", ESPERA, sse::comentarios, n -> n > 0);
        }

        // The server notices the closed connection when a heartbeat write fails and cancels the subscription. TCP lets
        // the first write after the peer closed succeed (the reset comes back afterwards), so it takes up to two.
        Aguardar.ate("assinatura cancelada", Duration.ofSeconds(50), () -> assinaturasDoDossie(processoId), n -> n == 0);
    }

    @Test
    void streamDeProcessoDeOutraPessoaOuInexistenteResponde404SemDeixarAssinatura() {
        String processoId = protocolar(api("REQUERENTE"), requerenteAtivo(), "Pedreira Vale do Sol");

        try (ClienteSse alheio = abrir(login, "/api/v1/processos/" + processoId + "/eventos-ao-vivo");
             ClienteSse inexistente = abrir(login, "/api/v1/processos/" + UUID.randomUUID() + "/eventos-ao-vivo")) {
            assertThat(alheio.status()).isEqualTo(404);
            assertThat(alheio.contentType()).startsWith("application/problem+json");
            assertThat(alheio.erro().get("title").asString()).isEqualTo(inexistente.erro().get("title").asString());
            assertThat(inexistente.status()).isEqualTo(404);
        }
        assertThat(assinaturasDoDossie(processoId)).isZero();

        try (ClienteSse daEquipe = abrir("fiscal", "/api/v1/processos/" + processoId + "/eventos-ao-vivo")) {
            assertThat(daEquipe.status()).isEqualTo(200);
            assertThat(daEquipe.proximo(ESPERA).json().get("processoId").asString()).isEqualTo(processoId);
        }
    }

    @Test
    void listaAoVivoDoRequerenteSoTrazProcessosDasPessoasQueEleRepresenta() {
        String minhaPessoa = requerenteAtivo(outroRequerente);

        try (ClienteSse minhaLista = abrir(login, "/api/v1/processos/eventos-ao-vivo");
             ClienteSse daEquipe = abrir("gestor", "/api/v1/processos/eventos-ao-vivo?limite=5")) {
            ClienteSse.Evento inicial = minhaLista.proximo(ESPERA);
            assertThat(inicial.nome()).isEqualTo("processos");
            assertThat(inicial.json().isArray()).isTrue();
            inicial.json().forEach(p -> assertThat(p.get("requerenteId").asString()).isEqualTo(minhaPessoa));
            ClienteSse.Evento daEquipeInicial = daEquipe.proximo(ESPERA);
            assertThat(daEquipeInicial.nome()).isEqualTo("processos");
            assertThat(daEquipeInicial.json().size()).isLessThanOrEqualTo(5);

            String alheio = protocolar(api("REQUERENTE"), requerenteAtivo(), "Granja Alheia");
            daEquipe.ate(e -> "processo".equals(e.nome()) && alheio.equals(e.json().get("processoId").asString()), ESPERA);
            String meu = protocolar(outroRequerente, minhaPessoa, "Olaria Propria");

            // The dossier projection handles events in order: had the other person's process leaked into this list,
            // it would have arrived before this one.
            List<ClienteSse.Evento> recebidos = minhaLista.ate(
                    e -> "processo".equals(e.nome()) && meu.equals(e.json().get("processoId").asString()), ESPERA);
            assertThat(recebidos).allSatisfy(e -> assertThat(e.json().get("requerenteId").asString()).isEqualTo(minhaPessoa));
            assertThat(recebidos).noneMatch(e -> e.dados().contains(alheio));
            assertThat(recebidos.get(recebidos.size() - 1).json().get("numero").asString()).isNotBlank();
            daEquipe.ate(e -> "processo".equals(e.nome()) && meu.equals(e.json().get("processoId").asString()), ESPERA);
        }
    }

    @Test
    void listaDoAnalistaRecebeOProcessoAtribuidoAEleESabeQuandoElePassaAOutro() {
        String processoId = protocolar(api("REQUERENTE"), requerenteAtivo(), "Curtume Rio Claro");

        try (ClienteSse atribuidos = abrir("analista", "/api/v1/processos/eventos-ao-vivo?atribuidos=true")) {
            ClienteSse.Evento inicial = atribuidos.proximo(ESPERA);
            assertThat(inicial.nome()).isEqualTo("processos");
            inicial.json().forEach(p -> assertThat(p.get("analista").asString()).isEqualTo("analista"));
            assertThat(inicial.dados()).doesNotContain(processoId);

            atribuir(processoId, "analista");
            ClienteSse.Evento meu = ultimo(atribuidos.ate(e -> e.dados().contains(processoId), ESPERA));
            assertThat(meu.nome()).isEqualTo("processo");
            assertThat(meu.json().get("analista").asString()).isEqualTo("analista");

            atribuir(processoId, "outra-analista");
            ClienteSse.Evento saiu = ultimo(atribuidos.ate(e -> e.dados().contains(processoId)
                    && "outra-analista".equals(e.json().get("analista").asString()), ESPERA));
            assertThat(saiu.json().get("ultimaOcorrencia").asString())
                    .isEqualTo("Processo redistribuído do analista analista ao analista outra-analista");
        }
    }

    @Test
    void pedidoInvalidoOuSemAcceptDeStreamRespondeProblemJsonSemAbrirStream() {
        try (ClienteSse invalido = abrir("gestor", "/api/v1/processos/eventos-ao-vivo?limite=0")) {
            assertThat(invalido.status()).isEqualTo(400);
            assertThat(invalido.contentType()).startsWith("application/problem+json");
            assertThat(invalido.erro().toString()).contains("no mínimo 1");
        }
        assertThat(api().get("/api/v1/processos/eventos-ao-vivo").status()).isEqualTo(401);
        // A client that did not ask for an event stream would wait forever on one: it is told what to ask for.
        ClienteHttp.Resposta semAccept = api("GESTOR").get("/api/v1/processos/eventos-ao-vivo");
        assertThat(semAccept.status()).isEqualTo(406);
        assertThat(semAccept.contentType()).startsWith("application/problem+json");
        assertThat(semAccept.json().get("detail").asString()).contains("text/event-stream");
    }

    private static ClienteSse.Evento ultimo(List<ClienteSse.Evento> eventos) {
        return eventos.get(eventos.size() - 1);
    }

    private void atribuir(String processoId, String analista) {
        ClienteHttp.Resposta atribuicao = api("GESTOR").post("/api/v1/processos/" + processoId + "/atribuicao",
                "{\"analista\":\"" + analista + "\"}");
        assertThat(atribuicao.status()).as(atribuicao.corpo()).isEqualTo(202);
    }

    private long assinaturasDoDossie(String processoId) {
        return emissor.activeSubscriptions().stream()
                .filter(s -> s.getPayload() instanceof ConsultaDoDossie b && b.processoId().equals(processoId))
                .count();
    }

    private ClienteSse abrir(String usuario, String caminho) {
        String senha = usuario.equals(login) ? "senha-segura-123" : "demo-" + usuario;
        return ClienteSse.abrir(porta(), token(usuario, senha), caminho);
    }

    private String token(String usuario, String senha) {
        return TOKENS.computeIfAbsent(porta() + "/" + usuario, u -> LoginOAuth2.entrar(porta(), usuario, senha).acesso());
    }

    private int porta() {
        return ambiente.getRequiredProperty("local.server.port", Integer.class);
    }

    private static String protocolar(ClienteHttp api, String requerenteId, String empreendimento) {
        ClienteHttp.Resposta resposta = api.post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"%s","cnae":"2342-7/02","municipioIbge":"3106200","tipoLicenca":"LP"}"""
                .formatted(requerenteId, empreendimento));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json().get("processoId").asString();
    }
}
