-- Each document of a process by the checklist item it answers (its category, normalised: lower case, no accents,
-- single spaces), when it first arrived and whether its current version was accepted. Written with the document's
-- events, so the process can check its checklist when it classifies, when a document arrives and when it is granted.
CREATE TABLE documento_do_processo (
    documento_id  VARCHAR(64)  PRIMARY KEY,
    processo_id   VARCHAR(64)  NOT NULL,
    categoria     VARCHAR(300) NOT NULL,
    anexado_em    DATE         NOT NULL,
    versao_atual  INTEGER      NOT NULL,
    aceito        BOOLEAN
);
CREATE INDEX documento_do_processo_processo_idx ON documento_do_processo (processo_id);

-- Documents stored before this table existed, read back from the event store when it is this database (the
-- one-process platform); behind Axon Server the documents of older processes are evaluated again to count.
DO $$
BEGIN
    IF to_regclass('axon.domain_event_entry') IS NOT NULL THEN
        INSERT INTO documento_do_processo (documento_id, processo_id, categoria, anexado_em, versao_atual, aceito)
        SELECT e.aggregate_identifier, p ->> 'processoId',
               lower(regexp_replace(trim(translate(coalesce(p ->> 'categoria', ''),
                   'ÁÀÂÃÄáàâãäÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÕÖóòôõöÚÙÛÜúùûüÇçÑñ',
                   'AAAAAaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuCcNn')), '\s+', ' ', 'g')),
               ((p ->> 'anexadoEm')::timestamptz AT TIME ZONE 'America/Sao_Paulo')::date, 1, NULL
        FROM axon.domain_event_entry e
                 CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS p) j
        WHERE e.payload_type = 'br.licenciamento.api.documento.DocumentoAnexado'
        ON CONFLICT (documento_id) DO NOTHING;

        UPDATE documento_do_processo d SET versao_atual = v.versao
        FROM (SELECT e.aggregate_identifier AS documento_id,
                     max((convert_from(e.payload, 'UTF8')::jsonb ->> 'numeroVersao')::int) AS versao
              FROM axon.domain_event_entry e
              WHERE e.payload_type = 'br.licenciamento.api.documento.NovaVersaoAnexada'
              GROUP BY e.aggregate_identifier) v
        WHERE d.documento_id = v.documento_id;

        UPDATE documento_do_processo d SET aceito = (a.p ->> 'aceito')::boolean
        FROM (SELECT e.aggregate_identifier AS documento_id, convert_from(e.payload, 'UTF8')::jsonb AS p
              FROM axon.domain_event_entry e
              WHERE e.payload_type = 'br.licenciamento.api.documento.DocumentoAvaliado') a
        WHERE d.documento_id = a.documento_id AND (a.p ->> 'numeroVersao')::int = d.versao_atual;
    END IF;
END $$;
