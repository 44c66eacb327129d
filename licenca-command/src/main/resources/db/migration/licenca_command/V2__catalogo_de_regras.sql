-- Rule catalogue: what a state agency configures instead of code. Seeded with docs/dominio.md's values
-- (CONAMA 237/1997 + LC 140/2011 and Lei 15.190/2025); an agency updates these rows to its own rules.

-- Classification matrix: size x polluting potential -> class 1..6.
CREATE TABLE catalogo_enquadramento (
    porte      CHAR(1)  NOT NULL,
    potencial  CHAR(1)  NOT NULL,
    classe     SMALLINT NOT NULL CHECK (classe BETWEEN 1 AND 6),
    PRIMARY KEY (porte, potencial)
);
INSERT INTO catalogo_enquadramento (porte, potencial, classe) VALUES
    ('P', 'P', 1), ('P', 'M', 2), ('P', 'G', 4),
    ('M', 'P', 1), ('M', 'M', 3), ('M', 'G', 5),
    ('G', 'P', 4), ('G', 'M', 5), ('G', 'G', 6);

-- Procedure per class: licence types it admits, studies and document checklist (comma separated).
-- LAC (self-declaration) is admitted for small/medium size with low/medium potential: classes 1 to 3.
CREATE TABLE catalogo_procedimento (
    classe               SMALLINT     PRIMARY KEY CHECK (classe BETWEEN 1 AND 6),
    modalidade           VARCHAR(16)  NOT NULL,
    tipos_admitidos      VARCHAR(200) NOT NULL,
    estudos              VARCHAR(200) NOT NULL,
    documentos_exigidos  VARCHAR(2000) NOT NULL
);
INSERT INTO catalogo_procedimento VALUES
    (1, 'LAC',       'LAC,LOC',                 '',
        'Requerimento assinado,Declaracao de adesao e compromisso,Anotacao de responsabilidade tecnica'),
    (2, 'UNIFASICO', 'LAU,LAC,LOC',                'RAS',
        'Requerimento assinado,Relatorio ambiental simplificado,Anotacao de responsabilidade tecnica,Certidao de uso do solo'),
    (3, 'BIFASICO',  'LP_LI,LI_LO,LP,LO,LAC,LOC', 'RCA_PCA',
        'Requerimento assinado,Relatorio de controle ambiental,Plano de controle ambiental,Anotacao de responsabilidade tecnica,Certidao de uso do solo'),
    (4, 'TRIFASICO', 'LP,LI,LO,LOC',            'RCA_PCA',
        'Requerimento assinado,Relatorio de controle ambiental,Plano de controle ambiental,Anotacao de responsabilidade tecnica,Certidao de uso do solo'),
    (5, 'TRIFASICO', 'LP,LI,LO,LOC,LAE',        'EIA_RIMA,PBA',
        'Requerimento assinado,Estudo de impacto ambiental,Relatorio de impacto ambiental,Plano basico ambiental,Anotacao de responsabilidade tecnica,Certidao de uso do solo'),
    (6, 'TRIFASICO', 'LP,LI,LO,LOC,LAE',        'EIA_RIMA,PBA',
        'Requerimento assinado,Estudo de impacto ambiental,Relatorio de impacto ambiental,Plano basico ambiental,Anotacao de responsabilidade tecnica,Certidao de uso do solo');

-- Agency's analysis time in months, per regime, licence type and whether EIA/RIMA (or a hearing) is involved.
CREATE TABLE catalogo_prazo_analise (
    regime        VARCHAR(16) NOT NULL,
    tipo_licenca  VARCHAR(8)  NOT NULL,
    com_eia_rima  BOOLEAN     NOT NULL,
    meses         SMALLINT    NOT NULL CHECK (meses >= 0),
    PRIMARY KEY (regime, tipo_licenca, com_eia_rima)
);
-- CONAMA 237 art. 14: 6 months, 12 with EIA/RIMA or public hearing.
INSERT INTO catalogo_prazo_analise
SELECT 'CONAMA_237', tipo, eia, CASE WHEN eia THEN 12 ELSE 6 END
FROM unnest(ARRAY['LP','LI','LO','LP_LI','LI_LO','LAU','LAC','LOC','LAE']) AS tipo,
     unnest(ARRAY[false, true]) AS eia;
-- Lei 15.190 art. 47: LP with EIA 10, LP other 6; LI, LO, LOC, LAU 3; two-phase 4 (10 with EIA); LAE 12; LAC none.
INSERT INTO catalogo_prazo_analise VALUES
    ('LEI_15190', 'LP', false, 6),    ('LEI_15190', 'LP', true, 10),
    ('LEI_15190', 'LI', false, 3),    ('LEI_15190', 'LI', true, 3),
    ('LEI_15190', 'LO', false, 3),    ('LEI_15190', 'LO', true, 3),
    ('LEI_15190', 'LOC', false, 3),   ('LEI_15190', 'LOC', true, 3),
    ('LEI_15190', 'LAU', false, 3),   ('LEI_15190', 'LAU', true, 3),
    ('LEI_15190', 'LP_LI', false, 4), ('LEI_15190', 'LP_LI', true, 10),
    ('LEI_15190', 'LI_LO', false, 4), ('LEI_15190', 'LI_LO', true, 10),
    ('LEI_15190', 'LAE', false, 12),  ('LEI_15190', 'LAE', true, 12),
    ('LEI_15190', 'LAC', false, 0),   ('LEI_15190', 'LAC', true, 0);

-- Validity range in months, per regime and licence type (CONAMA 237 art. 18; Lei 15.190 art. 6).
CREATE TABLE catalogo_validade (
    regime        VARCHAR(16) NOT NULL,
    tipo_licenca  VARCHAR(8)  NOT NULL,
    minimo_meses  SMALLINT    NOT NULL CHECK (minimo_meses >= 1),
    maximo_meses  SMALLINT    NOT NULL,
    PRIMARY KEY (regime, tipo_licenca),
    CHECK (maximo_meses >= minimo_meses)
);
INSERT INTO catalogo_validade VALUES
    ('CONAMA_237', 'LP', 1, 60),    ('CONAMA_237', 'LI', 1, 72),    ('CONAMA_237', 'LO', 48, 120),
    ('CONAMA_237', 'LP_LI', 1, 72), ('CONAMA_237', 'LI_LO', 48, 120), ('CONAMA_237', 'LAU', 48, 120),
    ('CONAMA_237', 'LAC', 48, 120), ('CONAMA_237', 'LOC', 48, 120), ('CONAMA_237', 'LAE', 48, 120),
    ('LEI_15190', 'LP', 36, 72),    ('LEI_15190', 'LI', 36, 72),    ('LEI_15190', 'LP_LI', 36, 72),
    ('LEI_15190', 'LO', 60, 120),   ('LEI_15190', 'LI_LO', 60, 120), ('LEI_15190', 'LAU', 60, 120),
    ('LEI_15190', 'LAC', 60, 120),  ('LEI_15190', 'LOC', 60, 120),  ('LEI_15190', 'LAE', 60, 120);

-- Per-regime deadlines that do not depend on the licence type.
CREATE TABLE catalogo_parametros_regime (
    regime                         VARCHAR(16) PRIMARY KEY,
    prazo_complementacao_meses     SMALLINT    NOT NULL,
    antecedencia_renovacao_dias    SMALLINT    NOT NULL,
    prorrogacao_automatica         BOOLEAN     NOT NULL,
    prazo_admissibilidade_dias     SMALLINT,
    prazo_recurso_dias             SMALLINT    NOT NULL,
    prazo_julgamento_recurso_dias  SMALLINT    NOT NULL,
    prazo_recurso_condicionante_dias SMALLINT  NOT NULL
);
-- Admissibility window: Lei 15.190 art. 47 par. 2 (15 days); CONAMA 237 sets none (NULL).
-- Appeals: 10 days to file, 30 to decide (Lei 9.784); 30 days against a change of conditions (Lei 15.190 art. 16 par. 2).
INSERT INTO catalogo_parametros_regime VALUES
    ('CONAMA_237', 4, 120, true, NULL, 10, 30, 10),
    ('LEI_15190',  4, 120, true, 15,   10, 30, 30);
