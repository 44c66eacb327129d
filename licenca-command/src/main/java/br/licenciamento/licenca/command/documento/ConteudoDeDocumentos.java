package br.licenciamento.licenca.command.documento;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The document bytes this module owns, addressed by SHA-256, and the versions that point at them. */
@Component
class ConteudoDeDocumentos implements DocumentosDoProcesso {

    private final JdbcClient jdbc;

    ConteudoDeDocumentos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Same bytes are stored once, whoever uploads them. */
    void guardar(String sha256, byte[] bytes) {
        jdbc.sql("""
                        INSERT INTO licenca_command.conteudo_documento (sha256, tamanho, bytes) VALUES (:hash, :tamanho, :bytes)
                        ON CONFLICT (sha256) DO NOTHING""")
                .param("hash", sha256).param("tamanho", (long) bytes.length).param("bytes", bytes).update();
    }

    void registrarVersao(String documentoId, int numeroVersao, String processoId, String nomeArquivo, String tipoDeMidia,
                         String sha256) {
        jdbc.sql("""
                        INSERT INTO licenca_command.versao_documento
                            (documento_id, numero_versao, processo_id, nome_arquivo, tipo_de_midia, sha256)
                        VALUES (:doc, :versao, :processo, :nome, :tipo, :hash)
                        ON CONFLICT (documento_id, numero_versao) DO NOTHING""")
                .param("doc", documentoId).param("versao", numeroVersao).param("processo", processoId)
                .param("nome", nomeArquivo).param("tipo", tipoDeMidia).param("hash", sha256).update();
    }

    record VersaoGuardada(String processoId, int numeroVersao, String nomeArquivo, String tipoDeMidia, String sha256) {
    }

    /** The given version, or the latest when {@code numeroVersao} is null. */
    Optional<VersaoGuardada> versao(String documentoId, Integer numeroVersao) {
        return jdbc.sql("""
                        SELECT processo_id, numero_versao, nome_arquivo, tipo_de_midia, sha256 FROM licenca_command.versao_documento
                        WHERE documento_id = :doc AND (CAST(:versao AS INTEGER) IS NULL OR numero_versao = :versao)
                        ORDER BY numero_versao DESC LIMIT 1""")
                .param("doc", documentoId).param("versao", numeroVersao)
                .query((rs, i) -> new VersaoGuardada(rs.getString("processo_id"), rs.getInt("numero_versao"),
                        rs.getString("nome_arquivo"), rs.getString("tipo_de_midia"), rs.getString("sha256").trim()))
                .optional();
    }

    @Override
    public List<String> alheios(String processoId, Collection<String> documentoIds) {
        if (documentoIds.isEmpty()) {
            return List.of();
        }
        List<String> doProcesso = jdbc.sql("""
                        SELECT DISTINCT documento_id FROM licenca_command.versao_documento
                        WHERE processo_id = :processo AND documento_id IN (:ids)""")
                .param("processo", processoId).param("ids", List.copyOf(documentoIds))
                .query(String.class).list();
        return documentoIds.stream().filter(id -> !doProcesso.contains(id)).distinct().toList();
    }

    Optional<byte[]> bytes(String sha256) {
        return jdbc.sql("SELECT bytes FROM licenca_command.conteudo_documento WHERE sha256 = :hash")
                .param("hash", sha256).query(byte[].class).optional();
    }
}
