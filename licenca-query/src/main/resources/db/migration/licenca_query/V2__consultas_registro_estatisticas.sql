-- Issue 5: search by analyst, filing dates and overdue analysis; decisions for the statistics; the licence registry;
-- the legal nature of holders for the public transparency views. Every new query path has its index here.

-- Search model: what the analysis clock needs. The due date in force comes from the events (classification,
-- non-admission, complementation answered, public hearing); suspenso_desde is the start of a pending
-- complementation, during which the clock stands still. ultima_sequencia is the last event of the process applied,
-- so an event delivered twice changes nothing.
ALTER TABLE processo_resumo
    ADD COLUMN empreendimento_id VARCHAR(64),
    ADD COLUMN cnae              VARCHAR(9),
    ADD COLUMN analista          VARCHAR(100),
    ADD COLUMN prazo_analise_ate DATE,
    ADD COLUMN inicio_contagem   DATE,
    ADD COLUMN dias_suspensos    INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN suspenso_desde    DATE,
    ADD COLUMN encerrado         BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN ultima_sequencia  BIGINT  NOT NULL DEFAULT -1;

CREATE INDEX processo_resumo_analista_idx ON processo_resumo (analista, protocolado_em DESC);
CREATE INDEX processo_resumo_numero_idx ON processo_resumo (numero);
-- Overdue processes: open ones by due date (the search adds "prazo_analise_ate < today", which this index serves).
CREATE INDEX processo_resumo_prazo_aberto_idx ON processo_resumo (prazo_analise_ate) WHERE NOT encerrado;

-- One row per decision (grant or refusal; a decision after a granted appeal is a new row), with the due date in
-- force when it was taken and the analysis time it measured.
CREATE TABLE processo_decisao (
    processo_id       VARCHAR(64) NOT NULL,
    sequencia         BIGINT      NOT NULL,
    resultado         VARCHAR(16) NOT NULL,
    decidido_em       DATE        NOT NULL,
    tipo_licenca      VARCHAR(8)  NOT NULL,
    municipio_ibge    CHAR(7)     NOT NULL,
    prazo_analise_ate DATE,
    dias_de_analise   INTEGER,
    no_prazo          BOOLEAN,
    PRIMARY KEY (processo_id, sequencia)
);
CREATE INDEX processo_decisao_data_idx ON processo_decisao (decidido_em);
CREATE INDEX processo_decisao_municipio_idx ON processo_decisao (municipio_ibge, decidido_em);
CREATE INDEX processo_decisao_tipo_idx ON processo_decisao (tipo_licenca, decidido_em);

-- Licence registry: one row per issued licence, its situation as the events recorded it (the effective
-- situation also looks at the validity date, see registro/ConsultaDeLicencas).
CREATE TABLE licenca_registro (
    licenca_id              VARCHAR(64)  PRIMARY KEY,
    numero                  VARCHAR(40)  NOT NULL,
    codigo_autenticidade    VARCHAR(40)  NOT NULL,
    processo_id             VARCHAR(64)  NOT NULL,
    processo_numero         VARCHAR(32),
    requerente_id           VARCHAR(64)  NOT NULL,
    empreendimento_id       VARCHAR(64),
    empreendimento          VARCHAR(300),
    cnae                    VARCHAR(9),
    municipio_ibge          CHAR(7),
    tipo_licenca            VARCHAR(8)   NOT NULL,
    regime                  VARCHAR(16)  NOT NULL,
    emitida_em              DATE         NOT NULL,
    valida_ate              DATE         NOT NULL,
    situacao                VARCHAR(16)  NOT NULL,
    prorrogada_ate_decisao  BOOLEAN      NOT NULL DEFAULT FALSE,
    renovacao_solicitada_em DATE,
    renovada_em             DATE,
    suspensa_em             DATE,
    cancelada_em            DATE,
    vencida_em              DATE,
    ultima_sequencia        BIGINT       NOT NULL
);
CREATE INDEX licenca_registro_numero_idx ON licenca_registro (numero);
CREATE INDEX licenca_registro_emissao_idx ON licenca_registro (emitida_em DESC, licenca_id);
-- Valid / expiring within N days / expired / suspended / cancelled all start from the recorded situation and validity.
CREATE INDEX licenca_registro_situacao_idx ON licenca_registro (situacao, valida_ate);
CREATE INDEX licenca_registro_requerente_idx ON licenca_registro (requerente_id, emitida_em DESC);
CREATE INDEX licenca_registro_tipo_idx ON licenca_registro (tipo_licenca, emitida_em DESC);
CREATE INDEX licenca_registro_municipio_idx ON licenca_registro (municipio_ibge, emitida_em DESC);
CREATE INDEX licenca_registro_empreendimento_idx ON licenca_registro (empreendimento_id);

CREATE TABLE licenca_condicionante (
    licenca_id      VARCHAR(64)   NOT NULL,
    condicionante_id VARCHAR(64)  NOT NULL,
    ordem           INTEGER       NOT NULL,
    descricao       VARCHAR(4000) NOT NULL,
    prazo           DATE          NOT NULL,
    cumprida_em     DATE,
    descumprida_em  DATE,
    PRIMARY KEY (licenca_id, condicionante_id)
);

-- What the registry needs to know of the process a licence came from (kept by the same projection, so it is
-- there before the licence in every replay).
CREATE TABLE licenca_processo (
    processo_id    VARCHAR(64) PRIMARY KEY,
    numero         VARCHAR(32) NOT NULL,
    cnae           VARCHAR(9),
    municipio_ibge CHAR(7)     NOT NULL
);

-- Natural or legal person, from the people registry's events: the public views show only legal persons.
CREATE TABLE titular_natureza (
    pessoa_id VARCHAR(64) PRIMARY KEY,
    tipo      VARCHAR(8)  NOT NULL
);
