-- The read-model version each projection (processing group) was last built with. On start the platform compares
-- it with the version the code declares (@VersaoDaProjecao) and replays the projection when they differ.
CREATE TABLE versao_de_projecao (
    grupo          VARCHAR(255) NOT NULL,
    versao         INTEGER      NOT NULL,
    processador    VARCHAR(255) NOT NULL,
    reconstruida   BOOLEAN      NOT NULL,
    registrada_em  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT versao_de_projecao_pk PRIMARY KEY (grupo)
);
