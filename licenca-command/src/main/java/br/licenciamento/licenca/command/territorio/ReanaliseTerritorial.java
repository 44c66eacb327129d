package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.territorio.CamadaPublicada;
import br.licenciamento.api.territorio.ReanalisarTerritorio;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.WKBWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A new layer version re-analyses the open processes it may affect (issue 25): the features that changed from the
 * previous version (added, removed or altered, old and new shapes alike) are compared with each open process's
 * location, widened by the features' distance bands, and each process near one gets {@link ReanalisarTerritorio}
 * ({@code motivo=CAMADA_ALTERADA}); its history then keeps both analyses with their layer versions. Live events only:
 * replaying the stream must not re-analyse every process again.
 */
@Component
@ProcessingGroup("reanalise-territorial")
class ReanaliseTerritorial {

    private static final Logger log = LoggerFactory.getLogger(ReanaliseTerritorial.class);

    private final FeicoesDasCamadas camadas;
    private final LocalizacoesDosProcessos localizacoes;
    private final AnaliseTerritorial analise;
    private final IndiceDasCamadas indice;
    private final CommandGateway comandos;

    ReanaliseTerritorial(FeicoesDasCamadas camadas, LocalizacoesDosProcessos localizacoes, AnaliseTerritorial analise,
                         IndiceDasCamadas indice, CommandGateway comandos) {
        this.camadas = camadas;
        this.localizacoes = localizacoes;
        this.analise = analise;
        this.indice = indice;
        this.comandos = comandos;
    }

    @EventHandler
    @DisallowReplay
    void on(CamadaPublicada evento) {
        // This instance analyses against its memory index: bring it to the version just published first.
        indice.atualizar();
        List<Feicao> novas = camadas.feicoes(evento.camadaId(), evento.versao());
        List<Feicao> antigas = evento.versao() > 1 ? camadas.feicoes(evento.camadaId(), evento.versao() - 1) : List.of();
        List<Feicao> mudadas = new ArrayList<>(diferenca(novas, antigas));
        mudadas.addAll(diferenca(antigas, novas));
        if (mudadas.isEmpty()) {
            return;
        }
        STRtree arvore = new STRtree();
        Envelope tudo = new Envelope();
        double faixa = 0;
        for (Feicao f : mudadas) {
            arvore.insert(f.geometria().getEnvelopeInternal(), f);
            tudo.expandToInclude(f.geometria().getEnvelopeInternal());
            faixa = Math.max(faixa, analise.faixa(f));
        }
        double[] graus = ProjecaoLocal.grausPara(faixa, Math.max(Math.abs(tudo.getMinY()), Math.abs(tudo.getMaxY())));
        Envelope busca = new Envelope(tudo);
        busca.expandBy(graus[0], graus[1]);
        int enviados = 0;
        for (String processoId : localizacoes.abertosEm(busca)) {
            Envelope local = localizacoes.envelopeDe(processoId);
            if (local == null) {
                continue;
            }
            Envelope perto = new Envelope(local);
            perto.expandBy(graus[0], graus[1]);
            if (arvore.query(perto).isEmpty()) {
                continue;
            }
            try {
                comandos.sendAndWait(new ReanalisarTerritorio(processoId, evento.camadaId(), evento.versao()),
                        MetaData.with(ChavesDeMetadados.USUARIO, "sistema:" + getClass().getSimpleName())
                                .and(ChavesDeMetadados.PAPEIS, "SISTEMA"));
                enviados++;
            } catch (RuntimeException e) {
                log.warn("Reanálise territorial do processo {} (camada {} v{}) falhou: {}", processoId, evento.camadaId(),
                        evento.versao(), e.toString());
            }
        }
        log.info("Camada {} v{}: {} feições mudaram; {} processos reanalisados", evento.camadaId(), evento.versao(),
                mudadas.size(), enviados);
    }

    /** The features of {@code a} with no identical feature (same id, properties and shape) in {@code b}. */
    private static List<Feicao> diferenca(List<Feicao> a, List<Feicao> b) {
        Set<String> emB = new HashSet<>();
        for (Feicao f : b) {
            emB.add(assinatura(f));
        }
        return a.stream().filter(f -> !emB.contains(assinatura(f))).toList();
    }

    private static String assinatura(Feicao f) {
        return String.join("|", f.id(), Objects.toString(f.nome()), Objects.toString(f.esfera()), Objects.toString(f.categoria()),
                Objects.toString(f.faixaMetros()), Objects.toString(f.uf()), Objects.toString(f.municipioIbge()),
                WKBWriter.toHex(new WKBWriter().write(f.geometria())));
    }
}
