-- Which signed-in user acts for which person: the account that registered a person represents it.
-- Scopes an applicant's view and actions to their own persons' processes.
CREATE TABLE representacao (
    usuario   VARCHAR(255) NOT NULL,
    pessoa_id VARCHAR(64)  NOT NULL,
    CONSTRAINT representacao_pk PRIMARY KEY (usuario, pessoa_id)
);
