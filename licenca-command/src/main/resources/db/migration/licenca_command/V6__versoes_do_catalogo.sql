-- Versions of the rule catalogue. Version 1 is the catalogue seeded by V2 (its rows stay in V2's tables), in force
-- since the beginning (no effective day, no author). Every version ADMIN publishes is a VersaoDoCatalogoPublicada
-- event; this row, with its whole content, is the command side's projection of it.
CREATE TABLE catalogo_versao (
    numero         INTEGER      PRIMARY KEY CHECK (numero >= 1),
    vigente_desde  DATE,
    publicada_em   TIMESTAMPTZ,
    autor          VARCHAR(200),
    conteudo       JSONB,
    CHECK ((numero = 1) = (vigente_desde IS NULL)),
    CHECK ((numero = 1) = (conteudo IS NULL))
);
INSERT INTO catalogo_versao (numero) VALUES (1);
