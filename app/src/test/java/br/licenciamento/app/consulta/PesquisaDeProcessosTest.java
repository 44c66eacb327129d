package br.licenciamento.app.consulta;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/processos over HTTP: every filter, the overdue rule with a moving clock, sorting, ownership, bad input. */
class PesquisaDeProcessosTest extends Consultas {

    private static List<String> ids(JsonNode pagina) {
        List<String> ids = new ArrayList<>();
        pagina.get("itens").forEach(item -> ids.add(item.get("processoId").asString()));
        return ids;
    }

    @Test
    void filtraPorAnalistaDocumentoDoRequerentePeriodoAtrasoEOrdena() {
        Pessoa pessoa = pessoaFisica(api("REQUERENTE"), "Requerente da Pesquisa");
        String emAnalise = protocolarAqui(pessoa.pessoaId(), "LP");
        String protocolado = protocolarAqui(pessoa.pessoaId(), "LP");
        levarAteAAnalise(emAnalise, "G", "P");
        String analista = "analista-" + UUID.randomUUID().toString().substring(0, 8);
        passo("GESTOR", emAnalise, "atribuicao", "{\"analista\":\"" + analista + "\"}");
        ClienteHttp gestor = api("GESTOR");
        String aqui = "/api/v1/processos?municipio=" + municipio;

        JsonNode doAnalista = quando(gestor, aqui + "&analista=" + analista, p -> p.get("total").asLong() == 1);
        assertThat(ids(doAnalista)).containsExactly(emAnalise);
        JsonNode item = doAnalista.get("itens").get(0);
        assertThat(item.get("analista").asString()).isEqualTo(analista);
        assertThat(item.get("cnae").asString()).isEqualTo("2342-7/02");
        // Class 4 LP under Lei 15.190: 6 months from filing.
        assertThat(item.get("prazoAnaliseAte").asString()).isEqualTo(hoje().plusMonths(6).toString());
        assertThat(item.get("atrasado").asBoolean()).isFalse();
        assertThat(ids(gestor.get(aqui + "&semAnalista=true").json())).containsExactly(protocolado);

        // The applicant's document, punctuated or not, is looked up in the people registry.
        assertThat(ids(gestor.get(aqui + "&documento=" + pessoa.documento()).json()))
                .containsExactlyInAnyOrder(emAnalise, protocolado);
        assertThat(ids(gestor.get(aqui + "&documento=" + pessoa.documento().replaceAll("\\D", "")).json())).hasSize(2);
        assertThat(gestor.get(aqui + "&documento=529.982.247-25").json().get("total").asLong()).isZero();

        assertThat(gestor.get(aqui + "&protocoladoDe=" + hoje()).json().get("total").asLong()).isEqualTo(2);
        assertThat(gestor.get(aqui + "&protocoladoAte=" + hoje().minusDays(1)).json().get("total").asLong()).isZero();
        assertThat(gestor.get(aqui + "&protocoladoDe=" + hoje().plusDays(1)).json().get("total").asLong()).isZero();

        JsonNode porNumero = gestor.get(aqui + "&ordenarPor=numero&direcao=asc").json();
        assertThat(ids(porNumero)).containsExactly(emAnalise, protocolado);
        String numero = porNumero.get("itens").get(0).get("numero").asString();
        assertThat(ids(gestor.get("/api/v1/processos?numero=" + numero).json())).containsExactly(emAnalise);

        assertThat(gestor.get(aqui + "&atrasado=true").json().get("total").asLong()).isZero();
        relogio.avancarDias(ChronoUnit.DAYS.between(hoje(), hoje().plusMonths(6)) + 3);
        JsonNode atrasados = gestor.get(aqui + "&atrasado=true").json();
        assertThat(ids(atrasados)).containsExactly(emAnalise);
        assertThat(atrasados.get("itens").get(0).get("diasDeAtraso").asLong()).isEqualTo(3);
        assertThat(ids(gestor.get(aqui + "&atrasado=false").json())).containsExactly(protocolado);
        assertThat(ids(gestor.get(aqui + "&ordenarPor=atraso").json())).containsExactly(emAnalise, protocolado);
    }

    @Test
    void requerenteContinuaVendoSoOsProcessosDasPessoasQueRepresenta() {
        Pessoa alheia = pessoaFisica(api("REQUERENTE"), "Pessoa Alheia");
        String processoAlheio = protocolarAqui(alheia.pessoaId(), "LP");
        quando(api("GESTOR"), "/api/v1/processos?municipio=" + municipio, p -> p.get("total").asLong() == 1);

        ClienteHttp outro = outroRequerente();
        Pessoa minha = pessoaFisica(outro, "Minha Pessoa");
        String meuProcesso = protocolarAqui(outro, minha.pessoaId(), "LP", "Olaria Nova");

        JsonNode meus = quando(outro, "/api/v1/processos?municipio=" + municipio, p -> p.get("total").asLong() == 1);
        assertThat(ids(meus)).containsExactly(meuProcesso);
        assertThat(outro.get("/api/v1/processos?documento=" + alheia.documento()).json().get("total").asLong()).isZero();
        assertThat(outro.get("/api/v1/processos?municipio=" + municipio + "&semAnalista=true").corpo()).doesNotContain(processoAlheio);
    }

    @Test
    void parametrosInvalidosRecebem400EmPortugues() {
        ClienteHttp gestor = api("GESTOR");
        problemaDeValidacao(gestor.get("/api/v1/processos?atrasado=talvez"), "atrasado");
        problemaDeValidacao(gestor.get("/api/v1/processos?protocoladoDe=2026-13-01"), "protocoladoDe");
        problemaDeValidacao(gestor.get("/api/v1/processos?protocoladoDe=2026-05-02&protocoladoAte=2026-05-01"),
                "o fim do período vem antes do início");
        problemaDeValidacao(gestor.get("/api/v1/processos?ordenarPor=nome"), "use “protocolo”, “prazo”, “atraso”, “numero” ou “situacao”");
        problemaDeValidacao(gestor.get("/api/v1/processos?direcao=cima"), "use “asc” ou “desc”");
        problemaDeValidacao(gestor.get("/api/v1/processos?documento=123"), "CPF com 11 dígitos ou CNPJ com 14 caracteres");
        problemaDeValidacao(gestor.get("/api/v1/processos?analista=ana&semAnalista=true"), "semAnalista");
        problemaDeValidacao(gestor.get("/api/v1/processos?tamanho=0"), "no mínimo 1 por página");
        problemaDeValidacao(gestor.get("/api/v1/processos?situacao=QUALQUER"), "situacao");
    }
}
