package br.licenciamento.licenca.command.documento;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The documents of the processes of a fixture test. By default each process's checklist was delivered whole on one
 * day and accepted; a test says otherwise when its rule is about documents.
 */
public final class DocumentosEmMemoria implements DocumentosDoProcesso {

    private final List<String> deOutrosProcessos = new ArrayList<>();
    private LocalDate entregaCompleta;
    private Set<String> semAceite = Set.of();

    public DocumentosEmMemoria(LocalDate entregaCompleta) {
        this.entregaCompleta = entregaCompleta;
    }

    /** Documents uploaded to other processes. */
    public DocumentosEmMemoria deOutroProcesso(String... documentoIds) {
        deOutrosProcessos.addAll(List.of(documentoIds));
        return this;
    }

    /** The checklist is complete since {@code dia}, or not yet when {@code dia} is null. */
    public DocumentosEmMemoria entregaCompletaEm(LocalDate dia) {
        this.entregaCompleta = dia;
        return this;
    }

    /** These checklist items have no accepted document. */
    public DocumentosEmMemoria semAceite(String... itens) {
        this.semAceite = Set.of(itens);
        return this;
    }

    @Override
    public List<String> alheios(String processoId, Collection<String> documentoIds) {
        return documentoIds.stream().filter(deOutrosProcessos::contains).toList();
    }

    @Override
    public Optional<LocalDate> entregaCompleta(String processoId, List<String> exigidos) {
        return Optional.ofNullable(entregaCompleta);
    }

    @Override
    public List<String> semDocumentoAceito(String processoId, List<String> exigidos) {
        return exigidos.stream().filter(semAceite::contains).toList();
    }
}
