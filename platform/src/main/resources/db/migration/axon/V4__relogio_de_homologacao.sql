-- How far the homologation clock was moved forward (training and acceptance environments only; platform relogio/).
-- One row; absent = the real time. Kept here so the moved time survives a restart.
CREATE TABLE relogio_de_homologacao (
    id              SMALLINT    PRIMARY KEY CHECK (id = 1),
    deslocamento_ms BIGINT      NOT NULL CHECK (deslocamento_ms >= 0),
    movido_em       TIMESTAMPTZ NOT NULL,
    movido_por      VARCHAR(255) NOT NULL
);
