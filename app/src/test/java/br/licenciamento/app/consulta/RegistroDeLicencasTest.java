package br.licenciamento.app.consulta;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/licencas and /api/v1/licencas/{id}: registry filters, the effective situation, ownership, bad input. */
class RegistroDeLicencasTest extends Consultas {

    private static List<String> ids(JsonNode pagina) {
        List<String> ids = new ArrayList<>();
        pagina.get("itens").forEach(item -> ids.add(item.get("licencaId").asString()));
        return ids;
    }

    private String licencaLp(ClienteHttp requerente, String pessoaId, int validadeMeses, String condicionantes) {
        String processo = protocolarAqui(requerente, pessoaId, "LP", "Pedreira do Registro");
        levarAteAAnalise(processo, "G", "P");
        return deferir(processo, validadeMeses, condicionantes);
    }

    private void sancao(String licencaId, String etapa) {
        ClienteHttp.Resposta resposta = api("GESTOR").post("/api/v1/licencas/" + licencaId + "/" + etapa,
                "{\"motivo\":\"RISCO_AMBIENTAL_OU_A_SAUDE\",\"fundamentos\":\"Vazamento de efluente\"}");
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(202);
    }

    @Test
    void registroFiltraPorSituacaoEfetivaVencimentoProximoTipoMunicipioETitular() {
        ClienteHttp requerente = api("REQUERENTE");
        Pessoa titular = pessoaFisica(requerente, "Titular do Registro");
        LocalDate emissao = hoje();
        String vigente = licencaLp(requerente, titular.pessoaId(), 36, """
                [{"descricao":"Inventario de fauna","prazo":"%s"}]""".formatted(emissao.plusMonths(3)));
        String longa = licencaLp(requerente, titular.pessoaId(), 48, "[]");
        String suspensa = licencaLp(requerente, titular.pessoaId(), 48, "[]");
        String cancelada = licencaLp(requerente, titular.pessoaId(), 48, "[]");
        sancao(suspensa, "suspensao");
        sancao(cancelada, "cancelamento");
        ClienteHttp gestor = api("GESTOR");
        String aqui = "/api/v1/licencas?municipio=" + municipio;

        quando(gestor, aqui + "&situacao=CANCELADA", p -> p.get("total").asLong() == 1);
        assertThat(ids(gestor.get(aqui + "&situacao=SUSPENSA").json())).containsExactly(suspensa);
        assertThat(ids(gestor.get(aqui + "&situacao=CANCELADA").json())).containsExactly(cancelada);
        assertThat(ids(gestor.get(aqui + "&situacao=VIGENTE&ordenarPor=validade").json())).containsExactly(vigente, longa);
        assertThat(ids(gestor.get(aqui + "&tipoLicenca=LP&documento=" + titular.documento()).json())).hasSize(4);
        assertThat(ids(gestor.get(aqui + "&tipoLicenca=LI").json())).isEmpty();
        assertThat(ids(gestor.get("/api/v1/licencas?titular=" + titular.pessoaId() + "&emitidaDe=" + emissao).json())).hasSize(4);

        JsonNode ficha = gestor.get("/api/v1/licencas/" + vigente).json();
        assertThat(ficha.get("licenca").get("numero").asString()).startsWith("LP-" + emissao.getYear() + "/");
        assertThat(ficha.get("licenca").get("municipioIbge").asString()).isEqualTo(municipio);
        assertThat(ficha.get("licenca").get("validaAte").asString()).isEqualTo(emissao.plusMonths(36).toString());
        assertThat(ficha.get("codigoAutenticidade").asString()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(ficha.get("condicionantes").get(0).get("descricao").asString()).isEqualTo("Inventario de fauna");
        assertThat(ficha.get("condicionantes").get(0).get("situacao").asString()).isEqualTo("PENDENTE");

        // Ten days before the 36-month licence ends: it is expiring, the 48-month one is not.
        relogio.avancarDias(ChronoUnit.DAYS.between(emissao, emissao.plusMonths(36)) - 10);
        assertThat(ids(gestor.get(aqui + "&vencendoEmDias=30").json())).containsExactly(vigente);
        assertThat(ids(gestor.get(aqui + "&vencendoEmDias=9").json())).isEmpty();
        assertThat(gestor.get("/api/v1/licencas/" + vigente).json().get("licenca").get("diasParaVencer").asLong()).isEqualTo(10);

        // The day after it ends, with no renewal asked, it is expired, before any expiry is recorded.
        relogio.avancarDias(11);
        assertThat(ids(gestor.get(aqui + "&situacao=VENCIDA").json())).containsExactly(vigente);
        assertThat(ids(gestor.get(aqui + "&situacao=VIGENTE").json())).containsExactly(longa);
        assertThat(gestor.get("/api/v1/licencas/" + vigente).json().get("licenca").get("situacao").asString()).isEqualTo("VENCIDA");
    }

    @Test
    void requerenteVeSoAsLicencasDasPessoasQueRepresentaComOCodigoDeAutenticidade() {
        Pessoa alheia = pessoaFisica(api("REQUERENTE"), "Titular Alheio");
        String licencaAlheia = licencaLp(api("REQUERENTE"), alheia.pessoaId(), 48, "[]");
        ClienteHttp outro = outroRequerente();
        Pessoa minha = pessoaFisica(outro, "Minha Titular");
        String minhaLicenca = licencaLp(outro, minha.pessoaId(), 48, "[]");

        JsonNode minhas = quando(outro, "/api/v1/licencas?municipio=" + municipio, p -> p.get("total").asLong() == 1);
        assertThat(ids(minhas)).containsExactly(minhaLicenca);
        assertThat(quando(api("GESTOR"), "/api/v1/licencas?municipio=" + municipio, p -> p.get("total").asLong() == 2)
                .toString()).contains(licencaAlheia);

        ClienteHttp.Resposta propria = outro.get("/api/v1/licencas/" + minhaLicenca);
        assertThat(propria.status()).isEqualTo(200);
        assertThat(propria.json().get("codigoAutenticidade").asString()).isNotBlank();
        ClienteHttp.Resposta deOutro = outro.get("/api/v1/licencas/" + licencaAlheia);
        ClienteHttp.Resposta inexistente = outro.get("/api/v1/licencas/nao-existe");
        assertThat(deOutro.status()).isEqualTo(404);
        assertThat(deOutro.contentType()).startsWith("application/problem+json");
        assertThat(deOutro.json().get("title").asString()).isEqualTo(inexistente.json().get("title").asString());
        assertThat(outro.get("/api/v1/licencas?documento=" + alheia.documento()).json().get("total").asLong()).isZero();
    }

    @Test
    void parametrosInvalidosRecebem400EmPortugues() {
        ClienteHttp gestor = api("GESTOR");
        problemaDeValidacao(gestor.get("/api/v1/licencas?vencendoEmDias=-1"), "no mínimo 0 dias");
        problemaDeValidacao(gestor.get("/api/v1/licencas?situacao=SUSPENSA&vencendoEmDias=10"), "só licenças vigentes estão a vencer");
        problemaDeValidacao(gestor.get("/api/v1/licencas?situacao=ATIVA"), "situacao");
        problemaDeValidacao(gestor.get("/api/v1/licencas?ordenarPor=nome"), "use “emissao”, “validade” ou “numero”");
        problemaDeValidacao(gestor.get("/api/v1/licencas?emitidaDe=2026-05-02&emitidaAte=2026-05-01"), "o fim do período vem antes do início");
        problemaDeValidacao(gestor.get("/api/v1/licencas?documento=abc"), "CPF com 11 dígitos ou CNPJ com 14 caracteres");
        assertThat(api().get("/api/v1/licencas").status()).isEqualTo(401);
    }
}
