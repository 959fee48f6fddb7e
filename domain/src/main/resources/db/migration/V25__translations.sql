-- Translations of initiatives by people (issue 15, item 1). A translation is written per language by a contributor
-- of the initiative or a translator, saved as a draft and published: publishing writes its texts into initiative_text,
-- which readers, search, the API and exports already follow. "basis_*" keep the original's texts the translation was
-- made from (with the original's version number, source_version): when the original changes, the fields that differ
-- from their basis are out of date ("outdated", comma-separated field names), on the translation and, for readers in
-- the same statement as the texts, on initiative_text. Signed-in readers ask for a translation (translation_request);
-- open requests make the translators' queue per language. Translators choose their languages
-- (account_translation_language).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

ALTER TABLE initiative_text ADD COLUMN outdated VARCHAR(200);

CREATE SEQUENCE initiative_translation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE initiative_translation (
    id                BIGINT                   PRIMARY KEY,
    version           INTEGER                  DEFAULT 0 NOT NULL,
    initiative_id     BIGINT                   NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    language          VARCHAR(2)               NOT NULL,
    published         BOOLEAN                  DEFAULT FALSE NOT NULL,
    title             VARCHAR(200),
    summary           VARCHAR(500),
    description       VARCHAR(20000),
    objectives        VARCHAR(20000),
    results           VARCHAR(20000),
    challenges        VARCHAR(20000),
    lessons           VARCHAR(20000),
    resources         VARCHAR(20000),
    basis_title       VARCHAR(200),
    basis_summary     VARCHAR(500),
    basis_description VARCHAR(20000),
    basis_objectives  VARCHAR(20000),
    basis_results     VARCHAR(20000),
    basis_challenges  VARCHAR(20000),
    basis_lessons     VARCHAR(20000),
    basis_resources   VARCHAR(20000),
    source_version    INTEGER                  DEFAULT 0 NOT NULL,
    outdated          VARCHAR(200),
    translator_id     BIGINT                   REFERENCES account (id) ON DELETE SET NULL,
    translator_name   VARCHAR(120),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT initiative_translation_one UNIQUE (initiative_id, language)
);

CREATE SEQUENCE translation_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE translation_request (
    id            BIGINT                   PRIMARY KEY,
    initiative_id BIGINT                   NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    language      VARCHAR(2)               NOT NULL,
    requester_id  BIGINT                   REFERENCES account (id) ON DELETE SET NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX translation_request_open ON translation_request (language, answered_at, created_at);
CREATE INDEX translation_request_initiative ON translation_request (initiative_id, language);

CREATE TABLE account_translation_language (
    account_id BIGINT     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    language   VARCHAR(2) NOT NULL,
    PRIMARY KEY (account_id, language)
);
