-- Command side ------------------------------------------------------------------------------------------

-- One AES key per person (LGPD crypto-shredding): deleting the row makes that person's data in the event
-- store unreadable.
CREATE TABLE chave_pessoal (
    pessoa_id  VARCHAR(64) PRIMARY KEY,
    chave      BYTEA       NOT NULL,
    criada_em  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Set-based uniqueness of CPF/CNPJ, claimed in the registering command's transaction. Holds the keyed hash
-- (HMAC) of the normalized document, never the document itself.
CREATE TABLE documento_registrado (
    documento_hash  CHAR(64)    PRIMARY KEY,
    pessoa_id       VARCHAR(64) NOT NULL,
    reivindicado_em TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Read side -------------------------------------------------------------------------------------------

-- Status of each person, kept in the same transaction as the events (subscribing processor), so another
-- context may ask "does this person exist and is active?" right after the registration.
CREATE TABLE situacao_cadastral (
    pessoa_id VARCHAR(64) PRIMARY KEY,
    tipo      VARCHAR(16) NOT NULL,
    ativa     BOOLEAN     NOT NULL,
    eliminada BOOLEAN     NOT NULL
);

-- The registry as users search and read it (tracking projection, rebuilt by replay). Personal columns are
-- nulled when the person's data is erased.
CREATE TABLE pessoa_resumo (
    pessoa_id          VARCHAR(64)  PRIMARY KEY,
    tipo               VARCHAR(16)  NOT NULL,
    documento          VARCHAR(14),
    nome               VARCHAR(300),
    nome_fantasia      VARCHAR(300),
    -- name and trade name lower-cased without accents, for accent-insensitive partial search
    nome_busca         VARCHAR(610),
    cnae_principal     VARCHAR(9),
    representante_cpf  VARCHAR(11),
    representante_nome VARCHAR(300),
    logradouro         VARCHAR(300),
    numero             VARCHAR(30),
    complemento        VARCHAR(100),
    bairro             VARCHAR(100),
    municipio_ibge     CHAR(7),
    cep                CHAR(8),
    email              VARCHAR(254),
    telefone           VARCHAR(11),
    ativa              BOOLEAN      NOT NULL,
    dados_eliminados   BOOLEAN      NOT NULL DEFAULT FALSE,
    registrada_em      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX pessoa_resumo_documento_idx ON pessoa_resumo (documento);
CREATE INDEX pessoa_resumo_municipio_idx ON pessoa_resumo (municipio_ibge, nome_busca);
CREATE INDEX pessoa_resumo_nome_idx ON pessoa_resumo (nome_busca);

CREATE TABLE procuracao (
    procuracao_id VARCHAR(64) PRIMARY KEY,
    outorgante_id VARCHAR(64) NOT NULL,
    procurador_id VARCHAR(64) NOT NULL,
    alcance       VARCHAR(16) NOT NULL,
    objeto_id     VARCHAR(64) NOT NULL,
    inicio        DATE        NOT NULL,
    fim           DATE        NOT NULL,
    revogada      BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX procuracao_outorgante_idx ON procuracao (outorgante_id);
CREATE INDEX procuracao_procurador_idx ON procuracao (procurador_id);

CREATE TABLE responsavel_tecnico (
    designacao_id         VARCHAR(64) PRIMARY KEY,
    pessoa_id             VARCHAR(64) NOT NULL,
    responsavel_id        VARCHAR(64) NOT NULL,
    -- nulled when the responsible's data is erased
    registro_profissional VARCHAR(40),
    numero_art            VARCHAR(20) NOT NULL,
    alcance               VARCHAR(16) NOT NULL,
    objeto_id             VARCHAR(64) NOT NULL
);
CREATE INDEX responsavel_tecnico_pessoa_idx ON responsavel_tecnico (pessoa_id);
CREATE INDEX responsavel_tecnico_responsavel_idx ON responsavel_tecnico (responsavel_id);
