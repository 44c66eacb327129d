package br.licenciamento.app;

import br.licenciamento.platform.teste.Aguardar;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read model dropped and rebuilt from the event store comes back identical. This also proves the serializer
 * stores and reads back Axon's replay token after a reset.
 */
class ReplayDeProjecoesTest extends PlataformaEmbutidaTest {

    @Autowired
    private EventProcessingConfiguration processamento;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void resetEReplayReconstroemAPesquisaIdentica() {
        for (int i = 0; i < 5; i++) {
            api("REQUERENTE").post("/api/v1/processos", """
                    {"requerenteId":"%s","empreendimento":"Replay %d","cnae":"2342-7/02",
                     "municipioIbge":"3550308","tipoLicenca":"LI"}""".formatted(requerenteAtivo(), i));
        }
        List<Map<String, Object>> antes = Aguardar.ate("cinco processos na pesquisa", Duration.ofSeconds(30),
                this::pesquisaDeSaoPaulo, linhas -> linhas.size() == 5);

        StreamingEventProcessor processador = processamento
                .eventProcessor("pesquisa-processos", StreamingEventProcessor.class).orElseThrow();
        processador.shutDown();
        processador.resetTokens();
        processador.start();

        Aguardar.ate("replay alcancou o fim do stream", Duration.ofSeconds(20), processador::processingStatus,
                status -> !status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp()));
        assertThat(pesquisaDeSaoPaulo()).isEqualTo(antes);
        assertThat(processador.isError()).isFalse();
    }

    private List<Map<String, Object>> pesquisaDeSaoPaulo() {
        return jdbc.sql("SELECT * FROM licenca_query.processo_resumo WHERE municipio_ibge = '3550308' ORDER BY processo_id")
                .query().listOfRows();
    }
}
