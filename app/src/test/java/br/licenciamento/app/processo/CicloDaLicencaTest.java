package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The life of an issued licence over HTTP: LAC by self-declaration, conditions, renewal, suspension, expiry. */
class CicloDaLicencaTest extends FluxoDeLicenciamento {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void lacPorAdesaoSemAnalisePreviaERenovacaoDentroDos120DiasNaoProrroga() {
        Protocolo lac = protocolar(requerenteAtivo(), "LAC", null, null);
        passo("GESTOR", lac.processoId(), "enquadramento", "{\"porte\":\"P\",\"potencial\":\"P\"}");
        String guiaId = passo("GESTOR", lac.processoId(), "guias", "{\"valor\":300,\"meio\":\"BOLETO\",\"vencimento\":\"2099-01-01\"}")
                .get("guiaId").asString();
        passo("GESTOR", lac.processoId(), "guias/" + guiaId + "/pagamento", "{}");
        String licencaId = passo("REQUERENTE", lac.processoId(), "adesao",
                "{\"declaracao\":\"Declaro atender aos requisitos da LAC\"}").get("licencaId").asString();
        dossieNaSituacao(lac.processoId(), "DEFERIDO");

        LocalDate hoje = hoje();
        long diasAteVencer = ChronoUnit.DAYS.between(hoje, hoje.plusMonths(120)); // LAC under Lei 15.190: 10 years
        relogio.avancarDias(diasAteVencer - 100);
        licenca("REQUERENTE", licencaId, "renovacao", "{\"justificativa\":\"Atividade continua\"}", 202);
        assertThat(eventoDa(licencaId, "RenovacaoSolicitada")).contains("\"prorrogadaAteDecisao\":false")
                .contains("\"diasAntesDoVencimento\":100");

        relogio.avancarDias(101);
        licenca("GESTOR", licencaId, "vencimento", "{}", 202);
        assertThat(eventoDa(licencaId, "LicencaVencida")).isNotEmpty();
    }

    @Test
    void renovacaoCom120DiasDeAntecedenciaProrrogaALicencaAteADecisao() {
        String requerente = requerenteAtivo();
        Protocolo lp = protocolar(requerente, "LP", null, null);
        levarAteAAnalise(lp.processoId(), "G", "P");
        String licencaLp = deferir(lp.processoId(), 36, "[]");

        LocalDate hoje = hoje();
        relogio.avancarDias(ChronoUnit.DAYS.between(hoje, hoje.plusMonths(36)) - 150);
        licenca("REQUERENTE", licencaLp, "renovacao", "{\"justificativa\":\"Projeto executivo em revisao\"}", 202);
        relogio.avancarDias(151);

        ClienteHttp.Resposta vencimento = api("GESTOR").post("/api/v1/licencas/" + licencaLp + "/vencimento", "{}");
        recusadaPelaRegra(vencimento, "licenca-prorrogada-ate-decisao");
        // Extended while the renewal is decided, the LP still supports an LI of the same enterprise.
        protocolar(requerente, "LI", lp.empreendimentoId(), licencaLp);

        recusadaPelaRegra(api("GESTOR").post("/api/v1/licencas/" + licencaLp + "/renovacao/decisao",
                "{\"renovada\":true,\"validadeMeses\":73,\"fundamentos\":\"ok\"}"), "validade-fora-da-faixa");
        licenca("GESTOR", licencaLp, "renovacao/decisao", "{\"renovada\":true,\"validadeMeses\":48,\"fundamentos\":\"ok\"}", 202);
        recusadaPelaRegra(api("GESTOR").post("/api/v1/licencas/" + licencaLp + "/vencimento", "{}"), "licenca-ainda-valida");
    }

    @Test
    void condicionantesSeguemExigiveisDepoisDaSuspensaoEDoCancelamento() {
        String requerente = requerenteAtivo();
        Protocolo lp = protocolar(requerente, "LP", null, null);
        levarAteAAnalise(lp.processoId(), "G", "P");
        passo("FISCAL", lp.processoId(), "vistorias", "{\"realizadaEm\":\"" + hoje() + "\",\"relato\":\"ok\"}");
        passo("ANALISTA", lp.processoId(), "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"ok\"}");
        JsonNode decisao = passo("GESTOR", lp.processoId(), "decisao", """
                {"deferido":true,"validadeMeses":48,"fundamentos":"ok","condicionantes":[
                  {"descricao":"Inventario de fauna","prazo":"%s"},
                  {"descricao":"Programa de educacao ambiental","prazo":"%s"}]}""".formatted(hoje().plusMonths(3), hoje().plusMonths(9)));
        String licencaId = decisao.get("licencaId").asString();
        String fauna = decisao.get("condicionanteIds").get(0).asString();
        String educacao = decisao.get("condicionanteIds").get(1).asString();
        String documentoId = anexarPdf(lp.processoId(), "inventario.pdf", "Inventario").get("documentoId").asString();

        String relatorioId = licenca("REQUERENTE", licencaId, "condicionantes/" + fauna + "/relatorios",
                "{\"documentoId\":\"" + documentoId + "\",\"descricao\":\"Inventario concluido\"}", 202).get("relatorioId").asString();
        licenca("ANALISTA", licencaId, "condicionantes/" + fauna + "/relatorios/" + relatorioId + "/avaliacao",
                "{\"aprovado\":true,\"parecer\":\"Conforme\"}", 202);

        JsonNode alterada = licenca("GESTOR", licencaId, "condicionantes/" + educacao + "/alteracao", """
                {"descricao":"Programa de educacao ambiental nas escolas do entorno","prazo":"%s","fundamentos":"Pedido do municipio"}"""
                .formatted(hoje().plusMonths(12)), 202);
        assertThat(alterada.get("versao").asLong()).isEqualTo(3);
        assertThat(eventoDa(licencaId, "CondicionanteAlterada")).contains("\"recursoAte\":\"" + hoje().plusDays(30) + "\"");

        licenca("GESTOR", licencaId, "suspensao",
                "{\"motivo\":\"RISCO_AMBIENTAL_OU_A_SAUDE\",\"fundamentos\":\"Vazamento de efluente\"}", 202);
        assertThat(eventoDa(licencaId, "LicencaSuspensa")).contains(educacao).doesNotContain(fauna);
        // Suspended, the licence no longer supports an LI, but its conditions are still reported.
        recusadaPelaRegra(api("REQUERENTE").post("/api/v1/processos", pedido(requerente, "LI", lp.empreendimentoId(), licencaId)),
                "licenca-anterior-exigida");
        licenca("REQUERENTE", licencaId, "condicionantes/" + educacao + "/relatorios",
                "{\"documentoId\":\"" + documentoId + "\"}", 202);
        recusadaPelaRegra(api("REQUERENTE").post("/api/v1/licencas/" + licencaId + "/renovacao", "{}"), "licenca-nao-vigente");

        licenca("GESTOR", licencaId, "cancelamento",
                "{\"motivo\":\"RISCO_AMBIENTAL_OU_A_SAUDE\",\"fundamentos\":\"Dano confirmado\"}", 202);
        recusadaPelaRegra(api("GESTOR").post("/api/v1/licencas/" + licencaId + "/cancelamento",
                "{\"motivo\":\"RISCO_AMBIENTAL_OU_A_SAUDE\",\"fundamentos\":\"de novo\"}"), "licenca-cancelada");
        ClienteHttp.Resposta semFundamentos = api("GESTOR").post("/api/v1/licencas/" + licencaId + "/suspensao", "{\"motivo\":\"RISCO_AMBIENTAL_OU_A_SAUDE\"}");
        assertThat(semFundamentos.status()).isEqualTo(400);
    }

    private JsonNode licenca(String papel, String licencaId, String etapa, String corpo, int status) {
        ClienteHttp.Resposta resposta = api(papel).post("/api/v1/licencas/" + licencaId + "/" + etapa, corpo);
        assertThat(resposta.status()).as(etapa + ": " + resposta.corpo()).isEqualTo(status);
        return resposta.json();
    }

    private String eventoDa(String licencaId, String tipo) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM axon.domain_event_entry
                        WHERE aggregate_identifier = :id AND payload_type = :tipo""")
                .param("id", licencaId).param("tipo", "br.licenciamento.api.licenca." + tipo)
                .query(String.class).optional().orElse("");
    }

}
