-- Contests: their texts and categories, the entries the public sends with their media, and the jury's scores.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE contest_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contest_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE jury_score_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE contest (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               INTEGER       NOT NULL DEFAULT 0,
    status                VARCHAR(20)   NOT NULL,
    original_language     VARCHAR(2)    NOT NULL,
    min_age               INTEGER       NOT NULL,
    max_age               INTEGER       NOT NULL,
    opens_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    max_image_bytes       BIGINT        NOT NULL,
    video_hosts           VARCHAR(300),
    max_video_bytes       BIGINT        NOT NULL DEFAULT 0,
    winners_announced_at  TIMESTAMP WITH TIME ZONE,
    created_by            BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contest_ages_ck CHECK (min_age <= max_age),
    CONSTRAINT contest_dates_ck CHECK (closes_at >= opens_at)
);
CREATE INDEX contest_status_idx ON contest (status, closes_at);

CREATE TABLE contest_text (
    contest_id   BIGINT          NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
    language     VARCHAR(2)      NOT NULL,
    title        VARCHAR(200)    NOT NULL,
    description  VARCHAR(10000),
    rules        VARCHAR(10000),
    PRIMARY KEY (contest_id, language)
);

CREATE TABLE contest_category (
    contest_id  BIGINT       NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
    category    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (contest_id, category)
);

CREATE TABLE contest_entry (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           INTEGER       NOT NULL DEFAULT 0,
    contest_id        BIGINT        NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
    participant_name  VARCHAR(120)  NOT NULL,
    age               INTEGER       NOT NULL,
    email             VARCHAR(254)  NOT NULL,
    category          VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    guardian_name     VARCHAR(120),
    media_kind        VARCHAR(20)   NOT NULL,
    video_link        VARCHAR(500),
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    moderation        VARCHAR(20)   NOT NULL,
    rejection_reason  VARCHAR(500),
    moderated_at      TIMESTAMP WITH TIME ZONE,
    moderated_by      VARCHAR(120),
    place             INTEGER,
    CONSTRAINT contest_entry_consent_ck CHECK (age >= 18 OR guardian_name IS NOT NULL),
    CONSTRAINT contest_entry_place_ck CHECK (place IS NULL OR moderation = 'APPROVED')
);
CREATE INDEX contest_entry_contest_idx ON contest_entry (contest_id, moderation);

CREATE TABLE contest_entry_media (
    entry_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES contest_entry (id) ON DELETE CASCADE,
    content_type  VARCHAR(60)  NOT NULL,
    content       BYTEA        NOT NULL,
    thumbnail     BYTEA
);

CREATE TABLE jury_score (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     INTEGER        NOT NULL DEFAULT 0,
    entry_id    BIGINT         NOT NULL REFERENCES contest_entry (id) ON DELETE CASCADE,
    juror_id    BIGINT         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    juror_name  VARCHAR(120),
    score       INTEGER        NOT NULL,
    note        VARCHAR(1000),
    scored_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT jury_score_range_ck CHECK (score BETWEEN 1 AND 10),
    CONSTRAINT jury_score_once_uk UNIQUE (entry_id, juror_id)
);
