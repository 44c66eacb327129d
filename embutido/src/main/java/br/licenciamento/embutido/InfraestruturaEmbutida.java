package br.licenciamento.embutido;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.log.LogMessage;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedded mode: when {@code licenciamento.embutido.habilitado=true} and no external database is configured,
 * starts a real PostgreSQL and a MongoDB-wire server before the application context, pointing Spring at them.
 * Data lives under {@code licenciamento.embutido.diretorio} ({@code ./data} by default). Setting
 * {@code SPRING_DATASOURCE_URL} or {@code SPRING_MONGODB_URI} uses that server instead; setting
 * {@code AXON_AXONSERVER_SERVERS} connects to Axon Server instead of the PostgreSQL event store.
 */
public class InfraestruturaEmbutida implements EnvironmentPostProcessor, Ordered {

    /** This runs before Spring Boot's logging is set up: a deferred log is replayed into the real one once it is. */
    private final Log log;

    public InfraestruturaEmbutida(DeferredLogFactory logs) {
        this.log = logs.getLog(InfraestruturaEmbutida.class);
    }

    @Override
    public int getOrder() {
        // After application.properties and the environment are read: only what is still missing is started.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment ambiente, SpringApplication aplicacao) {
        Map<String, Object> propriedades = new HashMap<>();
        if (StringUtils.hasText(ambiente.getProperty("axon.axonserver.servers"))
                && ambiente.getProperty("axon.axonserver.enabled") == null) {
            propriedades.put("axon.axonserver.enabled", "true");
        }
        ParametrosDoModoEmbutido parametros = Binder.get(ambiente)
                .bindOrCreate(ParametrosDoModoEmbutido.PREFIXO, ParametrosDoModoEmbutido.class);
        if (!parametros.habilitado()) {
            publicar(ambiente, propriedades);
            return;
        }
        Path diretorio = Path.of(parametros.diretorio());
        List<AutoCloseable> iniciados = new ArrayList<>();
        List<String> enderecos = new ArrayList<>();
        try {
            if (!StringUtils.hasText(ambiente.getProperty("spring.datasource.url"))
                    && presente("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")) {
                PostgresEmbutido postgres = PostgresEmbutido.iniciar(diretorio.resolve("postgres"),
                        parametros.postgresPorta(), parametros.postgresConfiguracao(), log);
                iniciados.add(postgres);
                enderecos.add("PostgreSQL em localhost:" + postgres.porta());
                propriedades.put("spring.datasource.url", postgres.url());
                propriedades.put("spring.datasource.username", "postgres");
                propriedades.put("spring.datasource.password", "postgres");
                // The database is this process's own: every command reaches this process (aggregate cache).
                propriedades.put("licenciamento.embutido.postgres-proprio", "true");
                demonstracao(ambiente);
            }
            // Only runnables that hold Mongo read models have the driver; the others need no Mongo server.
            if (!StringUtils.hasText(ambiente.getProperty("spring.mongodb.uri"))
                    && presente("com.mongodb.client.MongoClient") && presente("de.bwaldvogel.mongo.MongoServer")) {
                MongoEmbutido mongo = MongoEmbutido.iniciar(diretorio.resolve("mongo").resolve("leitura.mv"),
                        parametros.mongoPorta());
                iniciados.add(mongo);
                enderecos.add("MongoDB (protocolo) em 127.0.0.1:" + mongo.porta());
                propriedades.put("spring.mongodb.uri", mongo.uri("licenciamento"));
            }
        } catch (Exception e) {
            new RecursosEmbutidos(iniciados, log).close();
            throw new IllegalStateException("Não foi possível iniciar a infraestrutura embutida em "
                    + diretorio.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (!enderecos.isEmpty()) {
            log.info(LogMessage.format("Infraestrutura embutida com dados em %s: %s", diretorio.toAbsolutePath(),
                    String.join(", ", enderecos)));
        }
        publicar(ambiente, propriedades);
        RecursosEmbutidos recursos = new RecursosEmbutidos(iniciados, log);
        aplicacao.addInitializers(contexto -> registrar(contexto, recursos));
    }

    /**
     * The servers become a bean that every DataSource and MongoClient depends on: Spring then stops them only
     * after the event processors and connection pools are gone, never under a running processor.
     */
    private static void registrar(ConfigurableApplicationContext contexto, RecursosEmbutidos recursos) {
        ConfigurableListableBeanFactory registro = contexto.getBeanFactory();
        registro.registerSingleton(RecursosEmbutidos.NOME, recursos);
        if (registro instanceof DefaultListableBeanFactory listavel) {
            listavel.registerDisposableBean(RecursosEmbutidos.NOME, recursos);
        }
        contexto.addBeanFactoryPostProcessor(fabrica -> {
            for (String tipo : new String[]{"javax.sql.DataSource", "com.mongodb.client.MongoClient"}) {
                if (!presente(tipo)) {
                    continue;
                }
                for (String nome : fabrica.getBeanNamesForType(ClassUtils.resolveClassName(tipo, null), true, false)) {
                    BeanDefinition definicao = fabrica.getBeanDefinition(nome);
                    definicao.setDependsOn(comDependencia(definicao.getDependsOn()));
                }
            }
        });
    }

    private static String[] comDependencia(String[] existentes) {
        List<String> nomes = new ArrayList<>(existentes == null ? List.of() : List.of(existentes));
        nomes.add(RecursosEmbutidos.NOME);
        return nomes.toArray(String[]::new);
    }

    private static boolean presente(String classe) {
        return ClassUtils.isPresent(classe, InfraestruturaEmbutida.class.getClassLoader());
    }

    /**
     * What only a laptop's embedded database may have, below every other setting: the demo users (README) and a known
     * secret for the CPF/CNPJ hashes. Pointed at a real database, the platform has neither unless they are set.
     */
    private static void demonstracao(ConfigurableEnvironment ambiente) {
        ambiente.getPropertySources().addLast(new MapPropertySource("licenciamentoDemonstracao", Map.of(
                "licenciamento.auth.usuarios-demo", "true",
                "licenciamento.pessoa.segredo-documento", "licenciamento-desenvolvimento-troque-em-producao")));
    }

    private static void publicar(ConfigurableEnvironment ambiente, Map<String, Object> propriedades) {
        if (!propriedades.isEmpty()) {
            ambiente.getPropertySources().addFirst(new MapPropertySource("licenciamentoEmbutido", propriedades));
        }
    }

    /** The embedded servers of one application context, stopped in reverse order of start. */
    static final class RecursosEmbutidos implements DisposableBean, AutoCloseable {

        static final String NOME = "licenciamentoInfraestruturaEmbutida";

        private final List<AutoCloseable> iniciados;
        private final Log log;

        RecursosEmbutidos(List<AutoCloseable> iniciados, Log log) {
            this.iniciados = iniciados;
            this.log = log;
        }

        @Override
        public void destroy() {
            close();
        }

        @Override
        public synchronized void close() {
            for (int i = iniciados.size() - 1; i >= 0; i--) {
                try {
                    iniciados.get(i).close();
                } catch (Exception e) {
                    log.warn(LogMessage.format("Falha ao encerrar %s: %s", iniciados.get(i), e));
                }
            }
            iniciados.clear();
        }
    }
}
