-- Issue 25: where each process is (the GeoJSON of its location and its bounding box, for the public map's bbox) and
-- what its latest territorial analysis found (competent sphere; the features it touches; the consents it requires).
-- Filled by the pesquisa-processos projection; upgrading installations get them on the next replay of that group.
ALTER TABLE processo_resumo
    ADD COLUMN geometria         TEXT,
    ADD COLUMN lon_min           DOUBLE PRECISION,
    ADD COLUMN lat_min           DOUBLE PRECISION,
    ADD COLUMN lon_max           DOUBLE PRECISION,
    ADD COLUMN lat_max           DOUBLE PRECISION,
    ADD COLUMN esfera_competente VARCHAR(16),
    ADD COLUMN competente        BOOLEAN;
-- The map's bbox test compares both corners; this index narrows by the west edge, the rest is filtered.
CREATE INDEX processo_resumo_envoltoria_idx ON processo_resumo (lon_min, lat_min) WHERE geometria IS NOT NULL;

-- The features the latest analysis of each process touches (replaced on every analysis): "processes touching UC X".
CREATE TABLE processo_feicao (
    processo_id VARCHAR(64) NOT NULL,
    camada_id   TEXT        NOT NULL,
    versao      INTEGER     NOT NULL,
    feicao_id   TEXT        NOT NULL,
    nome        TEXT,
    relacao     VARCHAR(16) NOT NULL,
    PRIMARY KEY (processo_id, camada_id, feicao_id)
);
CREATE INDEX processo_feicao_feicao_idx ON processo_feicao (feicao_id);
CREATE INDEX processo_feicao_camada_idx ON processo_feicao (camada_id);

-- The managers' consents: required by the latest analysis, and recorded (whenever, before or after that analysis).
CREATE TABLE processo_anuencia (
    processo_id VARCHAR(64) NOT NULL,
    feicao_id   TEXT        NOT NULL,
    exigida     BOOLEAN     NOT NULL DEFAULT FALSE,
    registrada  BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (processo_id, feicao_id)
);
