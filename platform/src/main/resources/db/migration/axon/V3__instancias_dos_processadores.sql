-- Which instances of a service run each tracking processor, as each one says every few seconds; replicas share the
-- processor's segments by this count (platform axon/PartilhaDeSegmentos).
CREATE TABLE instancia_de_processador (
    processador VARCHAR(255) NOT NULL,
    instancia   VARCHAR(255) NOT NULL,
    visto_em    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT instancia_de_processador_pk PRIMARY KEY (processador, instancia)
);
