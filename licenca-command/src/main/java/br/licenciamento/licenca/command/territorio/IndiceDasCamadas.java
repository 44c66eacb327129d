package br.licenciamento.licenca.command.territorio;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The layers in force, in memory: one {@link CamadaCarregada} per layer, read by every analysis without a lock. A
 * new version is built aside and swapped in atomically, so a filing never waits for a reload (it is analysed against
 * the version in force when it started). Built when the service starts, after each publication on this instance, and
 * every {@code licenciamento.territorio.verificar-camadas-segundos} against the database (versions another instance
 * published).
 */
@Component
public class IndiceDasCamadas {

    private static final Logger log = LoggerFactory.getLogger(IndiceDasCamadas.class);

    private final FeicoesDasCamadas repositorio;
    private final AtomicReference<Map<String, CamadaCarregada>> camadas = new AtomicReference<>();
    private final long verificarSegundos;
    private ScheduledExecutorService verificador;

    IndiceDasCamadas(FeicoesDasCamadas repositorio,
                     @Value("${licenciamento.territorio.verificar-camadas-segundos:30}") long verificarSegundos) {
        this.repositorio = repositorio;
        this.verificarSegundos = verificarSegundos;
    }

    /** Layers held only in memory (tests, tools): {@link #substituir} changes them; there is no database. */
    public static IndiceDasCamadas emMemoria(CamadaCarregada... iniciais) {
        IndiceDasCamadas indice = new IndiceDasCamadas(null, 0);
        indice.camadas.set(Map.of());
        for (CamadaCarregada c : iniciais) {
            indice.substituir(c);
        }
        return indice;
    }

    /** Puts a layer version in force in memory (the one just published, or a test's). */
    public synchronized void substituir(CamadaCarregada camada) {
        Map<String, CamadaCarregada> novas = new HashMap<>(camadas.get() == null ? Map.of() : camadas.get());
        novas.put(camada.versao().camadaId(), camada);
        camadas.set(Map.copyOf(novas));
    }

    /** The layers in force now; the first call (before the service is ready) loads them. */
    public Collection<CamadaCarregada> vigentes() {
        Map<String, CamadaCarregada> atual = camadas.get();
        if (atual == null) {
            atualizar();
            atual = camadas.get();
        }
        return atual.values();
    }

    @EventListener(ApplicationReadyEvent.class)
    void aoIniciar() {
        if (repositorio == null) {
            return;
        }
        try {
            atualizar();
        } catch (RuntimeException e) {
            log.warn("Camadas de referência não carregadas ao iniciar; nova tentativa na próxima verificação: {}", e.toString());
        }
        if (verificarSegundos > 0 && verificador == null) {
            verificador = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "indice-das-camadas");
                t.setDaemon(true);
                return t;
            });
            verificador.scheduleWithFixedDelay(() -> {
                try {
                    atualizar();
                } catch (RuntimeException e) {
                    log.warn("Verificação das camadas de referência falhou: {}", e.toString());
                }
            }, verificarSegundos, verificarSegundos, TimeUnit.SECONDS);
        }
    }

    /** Loads the versions newer than those in memory (all of them the first time) and swaps the map. */
    public synchronized void atualizar() {
        if (repositorio == null) {
            return;
        }
        Map<String, CamadaCarregada> atual = camadas.get();
        Map<String, CamadaCarregada> novas = new HashMap<>();
        boolean mudou = atual == null;
        for (FeicoesDasCamadas.Versao v : repositorio.vigentes()) {
            CamadaCarregada emMemoria = atual == null ? null : atual.get(v.camadaId());
            if (emMemoria != null && emMemoria.versao().versao() == v.versao()) {
                novas.put(v.camadaId(), emMemoria);
            } else {
                novas.put(v.camadaId(), repositorio.carregar(v));
                mudou = true;
            }
        }
        if (mudou || atual.size() != novas.size()) {
            camadas.set(Map.copyOf(novas));
        }
    }
}
