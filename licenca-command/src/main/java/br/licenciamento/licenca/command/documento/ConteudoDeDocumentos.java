package br.licenciamento.licenca.command.documento;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document bytes this module owns, addressed by SHA-256, the versions that point at them, and each document's
 * place in its process's checklist.
 */
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

    /**
     * A document arrived: it answers the checklist item its category names, not yet evaluated. Answers whether it is
     * the first of its category in the process, the only case in which the checklist's delivery can change.
     */
    boolean registrarDocumento(String documentoId, String processoId, String categoria, LocalDate anexadoEm) {
        String normalizada = DocumentosDoProcesso.categoria(categoria);
        jdbc.sql("""
                        INSERT INTO licenca_command.documento_do_processo
                            (documento_id, processo_id, categoria, anexado_em, versao_atual, aceito)
                        VALUES (:doc, :processo, :categoria, :anexadoEm, 1, NULL)
                        ON CONFLICT (documento_id) DO NOTHING""")
                .param("doc", documentoId).param("processo", processoId)
                .param("categoria", normalizada).param("anexadoEm", anexadoEm).update();
        return jdbc.sql("""
                        SELECT count(*) FROM licenca_command.documento_do_processo
                        WHERE processo_id = :processo AND categoria = :categoria""")
                .param("processo", processoId).param("categoria", normalizada).query(Long.class).single() == 1;
    }

    /** A new version replaces the current one, and its evaluation with it. */
    void registrarNovaVersao(String documentoId, int numeroVersao) {
        jdbc.sql("""
                        UPDATE licenca_command.documento_do_processo SET versao_atual = :versao, aceito = NULL
                        WHERE documento_id = :doc AND versao_atual < :versao""")
                .param("doc", documentoId).param("versao", numeroVersao).update();
    }

    void registrarAvaliacao(String documentoId, int numeroVersao, boolean aceito) {
        jdbc.sql("""
                        UPDATE licenca_command.documento_do_processo SET aceito = :aceito
                        WHERE documento_id = :doc AND versao_atual = :versao""")
                .param("doc", documentoId).param("versao", numeroVersao).param("aceito", aceito).update();
    }

    @Override
    public Optional<LocalDate> entregaCompleta(String processoId, List<String> exigidos) {
        Map<String, LocalDate> primeiros = new HashMap<>();
        jdbc.sql("""
                        SELECT categoria, min(anexado_em) AS primeiro FROM licenca_command.documento_do_processo
                        WHERE processo_id = :processo GROUP BY categoria""")
                .param("processo", processoId)
                .query((rs, i) -> primeiros.put(rs.getString("categoria"), rs.getDate("primeiro").toLocalDate())).list();
        LocalDate ultima = null;
        for (String exigido : exigidos) {
            LocalDate entrega = primeiros.get(DocumentosDoProcesso.categoria(exigido));
            if (entrega == null) {
                return Optional.empty();
            }
            ultima = ultima == null || entrega.isAfter(ultima) ? entrega : ultima;
        }
        return Optional.ofNullable(ultima);
    }

    @Override
    public List<String> semDocumentoAceito(String processoId, List<String> exigidos) {
        Set<String> aceitas = new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT categoria FROM licenca_command.documento_do_processo
                        WHERE processo_id = :processo AND aceito""")
                .param("processo", processoId).query(String.class).list());
        return exigidos.stream().filter(exigido -> !aceitas.contains(DocumentosDoProcesso.categoria(exigido))).toList();
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
