-- The news portal: news items and announcements with their texts and tags, the editors' image library, and the
-- audit trail of what editors did.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE news_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE news_image_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE news_image (
    id            BIGINT        NOT NULL PRIMARY KEY,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(60)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    width         INTEGER       NOT NULL,
    height        INTEGER       NOT NULL,
    uploaded_by   BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX news_image_created_idx ON news_image (created_at);

CREATE TABLE news_image_content (
    image_id   BIGINT NOT NULL PRIMARY KEY REFERENCES news_image (id) ON DELETE CASCADE,
    content    BYTEA  NOT NULL,
    thumbnail  BYTEA  NOT NULL
);

CREATE TABLE news_item (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            INTEGER       NOT NULL DEFAULT 0,
    category           VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    original_language  VARCHAR(2)    NOT NULL,
    cover_image_id     BIGINT        REFERENCES news_image (id) ON DELETE SET NULL,
    cta_link           VARCHAR(500),
    pinned             BOOLEAN       NOT NULL DEFAULT FALSE,
    publish_at         TIMESTAMP WITH TIME ZONE,
    author_id          BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    author_name        VARCHAR(120),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT news_item_published_ck CHECK (status IN ('DRAFT', 'UNPUBLISHED') OR publish_at IS NOT NULL)
);
CREATE INDEX news_item_visible_idx ON news_item (status, publish_at);
CREATE INDEX news_item_updated_idx ON news_item (updated_at);

CREATE TABLE news_text (
    news_id     BIGINT          NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    language    VARCHAR(2)      NOT NULL,
    title       VARCHAR(200)    NOT NULL,
    teaser      VARCHAR(500),
    body        VARCHAR(100000),
    cta_label   VARCHAR(80),
    image_alt   VARCHAR(300),
    PRIMARY KEY (news_id, language)
);

CREATE TABLE news_tag (
    news_id   BIGINT       NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    tag       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (news_id, position)
);
CREATE INDEX news_tag_idx ON news_tag (tag);

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      BIGINT,
    actor_name    VARCHAR(120),
    action        VARCHAR(30)   NOT NULL,
    subject_type  VARCHAR(20)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    detail        VARCHAR(500)
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);
