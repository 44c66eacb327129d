package br.licenciamento.pessoa.consulta;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.pessoa.BuscarPessoa;
import br.licenciamento.api.pessoa.DadosPessoaisExportados;
import br.licenciamento.api.pessoa.ExportarDadosPessoais;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * LGPD right of access: the person's record, the powers of attorney and technical responsibilities that name
 * them, and every fact recorded about them in the event store with who recorded it and when.
 */
@Component
class ExportacaoDeDadosPessoais {

    private final CadastroDePessoasProjection cadastro;
    private final EventStore eventStore;
    private final Clock relogio;

    ExportacaoDeDadosPessoais(CadastroDePessoasProjection cadastro, EventStore eventStore, Clock relogio) {
        this.cadastro = cadastro;
        this.eventStore = eventStore;
        this.relogio = relogio;
    }

    @QueryHandler
    Optional<DadosPessoaisExportados> handle(ExportarDadosPessoais consulta) {
        String id = consulta.pessoaId();
        return cadastro.handle(new BuscarPessoa(id)).map(ficha -> {
            List<DadosPessoaisExportados.Fato> historico = eventStore.readEvents(id).asStream()
                    .map(evento -> new DadosPessoaisExportados.Fato(evento.getPayloadType().getSimpleName(),
                            evento.getTimestamp(), String.valueOf(evento.getMetaData().getOrDefault(ChavesDeMetadados.USUARIO, "sistema"))))
                    .toList();
            return new DadosPessoaisExportados(ficha, cadastro.procuracoes("procurador_id", id),
                    cadastro.responsaveisTecnicos("responsavel_id", id), historico, relogio.instant());
        });
    }
}
