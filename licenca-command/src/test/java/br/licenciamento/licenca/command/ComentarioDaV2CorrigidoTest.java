package br.licenciamento.licenca.command;

import br.licenciamento.licenca.command.migracao.ComentarioDaV2Corrigido;
import br.licenciamento.platform.migracao.EsquemaDoModulo;
import br.licenciamento.platform.migracao.MigracoesDeEsquema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database migrated while V2's first comment still cited DOMAIN.md starts with today's file: only that recorded
 * checksum is replaced. Any other difference in an applied migration still stops the start.
 */
class ComentarioDaV2CorrigidoTest {

    private static final String ESQUEMA = "licenca_command";
    private static EmbeddedPostgres postgres;

    @TempDir
    Path migracoesAntigas;

    @BeforeAll
    static void iniciar() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void encerrar() throws IOException {
        postgres.close();
    }

    @Test
    void bancoComOChecksumAntigoIniciaEPassaAoAtual() throws Exception {
        DataSource banco = bancoNovo("com_checksum_antigo");
        migrarComAV2Antiga(banco, "DOMAIN.md's values");
        assertThat(checksumDaV2(banco)).isEqualTo(ComentarioDaV2Corrigido.CHECKSUM_ANTIGO);

        iniciar(banco, new LicencaCommandModule().esquemaLicencaCommand());

        assertThat(checksumDaV2(banco)).isEqualTo(ComentarioDaV2Corrigido.CHECKSUM_ATUAL);
        iniciar(banco, new LicencaCommandModule().esquemaLicencaCommand());
    }

    @Test
    void semACorrecaoOBancoAntigoNaoIniciaria() throws Exception {
        DataSource banco = bancoNovo("sem_correcao");
        migrarComAV2Antiga(banco, "DOMAIN.md's values");

        assertThatThrownBy(() -> iniciar(banco, new EsquemaDoModulo(ESQUEMA, 10))).isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void outraDiferencaNaV2AindaImpedeOInicio() throws Exception {
        DataSource banco = bancoNovo("outra_diferenca");
        migrarComAV2Antiga(banco, "other values");

        assertThatThrownBy(() -> iniciar(banco, new LicencaCommandModule().esquemaLicencaCommand()))
                .isInstanceOf(FlywayException.class).hasMessageContaining("checksum");
    }

    @Test
    void bancoNovoRegistraOChecksumAtual() throws Exception {
        DataSource banco = bancoNovo("novo");
        iniciar(banco, new LicencaCommandModule().esquemaLicencaCommand());
        assertThat(checksumDaV2(banco)).isEqualTo(ComentarioDaV2Corrigido.CHECKSUM_ATUAL);
    }

    private static DataSource bancoNovo(String nome) throws Exception {
        try (var conexao = postgres.getPostgresDatabase().getConnection()) {
            conexao.createStatement().execute("CREATE DATABASE " + nome);
        }
        return postgres.getDatabase("postgres", nome);
    }

    /** The schema's migrations as they are, but V2's first line with {@code citacao} where it now names docs/dominio.md. */
    private void migrarComAV2Antiga(DataSource banco, String citacao) throws IOException, URISyntaxException {
        Path atuais = Path.of(getClass().getResource("/db/migration/" + ESQUEMA).toURI());
        try (Stream<Path> arquivos = Files.list(atuais)) {
            for (Path arquivo : arquivos.toList()) {
                String texto = Files.readString(arquivo, StandardCharsets.UTF_8);
                if (arquivo.getFileName().toString().startsWith("V2__")) {
                    assertThat(texto.lines().findFirst().orElseThrow()).contains("docs/dominio.md's values");
                    texto = texto.replaceFirst("docs/dominio\\.md's values", citacao);
                }
                Files.writeString(migracoesAntigas.resolve(arquivo.getFileName()), texto, StandardCharsets.UTF_8);
            }
        }
        Flyway.configure().dataSource(banco).schemas(ESQUEMA).createSchemas(true).table("flyway_historico")
                .locations("filesystem:" + migracoesAntigas).load().migrate();
    }

    /** What a start does: the platform's migrations of the schema as declared. */
    private static void iniciar(DataSource banco, EsquemaDoModulo esquema) {
        new MigracoesDeEsquema(banco, List.of(esquema)).afterPropertiesSet();
    }

    private static int checksumDaV2(DataSource banco) {
        return JdbcClient.create(banco).sql("SELECT checksum FROM licenca_command.flyway_historico WHERE version = '2'")
                .query(Integer.class).single();
    }
}
