-- Search model of licensing requests: one row per process, kept by the pesquisa-processos projection.
CREATE TABLE processo_resumo (
    processo_id     VARCHAR(64)  PRIMARY KEY,
    numero          VARCHAR(32)  NOT NULL,
    requerente_id   VARCHAR(64)  NOT NULL,
    empreendimento  VARCHAR(300) NOT NULL,
    municipio_ibge  CHAR(7)      NOT NULL,
    tipo_licenca    VARCHAR(8)   NOT NULL,
    regime          VARCHAR(16)  NOT NULL,
    situacao        VARCHAR(32)  NOT NULL,
    protocolado_em  TIMESTAMPTZ  NOT NULL
);
-- One index per search path; protocolado_em orders every page.
CREATE INDEX processo_resumo_protocolado_idx ON processo_resumo (protocolado_em DESC, processo_id);
CREATE INDEX processo_resumo_situacao_idx ON processo_resumo (situacao, protocolado_em DESC);
CREATE INDEX processo_resumo_tipo_idx ON processo_resumo (tipo_licenca, protocolado_em DESC);
CREATE INDEX processo_resumo_municipio_idx ON processo_resumo (municipio_ibge, protocolado_em DESC);
CREATE INDEX processo_resumo_requerente_idx ON processo_resumo (requerente_id, protocolado_em DESC);
