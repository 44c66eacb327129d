-- Powers of attorney as access needs them, kept in the command's transaction like `representacao` (the tracking
-- read model `procuracao` may be behind): an applicant reaches another person's process through a power of attorney
-- that person granted to one of the applicant's persons, only within its scope and validity, and not after revocation.
CREATE TABLE procuracao_outorgada (
    procuracao_id VARCHAR(64) PRIMARY KEY,
    outorgante_id VARCHAR(64) NOT NULL,
    procurador_id VARCHAR(64) NOT NULL,
    alcance       VARCHAR(16) NOT NULL,
    objeto_id     VARCHAR(64) NOT NULL,
    inicio        DATE        NOT NULL,
    fim           DATE        NOT NULL,
    revogada      BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX procuracao_outorgada_procurador_idx ON procuracao_outorgada (procurador_id);

-- Grants recorded before this table existed, read from the event store when it lives in this database (the embedded
-- mode and the JDBC event store); with Axon Server the read model `procuracao` holds them.
DO $$
BEGIN
    IF to_regclass('axon.domain_event_entry') IS NOT NULL THEN
        INSERT INTO pessoa.procuracao_outorgada (procuracao_id, outorgante_id, procurador_id, alcance, objeto_id, inicio, fim)
        SELECT e ->> 'procuracaoId', e ->> 'pessoaId', e ->> 'procuradorId', e ->> 'alcance', e ->> 'objetoId',
               (e ->> 'inicio')::date, (e ->> 'fim')::date
        FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS e FROM axon.domain_event_entry
              WHERE payload_type = 'br.licenciamento.api.pessoa.ProcuradorAutorizado') autorizadas
        ON CONFLICT (procuracao_id) DO NOTHING;

        UPDATE pessoa.procuracao_outorgada SET revogada = TRUE
        WHERE procuracao_id IN (SELECT convert_from(payload, 'UTF8')::jsonb ->> 'procuracaoId' FROM axon.domain_event_entry
                                WHERE payload_type = 'br.licenciamento.api.pessoa.ProcuracaoRevogada');
    ELSE
        INSERT INTO pessoa.procuracao_outorgada (procuracao_id, outorgante_id, procurador_id, alcance, objeto_id, inicio, fim, revogada)
        SELECT procuracao_id, outorgante_id, procurador_id, alcance, objeto_id, inicio, fim, revogada FROM pessoa.procuracao
        ON CONFLICT (procuracao_id) DO NOTHING;
    END IF;
END $$;
