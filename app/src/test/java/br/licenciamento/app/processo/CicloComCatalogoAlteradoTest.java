package br.licenciamento.app.processo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rule catalogue is data: an agency that changes a row changes the rule, without new code or a restart. */
class CicloComCatalogoAlteradoTest extends FluxoDeLicenciamento {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void faixaDeValidadeAlteradaPeloOrgaoValeNaProximaDecisao() {
        Protocolo lp = protocolar(requerenteAtivo(), "LP", null, null);
        levarAteAAnalise(lp.processoId(), "G", "P");
        passo("ANALISTA", lp.processoId(), "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"ok\"}");
        String decisao84Meses = "{\"deferido\":true,\"validadeMeses\":84,\"fundamentos\":\"ok\"}";
        recusadaPelaRegra(tentar("GESTOR", lp.processoId(), "decisao", decisao84Meses), "validade-fora-da-faixa");

        jdbc.sql("UPDATE licenca_command.catalogo_validade SET maximo_meses = 96 WHERE regime = 'LEI_15190' AND tipo_licenca = 'LP'").update();
        try {
            passo("GESTOR", lp.processoId(), "decisao", decisao84Meses);
        } finally {
            jdbc.sql("UPDATE licenca_command.catalogo_validade SET maximo_meses = 72 WHERE regime = 'LEI_15190' AND tipo_licenca = 'LP'").update();
        }
    }
}
