package br.licenciamento.app.notificacao;

import br.licenciamento.app.LicenciamentoApplication;
import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.notificacao.taxa.TaxaSaga;
import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saga deadline scheduled before a restart fires after it: the unpaid fee's term (shortened to seconds) is stored in
 * PostgreSQL, the platform stops before it is due, and the new run cancels the request and notifies the applicant.
 */
class PrazoAposReinicioTest {

    @TempDir
    Path dados;

    @Test
    void prazoAgendadoAntesDoReinicioDisparaDepois() {
        String processoId;
        try (ConfigurableApplicationContext primeira = iniciar()) {
            ClienteHttp api = cliente(primeira);
            String requerente = PlataformaEmbutidaTest.requerenteAtivo(api);
            ClienteHttp.Resposta protocolo = api.post("/api/v1/processos", """
                    {"requerenteId":"%s","empreendimento":"Granja Boa Vista","cnae":"0155-5/05",
                     "municipioIbge":"4106902","tipoLicenca":"LP"}""".formatted(requerente));
            assertThat(protocolo.status()).as(protocolo.corpo()).isEqualTo(201);
            processoId = protocolo.json().get("processoId").asString();
            assertThat(api.post("/api/v1/processos/" + processoId + "/enquadramento",
                    "{\"porte\":\"G\",\"potencial\":\"P\"}").status()).isEqualTo(202);

            JdbcClient jdbc = primeira.getBean(JdbcClient.class);
            // The platform issues the slip on classification; its term starts then.
            Aguardar.ate("prazo de pagamento agendado", Duration.ofSeconds(30),
                    () -> prazosPendentes(jdbc), n -> n == 1);
            Aguardar.ate("requerente avisado da guia", Duration.ofSeconds(30),
                    () -> notificacoes(jdbc, processoId, "GUIA_EMITIDA"), n -> n == 1);
            assertThat(notificacoes(jdbc, processoId, "CANCELADO_SEM_PAGAMENTO")).isZero();
        }

        try (ConfigurableApplicationContext segunda = iniciar()) {
            ClienteHttp api = cliente(segunda);
            String situacao = Aguardar.ate("pedido cancelado por falta de pagamento", Duration.ofSeconds(60),
                    () -> api.get("/api/v1/processos/" + processoId).json().get("situacao").asString(),
                    "ARQUIVADO"::equals);
            assertThat(situacao).isEqualTo("ARQUIVADO");
            JdbcClient jdbc = segunda.getBean(JdbcClient.class);
            Aguardar.ate("requerente avisado do cancelamento", Duration.ofSeconds(30),
                    () -> notificacoes(jdbc, processoId, "CANCELADO_SEM_PAGAMENTO"), n -> n == 1);
            assertThat(api.get("/api/v1/processos/" + processoId).json().get("linhaDoTempo").toString())
                    .contains("taxa não paga no prazo");
            assertThat(prazosPendentes(jdbc)).isZero();
        }
    }

    private ConfigurableApplicationContext iniciar() {
        return new SpringApplicationBuilder(LicenciamentoApplication.class)
                .run("--server.port=0", "--licenciamento.embutido.diretorio=" + dados,
                        "--licenciamento.sagas.taxa.prazo-de-pagamento=PT20S",
                        "--licenciamento.sagas.agendador.intervalo-de-consulta=PT1S");
    }

    private static long prazosPendentes(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM notificacao.scheduled_tasks WHERE position(convert_to(:nome, 'UTF8') IN task_data) > 0")
                .param("nome", TaxaSaga.PAGAMENTO).query(Long.class).single();
    }

    private static long notificacoes(JdbcClient jdbc, String processoId, String tipo) {
        return jdbc.sql("SELECT count(*) FROM notificacao.notificacao WHERE processo_id = :p AND tipo = :t")
                .param("p", processoId).param("t", tipo).query(Long.class).single();
    }

    /** Signed in as the agency manager, who registers, files and classifies here. */
    private static ClienteHttp cliente(ConfigurableApplicationContext contexto) {
        int porta = contexto.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return new ClienteHttp(porta).com("Authorization", "Bearer " + LoginOAuth2.entrar(porta, "gestor", "demo-gestor").acesso());
    }
}
