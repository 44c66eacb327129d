package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.ConsultaDoDossie;
import br.licenciamento.api.processo.DossieProcesso;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The dossier queries. Both are also subscription queries: {@link DossiesNoMongo} emits the new dossier (and the new
 * line of each live list it belongs to) after every change.
 */
@Component
class ConsultasDoDossie {

    private final DossiesNoMongo dossies;

    ConsultasDoDossie(DossiesNoMongo dossies) {
        this.dossies = dossies;
    }

    @QueryHandler
    Optional<DossieProcesso> handle(ConsultaDoDossie consulta) {
        return dossies.buscar(consulta.processoId()).map(DossieDocumento::paraConsulta);
    }

    @QueryHandler
    ProcessosAcompanhados handle(ConsultaDeProcessosAcompanhados consulta) {
        return new ProcessosAcompanhados(dossies.acompanhados(consulta).stream().map(DossieDocumento::resumo).toList());
    }
}
