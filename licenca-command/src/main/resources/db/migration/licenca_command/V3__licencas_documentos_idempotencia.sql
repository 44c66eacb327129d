-- Public numbers of issued licences.
CREATE SEQUENCE numero_licenca_seq INCREMENT BY 1 START WITH 1;

-- Licence registry, kept by this module from its own licence events (a subscribing processor); the filing of
-- an LI or LO reads it to find the prior licence.
CREATE TABLE registro_licenca (
    licenca_id              VARCHAR(64) PRIMARY KEY,
    empreendimento_id       VARCHAR(64) NOT NULL,
    tipo_licenca            VARCHAR(8)  NOT NULL,
    situacao                VARCHAR(16) NOT NULL,
    valida_ate              DATE        NOT NULL,
    prorrogada_ate_decisao  BOOLEAN     NOT NULL
);
CREATE INDEX registro_licenca_empreendimento_idx ON registro_licenca (empreendimento_id);

-- Document bytes, addressed by their SHA-256: events carry the hash, never the bytes.
CREATE TABLE conteudo_documento (
    sha256      CHAR(64)    PRIMARY KEY,
    tamanho     BIGINT      NOT NULL,
    bytes       BYTEA       NOT NULL,
    gravado_em  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Versions of each document, so a download finds the bytes of the current (or any) version.
CREATE TABLE versao_documento (
    documento_id   VARCHAR(64)  NOT NULL,
    numero_versao  INTEGER      NOT NULL,
    processo_id    VARCHAR(64)  NOT NULL,
    nome_arquivo   VARCHAR(255) NOT NULL,
    tipo_de_midia  VARCHAR(100) NOT NULL,
    sha256         CHAR(64)     NOT NULL REFERENCES conteudo_documento (sha256),
    PRIMARY KEY (documento_id, numero_versao)
);

-- Idempotency-Key: the first answer to a key is replayed to retries with the same request.
CREATE TABLE idempotencia (
    chave          VARCHAR(200) PRIMARY KEY,
    hash_pedido    CHAR(64)     NOT NULL,
    status         INTEGER      NOT NULL,
    tipo_conteudo  VARCHAR(100),
    localizacao    VARCHAR(500),
    etag           VARCHAR(100),
    corpo          TEXT,
    criada_em      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
