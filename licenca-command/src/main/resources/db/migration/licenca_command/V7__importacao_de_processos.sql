-- Imports of processes from an agency's former system: each batch, each of its rows and what became of it. A batch
-- is stored before it runs, so an import cut off by a restart resumes where it stopped.
CREATE TABLE importacao (
    importacao_id  VARCHAR(64)  PRIMARY KEY,
    autor          VARCHAR(200) NOT NULL,
    formato        VARCHAR(8)   NOT NULL,
    recebida_em    TIMESTAMPTZ  NOT NULL,
    concluida_em   TIMESTAMPTZ
);

CREATE TABLE importacao_linha (
    importacao_id  VARCHAR(64)  NOT NULL REFERENCES importacao (importacao_id),
    linha          INTEGER      NOT NULL,
    numero_legado  VARCHAR(100),
    conteudo       TEXT,
    resultado      VARCHAR(16)  NOT NULL CHECK (resultado IN ('PENDENTE', 'CRIADO', 'JA_IMPORTADO', 'RECUSADO')),
    processo_id    VARCHAR(64),
    regra          VARCHAR(80),
    motivo         TEXT,
    PRIMARY KEY (importacao_id, linha)
);
CREATE INDEX importacao_linha_pendente ON importacao_linha (importacao_id) WHERE resultado = 'PENDENTE';

-- Every imported process by its number in the former system, written with its import event: the same number is
-- never imported twice.
CREATE TABLE processo_importado (
    numero_legado  VARCHAR(100) PRIMARY KEY,
    processo_id    VARCHAR(64)  NOT NULL,
    importacao_id  VARCHAR(64)  NOT NULL,
    importado_em   TIMESTAMPTZ  NOT NULL
);
