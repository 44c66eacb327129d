package br.licenciamento.licenca.command.documento;

import br.licenciamento.platform.teste.RelogioDeTeste;
import br.licenciamento.api.documento.AnexarDocumento;
import br.licenciamento.api.documento.AnexarNovaVersao;
import br.licenciamento.api.documento.AvaliarDocumento;
import br.licenciamento.api.documento.DocumentoAnexado;
import br.licenciamento.api.documento.DocumentoAvaliado;
import br.licenciamento.api.documento.NovaVersaoAnexada;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static br.licenciamento.licenca.command.Recusas.recusa;

class DocumentoTest {

    private static final Instant AGORA = Instant.parse("2026-03-02T13:00:00Z");
    private static final String HASH_1 = "a".repeat(64);
    private static final String HASH_2 = "b".repeat(64);

    private AggregateTestFixture<Documento> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Documento.class);
        fixture.registerInjectableResource(new RelogioDeTeste(AGORA));
    }

    @Test
    void anexadoComoVersao1ComHashEMetadadosSemOsBytes() {
        fixture.givenNoPriorActivity()
                .when(new AnexarDocumento("doc-1", "processo-1", "RCA", "rca.pdf", "application/pdf", 1234, HASH_1))
                .expectEvents(anexado());
    }

    @Test
    void novaVersaoSubstituiAAtual() {
        fixture.given(anexado())
                .when(new AnexarNovaVersao("doc-1", 0L, "rca-v2.pdf", "application/pdf", 2000, HASH_2))
                .expectResultMessagePayload(1L)
                .expectEvents(new NovaVersaoAnexada("doc-1", "processo-1", 2, 1, "rca-v2.pdf", "application/pdf", 2000, HASH_2, AGORA));
        recusa(fixture.given(anexado()).when(new AnexarNovaVersao("doc-1", null, "rca.pdf", "application/pdf", 1234, HASH_1)),
                "versao-identica");
    }

    @Test
    void recusaDeDocumentoExigeMotivoEAvaliacaoEUnicaPorVersao() {
        recusa(fixture.given(anexado()).when(new AvaliarDocumento("doc-1", null, false, " ")), "fundamentacao-obrigatoria");
        DocumentoAvaliado recusado = new DocumentoAvaliado("doc-1", "processo-1", 1, false, "Sem assinatura do RT", AGORA);
        fixture.given(anexado()).when(new AvaliarDocumento("doc-1", null, false, "Sem assinatura do RT")).expectEvents(recusado);
        recusa(fixture.given(anexado(), recusado).when(new AvaliarDocumento("doc-1", null, true, null)), "documento-ja-avaliado");
        fixture.given(anexado(), recusado,
                        new NovaVersaoAnexada("doc-1", "processo-1", 2, 1, "rca-v2.pdf", "application/pdf", 2000, HASH_2, AGORA))
                .when(new AvaliarDocumento("doc-1", null, true, null))
                .expectEvents(new DocumentoAvaliado("doc-1", "processo-1", 2, true, null, AGORA));
    }

    private static DocumentoAnexado anexado() {
        return new DocumentoAnexado("doc-1", "processo-1", "RCA", "rca.pdf", "application/pdf", 1234, HASH_1, 1, AGORA);
    }
}
