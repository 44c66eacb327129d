-- The licence certificate (certificado/): each version of the printed document, written by the licence registry's
-- projection (licencas-emitidas). Version 1 is the issue; a changed condition, a suspension and a renewal each issue a
-- new one. A version keeps what it printed (validity, situation, its conditions), so the same version always renders
-- the same document; the holder's name is asked of the people registry when rendering, never copied here.
CREATE TABLE licenca_certificado (
    licenca_id    VARCHAR(64)   NOT NULL,
    versao        INTEGER       NOT NULL,
    -- The licence event that issued this version: a redelivered event finds it and adds nothing.
    sequencia     BIGINT        NOT NULL,
    motivo        VARCHAR(32)   NOT NULL,
    emitida_em    DATE          NOT NULL,
    valida_ate    DATE          NOT NULL,
    situacao      VARCHAR(16)   NOT NULL,
    suspensa_em   DATE,
    -- The act behind this version (a change, suspension or renewal) and who performed it (event metadata).
    fundamentos   TEXT,
    assinada_por  TEXT,
    PRIMARY KEY (licenca_id, versao),
    UNIQUE (licenca_id, sequencia)
);

CREATE TABLE licenca_certificado_condicionante (
    licenca_id  VARCHAR(64)   NOT NULL,
    versao      INTEGER       NOT NULL,
    ordem       INTEGER       NOT NULL,
    descricao   VARCHAR(4000) NOT NULL,
    prazo       DATE          NOT NULL,
    PRIMARY KEY (licenca_id, versao, ordem)
);

-- The grant's legal basis, printed on every version: ProcessoDeferido carries it, keyed by the licence it issues.
CREATE TABLE licenca_deferimento (
    licenca_id   VARCHAR(64) PRIMARY KEY,
    fundamentos  TEXT
);
