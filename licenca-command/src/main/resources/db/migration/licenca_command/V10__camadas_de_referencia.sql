-- Issue 25: reference layers, versioned by the agency (no PostGIS: geometries are WKB, indexed in memory by the
-- service), and where each open process is, so a new layer version re-analyses the processes near what changed.
CREATE TABLE versao_de_camada (
    camada_id    VARCHAR(100) NOT NULL,
    versao       INTEGER      NOT NULL,
    nome         VARCHAR(200) NOT NULL,
    tipo         VARCHAR(40)  NOT NULL,
    feicoes      INTEGER      NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    publicada    BOOLEAN      NOT NULL DEFAULT FALSE,
    publicada_em TIMESTAMPTZ,
    PRIMARY KEY (camada_id, versao)
);

CREATE TABLE feicao_de_camada (
    camada_id      VARCHAR(100) NOT NULL,
    versao         INTEGER      NOT NULL,
    feicao_id      VARCHAR(300) NOT NULL,
    nome           VARCHAR(300),
    esfera         VARCHAR(20),
    categoria      VARCHAR(300),
    faixa_metros   DOUBLE PRECISION,
    uf             VARCHAR(300),
    municipio_ibge VARCHAR(300),
    geometria      BYTEA        NOT NULL,
    PRIMARY KEY (camada_id, versao, feicao_id),
    FOREIGN KEY (camada_id, versao) REFERENCES versao_de_camada (camada_id, versao) ON DELETE CASCADE
);

CREATE TABLE localizacao_do_processo (
    processo_id VARCHAR(64)      PRIMARY KEY,
    min_lon     DOUBLE PRECISION NOT NULL,
    min_lat     DOUBLE PRECISION NOT NULL,
    max_lon     DOUBLE PRECISION NOT NULL,
    max_lat     DOUBLE PRECISION NOT NULL,
    encerrado   BOOLEAN          NOT NULL DEFAULT FALSE
);
CREATE INDEX localizacao_do_processo_abertos ON localizacao_do_processo (min_lon, max_lon) WHERE NOT encerrado;
