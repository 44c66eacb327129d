package br.licenciamento.platform.projecao;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rebuilds a projection on deploy when its code declares a new read-model version ({@link VersaoDaProjecao}).
 * Runs once at start, after Axon built its event processors and before it starts them: for each declared
 * processing group whose stored version differs (or is absent while its processor already has tokens, i.e. a read
 * model built by code that declared nothing), the processor's tokens are reset, which calls its reset handlers and
 * makes it replay the whole event store; then the declared version is stored. Progress shows in the ops API
 * ({@code /api/v1/ops/processadores}) like any replay. A fresh installation just records the versions.
 * <p>
 * The check, the reset and the new version commit in one transaction under an advisory lock per group, so
 * instances of one service starting together rebuild once. Sagas are never reset: a saga group with a declared
 * version stops the start.
 */
public class VersoesDasProjecoes {

    private static final Logger log = LoggerFactory.getLogger(VersoesDasProjecoes.class);

    private final ListableBeanFactory beans;
    private final JdbcClient jdbc;
    private final TokenStore tokens;
    private final TransactionManager transacoes;
    private final Duration esperaPorTokens;
    private volatile Map<String, Integer> declaradas;

    public VersoesDasProjecoes(ListableBeanFactory beans, JdbcClient jdbc, TokenStore tokens, TransactionManager transacoes,
                               Duration esperaPorTokens) {
        this.beans = beans;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.transacoes = transacoes;
        this.esperaPorTokens = esperaPorTokens;
    }

    /** Declared version of each processing group that declares one. */
    public Map<String, Integer> declaradas() {
        Map<String, Integer> atual = declaradas;
        if (atual == null) {
            atual = lerDeclaracoes();
            declaradas = atual;
        }
        return atual;
    }

    /** The version stored for a group, if the platform already recorded one. */
    public Optional<Integer> armazenada(String grupo) {
        return jdbc.sql("SELECT versao FROM axon.versao_de_projecao WHERE grupo = :grupo")
                .param("grupo", grupo).query(Integer.class).optional();
    }

    /** Brings every declared group to its declared version; processors must not be running yet. */
    public void reconciliar(EventProcessingConfiguration processamento) {
        declaradas().forEach((grupo, versao) -> reconciliar(processamento, grupo, versao));
        processamento.eventProcessors().values().stream()
                .filter(p -> p instanceof StreamingEventProcessor s && s.supportsReset())
                .map(EventProcessor::getName)
                .filter(nome -> !declaradas().containsKey(nome))
                .sorted()
                .forEach(nome -> log.info("Processador {} sem @VersaoDaProjecao: só é reconstruído a pedido (API de operação)", nome));
    }

    private void reconciliar(EventProcessingConfiguration processamento, String grupo, int versao) {
        Optional<EventProcessor> encontrado = processamento.eventProcessorByProcessingGroup(grupo);
        if (encontrado.isEmpty()) {
            log.warn("O grupo {} declara a versão {} mas não tem processador de eventos; nada a reconstruir", grupo, versao);
            return;
        }
        if (!(encontrado.get() instanceof StreamingEventProcessor processador)) {
            log.warn("O grupo {} declara a versão {} mas seu processador não lê do stream de eventos; não pode ser reconstruído",
                    grupo, versao);
            return;
        }
        if (!processador.supportsReset()) {
            throw new IllegalStateException("O grupo " + grupo + " declara @VersaoDaProjecao, mas seus manipuladores não "
                    + "admitem replay (sagas ou @DisallowReplay). Sagas só reagem a eventos ao vivo: retire a anotação.");
        }
        long limite = System.nanoTime() + esperaPorTokens.toNanos();
        while (true) {
            try {
                transacoes.executeInTransaction(() -> reconciliarNaTransacao(grupo, versao, processador));
                return;
            } catch (UnableToClaimTokenException e) {
                // Another instance (or the one that crashed before this start) still holds the tokens until its claim
                // expires; the reset must own every segment.
                if (System.nanoTime() - limite > 0) {
                    log.error("Projeção {} não reconstruída para a versão {}: os tokens de {} estão com outra instância ({}). "
                            + "Pare as outras instâncias e reinicie, ou faça o replay pela API de operação.",
                            grupo, versao, processador.getName(), e.getMessage());
                    return;
                }
                esperar();
            }
        }
    }

    private void reconciliarNaTransacao(String grupo, int versao, StreamingEventProcessor processador) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:chave))").param("chave", "versao_de_projecao:" + grupo)
                .query().listOfRows();
        Optional<Integer> armazenada = armazenada(grupo);
        if (armazenada.isPresent() && armazenada.get() == versao) {
            return;
        }
        boolean comDados = tokens.fetchSegments(processador.getName()).length > 0;
        boolean reconstruir = armazenada.isPresent() || comDados;
        if (reconstruir) {
            processador.resetTokens();
            log.info("Projeção {}: versão {} -> {}; processador {} volta ao início do stream e reconstrói o modelo de leitura",
                    grupo, armazenada.map(String::valueOf).orElse("(nenhuma)"), versao, processador.getName());
        } else {
            log.info("Projeção {}: versão {} registrada (modelo de leitura novo, construído do início)", grupo, versao);
        }
        jdbc.sql("""
                        INSERT INTO axon.versao_de_projecao (grupo, versao, processador, reconstruida, registrada_em)
                        VALUES (:grupo, :versao, :processador, :reconstruida, :em)
                        ON CONFLICT (grupo) DO UPDATE SET versao = EXCLUDED.versao, processador = EXCLUDED.processador,
                            reconstruida = EXCLUDED.reconstruida, registrada_em = EXCLUDED.registrada_em""")
                .param("grupo", grupo)
                .param("versao", versao)
                .param("processador", processador.getName())
                .param("reconstruida", reconstruir)
                .param("em", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update();
    }

    private Map<String, Integer> lerDeclaracoes() {
        Map<String, Integer> porGrupo = new TreeMap<>();
        Map<String, String> origem = new TreeMap<>();
        for (String nome : beans.getBeanNamesForAnnotation(VersaoDaProjecao.class)) {
            Class<?> tipo = beans.getType(nome);
            if (tipo == null) {
                continue;
            }
            tipo = ClassUtils.getUserClass(tipo);
            VersaoDaProjecao versao = AnnotatedElementUtils.findMergedAnnotation(tipo, VersaoDaProjecao.class);
            ProcessingGroup grupo = AnnotatedElementUtils.findMergedAnnotation(tipo, ProcessingGroup.class);
            if (versao == null) {
                continue;
            }
            if (grupo == null) {
                throw new IllegalStateException(tipo.getName() + " declara @VersaoDaProjecao sem @ProcessingGroup: "
                        + "a versão vale para um grupo de processamento com nome explícito.");
            }
            if (versao.value() <= 0) {
                throw new IllegalStateException(tipo.getName() + ": @VersaoDaProjecao deve ser positiva.");
            }
            Integer anterior = porGrupo.putIfAbsent(grupo.value(), versao.value());
            if (anterior != null && anterior != versao.value()) {
                throw new IllegalStateException("O grupo " + grupo.value() + " tem versões diferentes: " + anterior + " em "
                        + origem.get(grupo.value()) + " e " + versao.value() + " em " + tipo.getName() + ".");
            }
            origem.putIfAbsent(grupo.value(), tipo.getName());
        }
        return Map.copyOf(porGrupo);
    }

    private static void esperar() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrompido ao esperar pelos tokens", e);
        }
    }
}
