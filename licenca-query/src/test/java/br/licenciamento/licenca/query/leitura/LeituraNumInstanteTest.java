package br.licenciamento.licenca.query.leitura;

import br.licenciamento.licenca.query.BancoDeLeitura;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queries of one answer see one instant of the read model, even when a projection commits between them. */
class LeituraNumInstanteTest extends BancoDeLeitura {

    private static long processos() {
        return jdbc.sql("SELECT count(*) FROM licenca_query.processo_resumo").query(Long.class).single();
    }

    private static void projecaoGrava(String id) {
        outraConexao().sql("""
                        INSERT INTO licenca_query.processo_resumo (processo_id, numero, requerente_id, empreendimento,
                            municipio_ibge, tipo_licenca, regime, situacao, protocolado_em)
                        VALUES (:id, :id, 'req', 'E', '3106200', 'LP', 'LEI_15190', 'PROTOCOLADO', now())""")
                .param("id", id).update();
    }

    @Test
    void umaGravacaoConfirmadaEntreDuasConsultasNaoApareceNaSegunda() {
        projecaoGrava("antes");

        List<Long> contagens = leitura.ler(() -> {
            long primeira = processos();
            projecaoGrava("entre");
            return List.of(primeira, processos());
        });

        assertThat(contagens).containsExactly(1L, 1L);
        assertThat(processos()).isEqualTo(2);
    }
}
