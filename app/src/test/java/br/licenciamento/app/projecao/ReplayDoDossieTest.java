package br.licenciamento.app.projecao;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier projection is idempotent and deterministic: reset and replayed from the event store twice, through the
 * ops API an operator uses, the whole MongoDB collection comes back identical, field by field.
 */
class ReplayDoDossieTest extends PlataformaEmbutidaTest {

    private static final Duration ESPERA = Duration.ofSeconds(30);

    @Autowired
    private MongoTemplate mongo;

    @Test
    void resetEReplayDuasVezesDevolvemAColecaoDeDossiesIdentica() {
        List<String> processos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ClienteHttp.Resposta protocolo = api("REQUERENTE").post("/api/v1/processos", """
                    {"requerenteId":"%s","empreendimento":"Replay do dossie %d","cnae":"2342-7/02",
                     "municipioIbge":"3304557","tipoLicenca":"LP"}""".formatted(requerenteAtivo(), i));
            assertThat(protocolo.status()).as(protocolo.corpo()).isEqualTo(201);
            processos.add(protocolo.json().get("processoId").asString());
        }
        assertThat(api("GESTOR").post("/api/v1/processos/" + processos.get(0) + "/enquadramento",
                "{\"porte\":\"M\",\"potencial\":\"M\"}").status()).isEqualTo(202);
        Aguardar.ate("dossie enquadrado", ESPERA, () -> api("GESTOR").get("/api/v1/processos/" + processos.get(0)),
                r -> r.status() == 200 && r.corpo().contains("Enquadrado na classe"));
        // Sagas react to the classification (the fee slip): compare only once nothing more is being written.
        long fim = quieto();
        List<Document> original = colecao();
        assertThat(original).extracting(d -> d.getString("_id")).containsAll(processos);

        for (int rodada = 1; rodada <= 2; rodada++) {
            // A document no event produced: only a real reset (the collection dropped) makes it go away.
            mongo.insert(new Document("_id", "marcador-" + rodada), "dossies");
            ClienteHttp.Resposta replay = api("ADMIN").post("/api/v1/ops/processadores/dossie/replay", "{}");
            assertThat(replay.status()).as(replay.corpo()).isEqualTo(202);
            emDia();

            assertThat(colecao()).as("colecao depois do replay %d", rodada).isEqualTo(original);
            assertThat(posicaoDoFim()).as("nenhum evento novo durante a comparacao").isEqualTo(fim);
        }
    }

    /** The dossier processor has handled every event of the store (the ops API's own notion of done). */
    private void emDia() {
        Aguardar.ate("processador dossie em dia", ESPERA, () -> api("ADMIN").get("/api/v1/ops/processadores/dossie").json(),
                (JsonNode p) -> p.get("executando").asBoolean() && !p.get("emReplay").asBoolean()
                        && p.get("atrasoEmEventos").asLong() == 0 && p.get("segmentos").size() > 0
                        && p.get("segmentos").get(0).get("emDia").asBoolean());
    }

    /** Waits until the store has stopped growing for a second and the dossier has caught up; answers the head. */
    private long quieto() {
        long[] anterior = {-2};
        return Aguardar.ate("event store parado", ESPERA, () -> {
            emDia();
            long agora = posicaoDoFim();
            boolean parado = agora == anterior[0];
            anterior[0] = agora;
            if (!parado) {
                dormir();
            }
            return parado ? agora : -1L;
        }, posicao -> posicao >= 0);
    }

    private long posicaoDoFim() {
        return api("ADMIN").get("/api/v1/ops/processadores/dossie").json().get("posicaoDoFim").asLong();
    }

    private static void dormir() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Document> colecao() {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, "dossies");
    }
}
