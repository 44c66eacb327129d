package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.EstudoAmbiental;
import br.licenciamento.api.processo.MotivoDeArquivamento;
import br.licenciamento.api.processo.ProcessoArquivado;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoIndeferido;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.ProtocolarProcesso;
import br.licenciamento.api.processo.RecursoJulgado;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada.MotivoDaAnalise;
import br.licenciamento.api.territorio.AnuenciaExigida;
import br.licenciamento.api.territorio.AnuenciaRegistrada;
import br.licenciamento.api.territorio.ArquivarPorIncompetencia;
import br.licenciamento.api.territorio.DefinirLocalizacaoDoEmpreendimento;
import br.licenciamento.api.territorio.LocalizacaoDoEmpreendimentoDefinida;
import br.licenciamento.api.territorio.ReanalisarTerritorio;
import br.licenciamento.api.territorio.RegistrarAnuencia;
import br.licenciamento.licenca.command.catalogo.CatalogoDeRegras;
import br.licenciamento.licenca.command.catalogo.RegraDeCompetencia;
import br.licenciamento.licenca.command.territorio.AnaliseTerritorial;
import br.licenciamento.licenca.command.territorio.GeoJson;
import br.licenciamento.licenca.command.territorio.GeometriaInvalidaException;
import br.licenciamento.licenca.command.territorio.ValidacaoDeGeometria;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.locationtech.jts.geom.Geometry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static br.licenciamento.api.comum.DiasLegais.hoje;
import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Where the enterprise is and what that means (issue 25): its location, the last territorial analysis (the competent
 * sphere and the managers' consents it requires) and the consents recorded. A grant waits for every required
 * authorization (CONAMA 428/2010 art. 1; Lei 9.985/2000 art. 36 § 3) and is refused where another sphere is
 * competent (LC 140/2011), and such a process can be archived for it; a notice (CONAMA 428 art. 5) is recorded but
 * does not hold the grant. A member of {@link ProcessoLicenciamento}: it handles its own commands, follows the events
 * it needs and travels in the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Territorio {

    static final String CAMPO = "geometria";

    private String processoId;
    private String municipioIbge;
    private int versaoDoCatalogo;
    /** Null until classification: then whether an EIA/RIMA is required. */
    private Boolean comEiaRima;
    private boolean encerrado;
    private String geometria;
    private Boolean competente;
    private String regraDeCompetencia;
    private Map<String, AnuenciaExigida> exigidas = new LinkedHashMap<>();
    private Set<String> registradas = new LinkedHashSet<>();

    /** Filing with a location: recorded and analysed right after {@code ProcessoProtocolado}. */
    void aoProtocolar(ProtocolarProcesso comando, List<RegraDeCompetencia> regras, ValidacaoDeGeometria validacao,
                      AnaliseTerritorial analise, Instant agora) {
        if (comando.geometria() != null) {
            definir(comando.processoId(), comando.geometria(), comando.municipioIbge(), MotivoDaAnalise.PROTOCOLO, regras,
                    validacao, analise, agora);
        }
    }

    /** A location given or corrected: until classification, or any time while the process has none. */
    @CommandHandler
    long handle(DefinirLocalizacaoDoEmpreendimento comando, Clock relogio, CatalogoDeRegras catalogo,
                ValidacaoDeGeometria validacao, AnaliseTerritorial analise) {
        if (geometria != null && comEiaRima != null) {
            throw new RegraVioladaException(MENSAGENS, "localizacao-apos-enquadramento");
        }
        definir(processoId, comando.geometria(), municipioIbge, MotivoDaAnalise.LOCALIZACAO_ALTERADA,
                catalogo.em(versaoDoCatalogo).competencia(), validacao, analise, relogio.instant());
        return AggregateLifecycle.getVersion();
    }

    /** A layer near the enterprise changed: the same location against the layers now in force. */
    @CommandHandler
    long handle(ReanalisarTerritorio comando, Clock relogio, CatalogoDeRegras catalogo, AnaliseTerritorial analise) {
        if (geometria != null && !encerrado) {
            apply(analise.analisar(processoId, GeoJson.ler(geometria, CAMPO), MotivoDaAnalise.CAMADA_ALTERADA, comEiaRima,
                    catalogo.em(versaoDoCatalogo).competencia(), relogio.instant()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RegistrarAnuencia comando, Clock relogio, MetaData metadados) {
        Fundamentacao.exigir(comando.documento(), "anuencia");
        if (!exigidas.containsKey(comando.feicaoId())) {
            throw new RegraVioladaException(MENSAGENS, "anuencia-nao-exigida", comando.feicaoId());
        }
        if (registradas.contains(comando.feicaoId())) {
            throw new RegraVioladaException(MENSAGENS, "anuencia-ja-registrada", exigidas.get(comando.feicaoId()).nome());
        }
        Object autor = metadados.get(ChavesDeMetadados.USUARIO);
        apply(new AnuenciaRegistrada(processoId, comando.feicaoId(), comando.documento(),
                autor == null ? ChavesDeMetadados.USUARIO_ANONIMO : autor.toString(), relogio.instant()));
        return AggregateLifecycle.getVersion();
    }

    /** Archiving because another sphere is competent: only when the last analysis says so, and in a process in course. */
    @CommandHandler
    long handle(ArquivarPorIncompetencia comando, Clock relogio) {
        if (encerrado) {
            throw new RegraVioladaException(MENSAGENS, "processo-encerrado.incompetencia");
        }
        if (!Boolean.FALSE.equals(competente)) {
            throw new RegraVioladaException(MENSAGENS, "arquivamento-por-incompetencia-sem-analise");
        }
        String detalhe = comando.detalhe() == null || comando.detalhe().isBlank()
                ? MENSAGENS.texto("motivo.orgao-nao-competente", regraDeCompetencia) : comando.detalhe();
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.ORGAO_NAO_COMPETENTE, detalhe, hoje(relogio), false));
        return AggregateLifecycle.getVersion();
    }

    /** The grant: only by the competent sphere, and with every required authorization recorded. */
    void exigirQueNaoImpecaODeferimento() {
        if (Boolean.FALSE.equals(competente)) {
            throw new RegraVioladaException(MENSAGENS, "orgao-nao-competente", regraDeCompetencia);
        }
        List<String> pendentes = new ArrayList<>();
        exigidas.values().stream()
                .filter(a -> a.natureza() == AnuenciaExigida.Natureza.AUTORIZACAO && !registradas.contains(a.feicaoId()))
                .forEach(a -> pendentes.add(a.nome() + " (" + a.fundamento() + ")"));
        if (!pendentes.isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "anuencia-pendente", String.join("; ", pendentes));
        }
    }

    private void definir(String processoId, String geojson, String municipio, MotivoDaAnalise motivo,
                         List<RegraDeCompetencia> regras, ValidacaoDeGeometria validacao, AnaliseTerritorial analise, Instant agora) {
        Geometry local;
        try {
            local = validacao.validar(geojson, municipio, CAMPO);
        } catch (GeometriaInvalidaException e) {
            throw e.comoRegraViolada();
        }
        apply(new LocalizacaoDoEmpreendimentoDefinida(processoId, GeoJson.escrever(local).toString(), municipio, agora));
        apply(analise.analisar(processoId, local, motivo, comEiaRima, regras, agora));
    }

    @EventSourcingHandler
    void on(ProcessoProtocolado evento) {
        processoId = evento.processoId();
        municipioIbge = evento.municipioIbge();
        versaoDoCatalogo = evento.versaoDoCatalogo();
    }

    @EventSourcingHandler
    void on(ProcessoEnquadrado evento) {
        comEiaRima = evento.estudos() != null && evento.estudos().contains(EstudoAmbiental.EIA_RIMA);
    }

    @EventSourcingHandler
    void on(ProcessoDeferido evento) {
        encerrado = true;
    }

    @EventSourcingHandler
    void on(ProcessoIndeferido evento) {
        encerrado = true;
    }

    @EventSourcingHandler
    void on(ProcessoArquivado evento) {
        encerrado = true;
    }

    @EventSourcingHandler
    void on(RecursoJulgado evento) {
        encerrado = evento.situacaoResultante().encerrado();
    }

    @EventSourcingHandler
    void on(LocalizacaoDoEmpreendimentoDefinida evento) {
        geometria = evento.geometria();
    }

    @EventSourcingHandler
    void on(AnaliseTerritorialRealizada evento) {
        competente = evento.competente();
        regraDeCompetencia = evento.regraDeCompetencia();
        exigidas = new LinkedHashMap<>();
        evento.anuencias().forEach(a -> exigidas.put(a.feicaoId(), a));
    }

    @EventSourcingHandler
    void on(AnuenciaRegistrada evento) {
        registradas.add(evento.feicaoId());
    }
}
