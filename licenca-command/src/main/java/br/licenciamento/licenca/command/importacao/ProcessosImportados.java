package br.licenciamento.licenca.command.importacao;

import br.licenciamento.api.processo.ProcessoImportado;
import br.licenciamento.platform.axon.NaTransacaoDoComando;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Every imported process by its former number, written in the transaction of its import (a subscribing processor), so
 * a number is known as imported the moment its process exists.
 */
@Component
@ProcessingGroup(ProcessosImportados.GRUPO)
class ProcessosImportados {

    static final String GRUPO = "processos-importados";

    private final JdbcClient jdbc;

    ProcessosImportados(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProcessoImportado evento) {
        jdbc.sql("""
                        INSERT INTO licenca_command.processo_importado (numero_legado, processo_id, importacao_id, importado_em)
                        VALUES (:numero, :processo, :importacao, :quando)
                        ON CONFLICT (numero_legado) DO NOTHING""")
                .param("numero", evento.numeroLegado()).param("processo", evento.processoId())
                .param("importacao", evento.importacaoId()).param("quando", Timestamp.from(evento.importadoEm())).update();
    }

    @Configuration(proxyBeanMethods = false)
    static class Configuracao {

        @Bean
        ConfigurerModule processadorDeProcessosImportados() {
            return NaTransacaoDoComando.grupos(GRUPO);
        }
    }
}
