-- Who may act on each process besides the agency's managers: its requester (applicants act only for persons they
-- represent) and its assigned analyst (analysts act only on their processes). Kept by this module from its own
-- events in the publishing transaction (a subscribing processor).
CREATE TABLE acesso_processo (
    processo_id    VARCHAR(64)  PRIMARY KEY,
    requerente_id  VARCHAR(64)  NOT NULL,
    analista       VARCHAR(100)
);

-- The process each document and licence belongs to, so the same rule covers their commands.
CREATE TABLE acesso_agregado (
    agregado_id  VARCHAR(64) PRIMARY KEY,
    processo_id  VARCHAR(64) NOT NULL
);

-- What was recorded before these tables existed, read from the event store when it lives in this database (the
-- embedded mode and the JDBC event store); with Axon Server there is nothing to read here.
DO $$
BEGIN
    IF to_regclass('axon.domain_event_entry') IS NOT NULL THEN
        INSERT INTO licenca_command.acesso_processo (processo_id, requerente_id)
        SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'requerenteId'
        FROM axon.domain_event_entry
        WHERE payload_type = 'br.licenciamento.api.processo.ProcessoProtocolado'
        ON CONFLICT (processo_id) DO NOTHING;

        INSERT INTO licenca_command.acesso_agregado (agregado_id, processo_id)
        SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'processoId'
        FROM axon.domain_event_entry
        WHERE payload_type IN ('br.licenciamento.api.documento.DocumentoAnexado',
                               'br.licenciamento.api.licenca.LicencaEmitida')
        ON CONFLICT (agregado_id) DO NOTHING;
    END IF;
END $$;
