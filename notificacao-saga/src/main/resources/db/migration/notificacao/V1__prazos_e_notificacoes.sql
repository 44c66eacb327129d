-- db-scheduler's table: Axon's DbSchedulerDeadlineManager keeps every saga deadline here, so deadlines survive
-- restarts and are fired by exactly one node. Layout from db-scheduler's postgresql_tables.sql (16.x).
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- Every notification a saga raised: the in-app inbox and the e-mail outbox in one row. The key (origin message,
-- kind, recipient) is unique, so a redelivered event or a re-fired deadline never notifies twice.
CREATE TABLE notificacao (
    notificacao_id      VARCHAR(36)              NOT NULL,
    chave               VARCHAR(400)             NOT NULL,
    tipo                VARCHAR(60)              NOT NULL,
    destinatario_tipo   VARCHAR(10)              NOT NULL,
    destinatario_id     VARCHAR(255)             NOT NULL,
    processo_id         VARCHAR(255),
    licenca_id          VARCHAR(255),
    assunto             VARCHAR(300)             NOT NULL,
    texto               TEXT                     NOT NULL,
    prazo               DATE,
    criada_em           TIMESTAMP WITH TIME ZONE NOT NULL,
    lida_em             TIMESTAMP WITH TIME ZONE,
    -- e-mail delivery: PENDENTE, ENVIADA, SEM_EMAIL (inbox only), FALHOU (dead letter, retried by operations)
    envio_situacao      VARCHAR(10)              NOT NULL,
    envio_email         VARCHAR(320),
    envio_tentativas    INT                      NOT NULL DEFAULT 0,
    envio_proxima       TIMESTAMP WITH TIME ZONE,
    envio_erro          VARCHAR(1000),
    enviada_em          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notificacao_pk PRIMARY KEY (notificacao_id),
    CONSTRAINT notificacao_chave_uk UNIQUE (chave)
);
CREATE INDEX notificacao_destinatario_idx ON notificacao (destinatario_tipo, destinatario_id, criada_em DESC);
CREATE INDEX notificacao_envio_idx ON notificacao (envio_situacao, envio_proxima);
