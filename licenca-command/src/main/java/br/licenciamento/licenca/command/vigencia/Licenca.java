package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.licenca.*;
import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.command.catalogo.CatalogoDeRegras;
import br.licenciamento.licenca.command.documento.DocumentosDoProcesso;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static br.licenciamento.api.comum.DiasLegais.hoje;
import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An issued licence: validity, conditions with their compliance reports, renewal, suspension, cancellation and
 * expiry. Conditions stay enforceable after suspension or cancellation, so their reports are still accepted.
 * Acts on the licence after its issue (renewal, a change of conditions) are new acts: they follow the rule catalogue
 * version in force on their own day.
 */
@Aggregate(cache = "cacheDasLicencas")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Licenca {

    @AggregateIdentifier
    private String licencaId;
    private String processoId;
    private TipoLicenca tipoLicenca;
    private RegimeJuridico regime;
    private SituacaoLicenca situacao;
    private LocalDate validaAte;
    private boolean renovacaoPendente;
    private boolean prorrogadaAteDecisao;
    private final Map<String, LocalDate> prazoDasCondicionantes = new LinkedHashMap<>();
    private final Set<String> condicionantesCumpridas = new HashSet<>();
    private final Set<String> condicionantesDescumpridas = new HashSet<>();
    private final Map<String, String> relatoriosPendentes = new LinkedHashMap<>();

    protected Licenca() {
        // required by Axon to rebuild the aggregate from its events
    }

    /**
     * Issued from a grant: a public number with a check digit (or, imported, the number printed on it) and a random
     * authenticity code.
     */
    @CommandHandler
    public Licenca(EmitirLicenca comando, Clock relogio, NumeracaoDeLicenca numeracao) {
        LocalDate emitidaEm = comando.emitidaEm() != null ? comando.emitidaEm() : hoje(relogio);
        String numero = comando.numero() != null ? comando.numero() : numeracao.proximo(comando.tipoLicenca(), emitidaEm);
        apply(new LicencaEmitida(comando.licencaId(), numero,
                numeracao.codigoDeAutenticidade(), comando.processoId(), comando.requerenteId(), comando.empreendimentoId(),
                comando.empreendimento(), comando.tipoLicenca(), comando.regime(), emitidaEm, comando.validaAte(),
                comando.condicionantes() == null ? List.of() : List.copyOf(comando.condicionantes())));
    }

    @CommandHandler
    public long handle(ApresentarRelatorioDeCondicionante comando, Clock relogio, DocumentosDoProcesso documentos) {
        LocalDate prazo = condicionante(comando.condicionanteId());
        if (condicionantesCumpridas.contains(comando.condicionanteId())) {
            throw new RegraVioladaException(MENSAGENS, "condicionante-ja-cumprida");
        }
        if (comando.documentoId() == null || comando.documentoId().isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "relatorio-exige-documento");
        }
        if (!documentos.alheios(processoId, List.of(comando.documentoId())).isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "documento-de-outro-processo.relatorio");
        }
        LocalDate hoje = hoje(relogio);
        apply(new RelatorioDeCondicionanteApresentado(licencaId, comando.condicionanteId(), comando.relatorioId(),
                comando.documentoId(), comando.descricao(), hoje, !hoje.isAfter(prazo)));
        return versao();
    }

    @CommandHandler
    public long handle(AvaliarRelatorioDeCondicionante comando, Clock relogio) {
        condicionante(comando.condicionanteId());
        if (!comando.condicionanteId().equals(relatoriosPendentes.get(comando.relatorioId()))) {
            throw new RegraVioladaException(MENSAGENS, "relatorio-inexistente", comando.relatorioId());
        }
        if (!comando.aprovado() && (comando.parecer() == null || comando.parecer().isBlank())) {
            throw new RegraVioladaException(MENSAGENS, "fundamentacao-obrigatoria.recusa-do-relatorio");
        }
        apply(new RelatorioDeCondicionanteAvaliado(licencaId, comando.condicionanteId(), comando.relatorioId(),
                comando.aprovado(), comando.parecer(), hoje(relogio)));
        return versao();
    }

    /** A condition not yet fulfilled may be changed with grounds; the change opens its own appeal period. */
    @CommandHandler
    public long handle(AlterarCondicionante comando, Clock relogio, CatalogoDeRegras catalogo) {
        condicionante(comando.condicionanteId());
        if (situacao == SituacaoLicenca.VENCIDA) {
            throw new RegraVioladaException(MENSAGENS, "licenca-nao-vigente.vencida");
        }
        if (condicionantesCumpridas.contains(comando.condicionanteId())) {
            throw new RegraVioladaException(MENSAGENS, "condicionante-ja-cumprida");
        }
        if (comando.fundamentos() == null || comando.fundamentos().isBlank()
                || comando.descricao() == null || comando.descricao().isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "fundamentacao-obrigatoria.alteracao-de-condicionante");
        }
        LocalDate hoje = hoje(relogio);
        if (comando.prazo() == null || comando.prazo().isBefore(hoje)) {
            throw new RegraVioladaException(MENSAGENS, "condicionante-fora-da-validade.prazo-passado");
        }
        apply(new CondicionanteAlterada(licencaId, comando.condicionanteId(), comando.descricao(), comando.prazo(),
                comando.fundamentos(), hoje, hoje.plusDays(catalogo.vigenteEm(hoje).parametros(regime).prazoRecursoCondicionanteDias())));
        return versao();
    }

    /**
     * Renewal asked at least the regime's lead time (120 days) before expiry extends the licence until decided,
     * when the regime allows it (LC 140 art. 14 par. 4); asked later it is accepted but not extended.
     */
    @CommandHandler
    public long handle(SolicitarRenovacao comando, Clock relogio, CatalogoDeRegras catalogo) {
        exigirVigente();
        if (renovacaoPendente) {
            throw new RegraVioladaException(MENSAGENS, "renovacao-ja-solicitada");
        }
        LocalDate hoje = hoje(relogio);
        if (hoje.isAfter(validaAte)) {
            throw new RegraVioladaException(MENSAGENS, "licenca-vencida", validaAte);
        }
        ParametrosDoRegime parametros = catalogo.vigenteEm(hoje).parametros(regime);
        long diasAntes = ChronoUnit.DAYS.between(hoje, validaAte);
        boolean prorroga = parametros.prorrogacaoAutomatica() && diasAntes >= parametros.antecedenciaRenovacaoDias();
        apply(new RenovacaoSolicitada(licencaId, comando.justificativa(), hoje, diasAntes, prorroga));
        return versao();
    }

    @CommandHandler
    public long handle(DecidirRenovacao comando, Clock relogio, CatalogoDeRegras catalogo) {
        if (!renovacaoPendente) {
            throw new RegraVioladaException(MENSAGENS, "renovacao-nao-solicitada");
        }
        exigirVigente();
        LocalDate hoje = hoje(relogio);
        if (!comando.renovada()) {
            apply(new RenovacaoIndeferida(licencaId, hoje, comando.fundamentos()));
            return versao();
        }
        FaixaDeValidade faixa = catalogo.vigenteEm(hoje).validade(regime, tipoLicenca);
        if (!faixa.admite(comando.validadeMeses())) {
            throw new RegraVioladaException(MENSAGENS, "validade-fora-da-faixa", tipoLicenca, regime, faixa.minimoMeses(),
                    faixa.maximoMeses(), comando.validadeMeses());
        }
        apply(new LicencaRenovada(licencaId, hoje, hoje.plusMonths(comando.validadeMeses()), comando.fundamentos()));
        return versao();
    }

    @CommandHandler
    public long handle(SuspenderLicenca comando, Clock relogio) {
        exigirVigente();
        exigirFundamentos(comando.motivo(), comando.fundamentos());
        apply(new LicencaSuspensa(licencaId, comando.motivo(), comando.fundamentos(), hoje(relogio), exigiveis()));
        return versao();
    }

    @CommandHandler
    public long handle(CancelarLicenca comando, Clock relogio) {
        if (situacao == SituacaoLicenca.CANCELADA) {
            throw new RegraVioladaException(MENSAGENS, "licenca-cancelada");
        }
        exigirFundamentos(comando.motivo(), comando.fundamentos());
        apply(new LicencaCancelada(licencaId, comando.motivo(), comando.fundamentos(), hoje(relogio), exigiveis()));
        return versao();
    }

    /** Expiry: only after the validity ends, and never while an in-time renewal keeps it extended. */
    @CommandHandler
    public long handle(RegistrarVencimento comando, Clock relogio) {
        exigirVigente();
        LocalDate hoje = hoje(relogio);
        if (!hoje.isAfter(validaAte)) {
            throw new RegraVioladaException(MENSAGENS, "licenca-ainda-valida", validaAte);
        }
        if (prorrogadaAteDecisao) {
            throw new RegraVioladaException(MENSAGENS, "licenca-prorrogada-ate-decisao");
        }
        apply(new LicencaVencida(licencaId, validaAte, hoje));
        return versao();
    }

    /**
     * A condition whose due date passed without an approved report (sent by the conditions saga). Refused while a
     * report awaits evaluation or before the date, so an early or repeated timer changes nothing.
     */
    @CommandHandler
    public long handle(RegistrarDescumprimentoDeCondicionante comando, Clock relogio) {
        LocalDate prazo = condicionante(comando.condicionanteId());
        LocalDate hoje = hoje(relogio);
        if (condicionantesCumpridas.contains(comando.condicionanteId())
                || condicionantesDescumpridas.contains(comando.condicionanteId())
                || relatoriosPendentes.containsValue(comando.condicionanteId())
                || !hoje.isAfter(prazo)) {
            throw new RegraVioladaException(MENSAGENS, "condicionante-em-dia", comando.condicionanteId(), prazo);
        }
        apply(new CondicionanteDescumprida(licencaId, comando.condicionanteId(), prazo, hoje));
        return versao();
    }

    private LocalDate condicionante(String condicionanteId) {
        LocalDate prazo = prazoDasCondicionantes.get(condicionanteId);
        if (prazo == null) {
            throw new RegraVioladaException(MENSAGENS, "condicionante-inexistente", condicionanteId);
        }
        return prazo;
    }

    private List<String> exigiveis() {
        List<String> pendentes = new ArrayList<>(prazoDasCondicionantes.keySet());
        pendentes.removeAll(condicionantesCumpridas);
        return pendentes;
    }

    private void exigirVigente() {
        if (situacao != SituacaoLicenca.VIGENTE) {
            throw new RegraVioladaException(MENSAGENS, "licenca-nao-vigente", situacao);
        }
    }

    private static void exigirFundamentos(MotivoDeSancao motivo, String fundamentos) {
        if (motivo == null || fundamentos == null || fundamentos.isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "fundamentacao-obrigatoria.sancao");
        }
    }

    private static long versao() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(LicencaEmitida evento) {
        licencaId = evento.licencaId();
        processoId = evento.processoId();
        tipoLicenca = evento.tipoLicenca();
        regime = evento.regime();
        validaAte = evento.validaAte();
        situacao = SituacaoLicenca.VIGENTE;
        for (CondicionanteDefinida condicionante : evento.condicionantes()) {
            prazoDasCondicionantes.put(condicionante.condicionanteId(), condicionante.prazo());
        }
    }

    @EventSourcingHandler
    void on(RelatorioDeCondicionanteApresentado evento) {
        relatoriosPendentes.put(evento.relatorioId(), evento.condicionanteId());
    }

    @EventSourcingHandler
    void on(RelatorioDeCondicionanteAvaliado evento) {
        relatoriosPendentes.remove(evento.relatorioId());
        if (evento.aprovado()) {
            condicionantesCumpridas.add(evento.condicionanteId());
        }
    }

    @EventSourcingHandler
    void on(CondicionanteAlterada evento) {
        prazoDasCondicionantes.put(evento.condicionanteId(), evento.prazo());
    }

    @EventSourcingHandler
    void on(CondicionanteDescumprida evento) {
        condicionantesDescumpridas.add(evento.condicionanteId());
    }

    @EventSourcingHandler
    void on(RenovacaoSolicitada evento) {
        renovacaoPendente = true;
        prorrogadaAteDecisao = evento.prorrogadaAteDecisao();
    }

    @EventSourcingHandler
    void on(LicencaRenovada evento) {
        renovacaoPendente = false;
        prorrogadaAteDecisao = false;
        validaAte = evento.validaAte();
    }

    @EventSourcingHandler
    void on(RenovacaoIndeferida evento) {
        renovacaoPendente = false;
        prorrogadaAteDecisao = false;
    }

    @EventSourcingHandler
    void on(LicencaSuspensa evento) {
        situacao = SituacaoLicenca.SUSPENSA;
    }

    @EventSourcingHandler
    void on(LicencaCancelada evento) {
        situacao = SituacaoLicenca.CANCELADA;
    }

    @EventSourcingHandler
    void on(LicencaVencida evento) {
        situacao = SituacaoLicenca.VENCIDA;
    }
}
