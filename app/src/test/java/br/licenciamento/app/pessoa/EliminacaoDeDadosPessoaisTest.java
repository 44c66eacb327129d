package br.licenciamento.app.pessoa;

import br.licenciamento.api.pessoa.DadoProtegido;
import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.pessoa.lgpd.CofreDeDadosPessoais;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** LGPD: right of access (export) and erasure by crypto-shredding, proven on the stored events and read models. */
class EliminacaoDeDadosPessoaisTest extends PlataformaEmbutidaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CofreDeDadosPessoais cofre;

    @Autowired
    private EventProcessingConfiguration processadores;

    private String cadastrar(String nome) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/pessoas",
                CadastroDePessoasTest.pessoaFisica(DocumentosDeTeste.cpf(), nome, "3106200"));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json().get("pessoaId").asString();
    }

    private List<String> payloads(String pessoaId) {
        return jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM axon.domain_event_entry WHERE aggregate_identifier = :id ORDER BY sequence_number")
                .param("id", pessoaId).query(String.class).list();
    }

    @Test
    void exportacaoTrazOsDadosEOHistoricoEEliminacaoOsTornaIlegiveisNosEventosESomeDosModelosDeLeitura() {
        String cpf = DocumentosDeTeste.cpf();
        String digitos = cpf.replaceAll("\\D", "");
        String nome = "Teodora Quintiliana Esmeraldino";
        String id = api("REQUERENTE").post("/api/v1/pessoas", CadastroDePessoasTest.pessoaFisica(cpf, nome, "3106200")
                        .replace("Contato@Exemplo.com.br", "teodora.q@exemplo.com.br"))
                .json().get("pessoaId").asString();

        // Right of access: everything held, with the recorded history.
        JsonNode exportacao = Aguardar.ate("exportacao disponivel", Duration.ofSeconds(10),
                () -> api("REQUERENTE").get("/api/v1/pessoas/" + id + "/dados-pessoais"), r -> r.status() == 200).json();
        assertThat(exportacao.get("ficha").get("nome").asString()).isEqualTo(nome);
        assertThat(exportacao.get("ficha").get("documento").asString()).isEqualTo(digitos);
        assertThat(exportacao.get("historico").get(0).get("evento").asString()).isEqualTo("PessoaRegistrada");
        assertThat(exportacao.get("historico").get(0).get("dados").get("email").asString()).isEqualTo("teodora.q@exemplo.com.br");
        assertThat(exportacao.get("historico").get(0).get("dados").get("endereco").get("logradouro").asString())
                .isEqualTo("Avenida Afonso Pena");

        // Even before erasure the event store never held the personal data in clear.
        String registrada = payloads(id).get(0);
        assertThat(registrada).doesNotContain(nome).doesNotContain("Teodora").doesNotContain(digitos)
                .doesNotContain("teodora.q@exemplo.com.br").doesNotContain("Afonso Pena").doesNotContain("98765");
        DadoProtegido nomeCifrado = new DadoProtegido(JSON.readTree(registrada).get("nome").get("cifrado").asString());
        assertThat(cofre.decifradorPara(id).revelar(nomeCifrado)).isEqualTo(nome);

        ClienteHttp.Resposta eliminacao = api("REQUERENTE").post("/api/v1/pessoas/" + id + "/eliminacao",
                "{\"fundamento\":\"pedido do titular, LGPD art. 18 VI\"}");
        assertThat(eliminacao.status()).isEqualTo(204);

        // The stored event is unchanged, but nothing can read it any more: the key is gone.
        assertThat(payloads(id).get(0)).isEqualTo(registrada);
        assertThat(jdbc.sql("SELECT count(*) FROM pessoa.chave_pessoal WHERE pessoa_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(cofre.decifradorPara(id).revelar(nomeCifrado)).isEqualTo(CofreDeDadosPessoais.ELIMINADO);
        assertThat(payloads(id)).last().asString().contains("pedido do titular").doesNotContain(nome);

        // Read models scrubbed: the record keeps only what is not personal.
        JsonNode ficha = Aguardar.ate("ficha sem dados pessoais", Duration.ofSeconds(10),
                () -> api("ANALISTA").get("/api/v1/pessoas/" + id).json(), f -> f.get("dadosEliminados").asBoolean());
        assertThat(ficha.get("nome").isNull()).isTrue();
        assertThat(ficha.get("documento").isNull()).isTrue();
        assertThat(ficha.get("email").isNull()).isTrue();
        assertThat(ficha.get("ativa").asBoolean()).isFalse();
        String linha = jdbc.sql("SELECT row_to_json(p)::text FROM pessoa.pessoa_resumo p WHERE pessoa_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(linha).doesNotContain("Teodora").doesNotContain("teodora").doesNotContain(digitos).doesNotContain("Afonso");
        assertThat(api("ANALISTA").get("/api/v1/pessoas?nome=teodora").json().get("total").asLong()).isZero();
        assertThat(api("ANALISTA").get("/api/v1/pessoas?documento=" + digitos).json().get("total").asLong()).isZero();

        // The export after erasure shows the record exists and that its past content is unreadable.
        JsonNode depois = api("REQUERENTE").get("/api/v1/pessoas/" + id + "/dados-pessoais").json();
        assertThat(depois.get("historico").get(0).get("dados").get("nome").asString()).isEqualTo(CofreDeDadosPessoais.ELIMINADO);
        assertThat(depois.toString()).doesNotContain("Teodora").doesNotContain(digitos);

        // The document was freed with the data; the erased record cannot be changed any more.
        assertThat(api("GESTOR").post("/api/v1/pessoas/" + id + "/reativacao", "{}").json().get("regra").asString())
                .isEqualTo("dados-eliminados");
        assertThat(api("REQUERENTE").post("/api/v1/pessoas", CadastroDePessoasTest.pessoaFisica(cpf, "Nova", "3106200")).status())
                .isEqualTo(201);
    }

    @Test
    void registroProfissionalDoResponsavelTecnicoEliminadoSomeEReconstruirOModeloPorReplayNaoTrazNadaDeVolta() {
        String empresa = cadastrar("Olaria Reconstruida");
        String tecnico = cadastrar("Engenheira Apagada");
        ClienteHttp.Resposta designacao = api("REQUERENTE").post("/api/v1/pessoas/" + empresa + "/responsaveis-tecnicos", """
                {"responsavelId":"%s","registroProfissional":"CREA-MG 987654","numeroArt":"MG2026000999",
                 "alcance":"EMPREENDIMENTO","objetoId":"olaria"}""".formatted(tecnico));
        assertThat(designacao.status()).as(designacao.corpo()).isEqualTo(201);
        assertThat(api("REQUERENTE").post("/api/v1/pessoas/" + tecnico + "/eliminacao", "{}").status()).isEqualTo(204);

        Aguardar.ate("registro profissional do RT eliminado na ficha da empresa", Duration.ofSeconds(10),
                () -> api("ANALISTA").get("/api/v1/pessoas/" + empresa).json(),
                f -> f.get("responsaveisTecnicos").size() == 1 && f.get("responsaveisTecnicos").get(0).get("registroProfissional").isNull());

        StreamingEventProcessor cadastro = processadores
                .eventProcessor("pessoa-cadastro", StreamingEventProcessor.class).orElseThrow();
        cadastro.shutDown();
        cadastro.resetTokens();
        cadastro.start();

        JsonNode reconstruida = Aguardar.ate("ficha da empresa reconstruida por replay", Duration.ofSeconds(20),
                () -> api("ANALISTA").get("/api/v1/pessoas/" + empresa),
                r -> r.status() == 200 && r.json().get("responsaveisTecnicos").size() == 1).json();
        assertThat(reconstruida.get("nome").asString()).isEqualTo("Olaria Reconstruida");
        assertThat(reconstruida.get("responsaveisTecnicos").get(0).get("registroProfissional").isNull()).isTrue();
        JsonNode apagada = Aguardar.ate("ficha do RT reconstruida", Duration.ofSeconds(20),
                () -> api("ANALISTA").get("/api/v1/pessoas/" + tecnico), r -> r.status() == 200).json();
        assertThat(apagada.get("dadosEliminados").asBoolean()).isTrue();
        assertThat(apagada.get("nome").isNull()).isTrue();
        assertThat(api("ANALISTA").get("/api/v1/pessoas?nome=apagada").json().get("total").asLong()).isZero();
    }
}
