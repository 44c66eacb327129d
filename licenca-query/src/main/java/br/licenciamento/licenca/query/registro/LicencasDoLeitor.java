package br.licenciamento.licenca.query.registro;

import br.licenciamento.licenca.query.titularidade.Titularidade;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import org.springframework.stereotype.Component;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * A licence as the caller may read it (its record, its certificate): one of a person an applicant does not represent
 * answers exactly like one that does not exist.
 */
@Component
public class LicencasDoLeitor {

    private final ConsultaDeLicencas consulta;
    private final Titularidade titularidade;

    LicencasDoLeitor(ConsultaDeLicencas consulta, Titularidade titularidade) {
        this.consulta = consulta;
        this.titularidade = titularidade;
    }

    public FichaLicenca ficha(String licencaId) {
        return consulta.buscar(licencaId)
                .filter(ficha -> titularidade.permite(ficha.licenca().processoId(), ficha.licenca().requerenteId()))
                .orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.licenca", licencaId)));
    }
}
