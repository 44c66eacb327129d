-- The enterprise of each process, so a power of attorney granted for an enterprise reaches its processes.
ALTER TABLE acesso_processo ADD COLUMN empreendimento_id VARCHAR(64);

-- Processes filed before this column existed, from the event store when it lives in this database (the embedded mode
-- and the JDBC event store). Filings recorded before the enterprise id existed belong to an enterprise of their own
-- (the upcaster gives them empreendimentoId = processoId).
DO $$
BEGIN
    IF to_regclass('axon.domain_event_entry') IS NOT NULL THEN
        UPDATE licenca_command.acesso_processo a
        SET empreendimento_id = coalesce(e.payload ->> 'empreendimentoId', a.processo_id)
        FROM (SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb AS payload FROM axon.domain_event_entry
              WHERE payload_type = 'br.licenciamento.api.processo.ProcessoProtocolado') e
        WHERE e.aggregate_identifier = a.processo_id;
    END IF;
END $$;
