package br.licenciamento.platform.embutido;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
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

    private static final Logger log = LoggerFactory.getLogger(InfraestruturaEmbutida.class);

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
        if (!ambiente.getProperty("licenciamento.embutido.habilitado", Boolean.class, false)) {
            publicar(ambiente, propriedades);
            return;
        }
        Path diretorio = Path.of(ambiente.getProperty("licenciamento.embutido.diretorio", "data"));
        List<AutoCloseable> iniciados = new ArrayList<>();
        try {
            if (!StringUtils.hasText(ambiente.getProperty("spring.datasource.url"))
                    && presente("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")) {
                PostgresEmbutido postgres = PostgresEmbutido.iniciar(diretorio.resolve("postgres"),
                        ambiente.getProperty("licenciamento.embutido.postgres-porta", Integer.class, 0));
                iniciados.add(postgres);
                propriedades.put("spring.datasource.url", postgres.url());
                propriedades.put("spring.datasource.username", "postgres");
                propriedades.put("spring.datasource.password", "postgres");
            }
            // Only runnables that hold Mongo read models have the driver; the others need no Mongo server.
            if (!StringUtils.hasText(ambiente.getProperty("spring.mongodb.uri"))
                    && presente("com.mongodb.client.MongoClient") && presente("de.bwaldvogel.mongo.MongoServer")) {
                MongoEmbutido mongo = MongoEmbutido.iniciar(diretorio.resolve("mongo").resolve("leitura.mv"),
                        ambiente.getProperty("licenciamento.embutido.mongo-porta", Integer.class, 0));
                iniciados.add(mongo);
                propriedades.put("spring.mongodb.uri", mongo.uri("licenciamento"));
            }
        } catch (Exception e) {
            encerrar(iniciados);
            throw new IllegalStateException("Nao foi possivel iniciar a infraestrutura embutida em "
                    + diretorio.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        publicar(ambiente, propriedades);
        aplicacao.addListeners(evento -> {
            if (evento instanceof ContextClosedEvent) {
                encerrar(iniciados);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> encerrar(iniciados), "encerrar-infraestrutura-embutida"));
    }

    private static boolean presente(String classe) {
        return ClassUtils.isPresent(classe, InfraestruturaEmbutida.class.getClassLoader());
    }

    private static void publicar(ConfigurableEnvironment ambiente, Map<String, Object> propriedades) {
        if (!propriedades.isEmpty()) {
            ambiente.getPropertySources().addFirst(new MapPropertySource("licenciamentoEmbutido", propriedades));
        }
    }

    private static synchronized void encerrar(List<AutoCloseable> iniciados) {
        for (int i = iniciados.size() - 1; i >= 0; i--) {
            try {
                iniciados.get(i).close();
            } catch (Exception e) {
                log.warn("Falha ao encerrar {}: {}", iniciados.get(i), e.toString());
            }
        }
        iniciados.clear();
    }
}
