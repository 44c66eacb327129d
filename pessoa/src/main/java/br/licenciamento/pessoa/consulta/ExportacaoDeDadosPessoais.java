package br.licenciamento.pessoa.consulta;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.pessoa.ConsultaDePessoa;
import br.licenciamento.api.pessoa.DadosPessoaisExportados;
import br.licenciamento.api.pessoa.ConsultaDeDadosPessoais;
import br.licenciamento.api.pessoa.DadoProtegido;
import br.licenciamento.pessoa.lgpd.CofreDeDadosPessoais;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LGPD right of access: the person's record, the powers of attorney and technical responsibilities that name
 * them, and every fact recorded about them in the event store with who recorded it and when.
 */
@Component
class ExportacaoDeDadosPessoais {

    private final CadastroDePessoasProjection cadastro;
    private final EventStore eventStore;
    private final CofreDeDadosPessoais cofre;
    private final Clock relogio;

    ExportacaoDeDadosPessoais(CadastroDePessoasProjection cadastro, EventStore eventStore, CofreDeDadosPessoais cofre,
                              Clock relogio) {
        this.cadastro = cadastro;
        this.eventStore = eventStore;
        this.cofre = cofre;
        this.relogio = relogio;
    }

    @QueryHandler
    Optional<DadosPessoaisExportados> handle(ConsultaDeDadosPessoais consulta) {
        String id = consulta.pessoaId();
        return cadastro.handle(new ConsultaDePessoa(id)).map(ficha -> {
            CofreDeDadosPessoais.Decifrador daPessoa = cofre.decifradorPara(id);
            List<DadosPessoaisExportados.Fato> historico = eventStore.readEvents(id, 0).asStream()
                    .map(evento -> new DadosPessoaisExportados.Fato(evento.getPayloadType().getSimpleName(),
                            evento.getTimestamp(), String.valueOf(evento.getMetaData().getOrDefault(ChavesDeMetadados.USUARIO, "sistema")),
                            conteudo(evento.getPayload(), daPessoa)))
                    .toList();
            return new DadosPessoaisExportados(ficha, cadastro.procuracoes("procurador_id", id),
                    cadastro.responsaveisTecnicos("responsavel_id", id), historico, relogio.instant());
        });
    }

    /** The event's fields by name, nested records as maps, protected values decrypted with the person's key. */
    private static Map<String, Object> conteudo(Object evento, CofreDeDadosPessoais.Decifrador daPessoa) {
        Map<String, Object> campos = new LinkedHashMap<>();
        if (evento instanceof Record registro) {
            for (RecordComponent componente : registro.getClass().getRecordComponents()) {
                campos.put(componente.getName(), valor(ler(componente, registro), daPessoa));
            }
        }
        return campos;
    }

    private static Object valor(Object valor, CofreDeDadosPessoais.Decifrador daPessoa) {
        if (valor == null || valor instanceof String || valor instanceof Boolean || valor instanceof Number) {
            return valor;
        }
        if (valor instanceof DadoProtegido protegido) {
            try {
                return daPessoa.revelar(protegido);
            } catch (IllegalStateException cifradoComOutraChave) {
                // A technical responsible's registration travels in this stream under the responsible's own key.
                return "[dado de outra pessoa]";
            }
        }
        if (valor instanceof Record) {
            return conteudo(valor, daPessoa);
        }
        return valor.toString();
    }

    private static Object ler(RecordComponent componente, Record registro) {
        try {
            return componente.getAccessor().invoke(registro);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Campo ilegível no evento: " + componente, e);
        }
    }
}
