package br.licenciamento.app.seguranca;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership: an applicant sees and files only for the persons they represent; someone else's process answers
 * exactly like one that does not exist. Agency staff see every process.
 */
class TitularidadeTest extends PlataformaEmbutidaTest {

    private String processoDoOutro;
    private String pessoaDoOutro;
    private ClienteHttp segundoRequerente;

    @BeforeEach
    void doisRequerentes() {
        pessoaDoOutro = requerenteAtivo();
        processoDoOutro = api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Pedreira Alto da Serra","cnae":"0810-0/01",
                 "municipioIbge":"3106200","tipoLicenca":"LP"}""".formatted(pessoaDoOutro)).json().get("processoId").asString();
        Aguardar.ate("dossie projetado", Duration.ofSeconds(30),
                () -> api("GESTOR").get("/api/v1/processos/" + processoDoOutro), r -> r.status() == 200);

        segundoRequerente = api().com("Authorization", "Bearer " + tokenDeNovoUsuario("REQUERENTE"));
    }

    @Test
    void processoDeOutroRequerenteRespondeComoInexistente() {
        ClienteHttp.Resposta alheio = segundoRequerente.get("/api/v1/processos/" + processoDoOutro);
        ClienteHttp.Resposta inexistente = segundoRequerente.get("/api/v1/processos/" + UUID.randomUUID());

        assertThat(alheio.status()).isEqualTo(404);
        assertThat(alheio.json().get("title").asString()).isEqualTo(inexistente.json().get("title").asString());
        assertThat(alheio.contentType()).startsWith("application/problem+json");
        assertThat(segundoRequerente.get("/api/v1/processos/" + processoDoOutro + "/historico").status()).isEqualTo(404);
        assertThat(segundoRequerente.get("/api/v1/processos?tamanho=200").corpo()).doesNotContain(processoDoOutro);
    }

    @Test
    void requerenteVeOsProprios() {
        String minhaPessoa = requerenteAtivo(segundoRequerente);
        String meuProcesso = segundoRequerente.post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Olaria Nova","cnae":"2342-7/02","municipioIbge":"3106200","tipoLicenca":"LP"}"""
                .formatted(minhaPessoa)).json().get("processoId").asString();

        Aguardar.ate("o proprio processo visivel", Duration.ofSeconds(30),
                () -> segundoRequerente.get("/api/v1/processos/" + meuProcesso), r -> r.status() == 200);
        assertThat(segundoRequerente.get("/api/v1/processos?tamanho=200").corpo()).contains(meuProcesso).doesNotContain(processoDoOutro);
        assertThat(segundoRequerente.get("/api/v1/processos/" + meuProcesso + "/historico").status()).isEqualTo(200);
    }

    @Test
    void requerenteNaoProtocolaEmNomeDePessoaQueNaoRepresenta() {
        ClienteHttp.Resposta resposta = segundoRequerente.post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Em nome alheio","cnae":"2342-7/02","municipioIbge":"3106200","tipoLicenca":"LP"}"""
                .formatted(pessoaDoOutro));

        assertThat(resposta.status()).isEqualTo(422);
        assertThat(resposta.json().get("regra").asString()).isEqualTo("requerente-representado");
    }

    @Test
    void requerenteNaoAgeSobreProcessoAlheioQueRespondeComoInexistente() {
        String desistencia = "{\"motivo\":\"DESISTENCIA\",\"detalhe\":\"Nao quero mais\"}";
        ClienteHttp.Resposta alheio = segundoRequerente.post("/api/v1/processos/" + processoDoOutro + "/arquivamento", desistencia);
        String inexistenteId = UUID.randomUUID().toString();
        ClienteHttp.Resposta inexistente = segundoRequerente.post("/api/v1/processos/" + inexistenteId + "/arquivamento", desistencia);

        assertThat(alheio.status()).as(alheio.corpo()).isEqualTo(404);
        assertThat(inexistente.status()).isEqualTo(404);
        assertThat(alheio.contentType()).startsWith("application/problem+json");
        assertThat(alheio.json().get("title").asString()).isEqualTo(inexistente.json().get("title").asString());
        assertThat(alheio.json().get("detail").asString().replace(processoDoOutro, "ID"))
                .isEqualTo(inexistente.json().get("detail").asString().replace(inexistenteId, "ID"));
        // Nothing happened to the process; its own applicant still may withdraw it.
        assertThat(api("GESTOR").get("/api/v1/processos/" + processoDoOutro + "/historico").json().get("total").asLong())
                .isEqualTo(1);
        assertThat(api("REQUERENTE").post("/api/v1/processos/" + processoDoOutro + "/arquivamento", desistencia).status())
                .isEqualTo(202);
    }

    @Test
    void gestorEAuditorVeemQualquerProcesso() {
        assertThat(api("GESTOR").get("/api/v1/processos/" + processoDoOutro).status()).isEqualTo(200);
        assertThat(api("AUDITOR").get("/api/v1/processos/" + processoDoOutro + "/historico").status()).isEqualTo(200);
    }
}
