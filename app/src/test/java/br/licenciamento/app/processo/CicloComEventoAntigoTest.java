package br.licenciamento.app.processo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filing stored by the first slice (ProcessoProtocolado without revision, no enterprise id) still loads: the
 * upcaster gives it revision 2, so the process goes on and the read side shows it.
 */
class CicloComEventoAntigoTest extends FluxoDeLicenciamento {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void protocoloGravadoAntesDaRevisao2SegueOProcesso() {
        String processoId = UUID.randomUUID().toString();
        String payload = """
                {"processoId":"%s","numero":"2026/900001","requerenteId":"%s","empreendimento":"Olaria Antiga",
                 "cnae":"2342-7/02","municipioIbge":"3106200","tipoLicenca":"LP","regime":"LEI_15190",
                 "protocoladoEm":"2026-03-02T13:00:00Z"}""".formatted(processoId, requerenteAtivo());
        jdbc.sql("""
                        INSERT INTO axon.domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                            meta_data, payload, payload_revision, payload_type, time_stamp)
                        VALUES (:id, 0, 'ProcessoLicenciamento', :evento, :metadados, :payload, NULL,
                            'br.licenciamento.api.processo.ProcessoProtocolado', '2026-03-02T13:00:00Z')""")
                .param("id", processoId)
                .param("evento", UUID.randomUUID().toString())
                .param("metadados", "{}".getBytes(StandardCharsets.UTF_8))
                .param("payload", payload.getBytes(StandardCharsets.UTF_8))
                .update();

        JsonNode enquadrado = passo("GESTOR", processoId, "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        assertThat(enquadrado.get("versao").asLong()).isEqualTo(1);

        // The platform issues the fee slip on classification, for an old filing too.
        String guiaId = guiaEmitidaPelaPlataforma(processoId);
        JsonNode dossie = dossieNaSituacao(processoId, "AGUARDANDO_PAGAMENTO");
        assertThat(dossie.get("empreendimento").asString()).isEqualTo("Olaria Antiga");
        assertThat(dossie.get("linhaDoTempo").toString()).contains("protocolado sob o número 2026/900001");

        java.util.List<String> documentos = entregarDocumentosExigidos(processoId);
        passo("GESTOR", processoId, "guias/" + guiaId + "/pagamento", "{}");
        passo("GESTOR", processoId, "atribuicao", "{\"analista\":\"analista\"}");
        passo("ANALISTA", processoId, "admissibilidade", "{\"admitido\":true}");
        aceitarDocumentos(processoId, documentos);
        String licencaId = deferir(processoId, 48, "[]");
        // The upcaster gave the old filing its own enterprise (the process id), which the licence now carries.
        String emitida = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM axon.domain_event_entry
                        WHERE aggregate_identifier = :id AND sequence_number = 0""")
                .param("id", licencaId).query(String.class).single();
        assertThat(emitida).contains("\"empreendimentoId\":\"" + processoId + "\"");
    }
}
