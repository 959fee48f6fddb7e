-- Initiatives of civil participation and the managed lists that classify them.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- EclipseLink takes the block [next - increment + 1, next], so the first block is 1..50.
CREATE SEQUENCE initiative_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE term_seq START WITH 1010 INCREMENT BY 10;

CREATE TABLE term (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   INTEGER      NOT NULL DEFAULT 0,
    kind      VARCHAR(20)  NOT NULL,
    code      VARCHAR(60)  NOT NULL,
    name_hy   VARCHAR(200) NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_fr   VARCHAR(200) NOT NULL,
    name_ru   VARCHAR(200) NOT NULL,
    position  INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT term_kind_code_uk UNIQUE (kind, code)
);

CREATE TABLE initiative (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            INTEGER      NOT NULL DEFAULT 0,
    status             VARCHAR(20)  NOT NULL,
    original_language  VARCHAR(2)   NOT NULL,
    country            VARCHAR(2)   NOT NULL,
    region             VARCHAR(120),
    municipality       VARCHAR(120),
    government_level   VARCHAR(20)  NOT NULL,
    format             VARCHAR(20),
    start_date         DATE,
    end_date           DATE,
    ongoing            BOOLEAN      NOT NULL DEFAULT FALSE,
    cso_name           VARCHAR(200),
    cso_contact        VARCHAR(120),
    cso_email          VARCHAR(254),
    authority_name     VARCHAR(200),
    authority_contact  VARCHAR(120),
    authority_email    VARCHAR(254),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT initiative_dates_ck CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX initiative_status_idx ON initiative (status, submitted_at);
CREATE INDEX initiative_country_idx ON initiative (country);

CREATE TABLE initiative_text (
    initiative_id  BIGINT         NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    language       VARCHAR(2)     NOT NULL,
    title          VARCHAR(200)   NOT NULL,
    summary        VARCHAR(500)   NOT NULL,
    description    VARCHAR(20000),
    objectives     VARCHAR(20000),
    results        VARCHAR(20000),
    challenges     VARCHAR(20000),
    lessons        VARCHAR(20000),
    resources      VARCHAR(20000),
    PRIMARY KEY (initiative_id, language)
);

CREATE TABLE initiative_stage (
    initiative_id  BIGINT      NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    stage          VARCHAR(30) NOT NULL,
    PRIMARY KEY (initiative_id, stage)
);
CREATE INDEX initiative_stage_idx ON initiative_stage (stage);

CREATE TABLE initiative_participation (
    initiative_id        BIGINT      NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    participation_level  VARCHAR(30) NOT NULL,
    PRIMARY KEY (initiative_id, participation_level)
);
CREATE INDEX initiative_participation_idx ON initiative_participation (participation_level);

CREATE TABLE initiative_term (
    initiative_id  BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    term_id        BIGINT NOT NULL REFERENCES term (id),
    PRIMARY KEY (initiative_id, term_id)
);
CREATE INDEX initiative_term_idx ON initiative_term (term_id);

CREATE TABLE initiative_link (
    initiative_id  BIGINT        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    url            VARCHAR(1000) NOT NULL,
    label          VARCHAR(200),
    PRIMARY KEY (initiative_id, position)
);
