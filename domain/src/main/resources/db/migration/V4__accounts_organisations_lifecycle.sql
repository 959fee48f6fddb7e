-- Accounts, organisations, the two-sided lifecycle of an initiative, reviews, versions, media and notifications.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE partner_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE transition_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE initiative_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      INTEGER       NOT NULL DEFAULT 0,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    country      VARCHAR(2)    NOT NULL,
    website      VARCHAR(1000),
    description  VARCHAR(4000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX organisation_name_idx ON organisation (name);

CREATE TABLE account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        INTEGER      NOT NULL DEFAULT 0,
    email          VARCHAR(254),
    display_name   VARCHAR(120),
    password_hash  VARCHAR(400),
    language       VARCHAR(2)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at    TIMESTAMP WITH TIME ZONE,
    deleted_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_email_uk UNIQUE (email)
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE account_organisation (
    account_id       BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    organisation_id  BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, organisation_id)
);
CREATE INDEX account_organisation_idx ON account_organisation (organisation_id);

CREATE TABLE account_token (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_token_hash_uk UNIQUE (token_hash)
);

ALTER TABLE initiative ADD COLUMN owner_id BIGINT REFERENCES organisation (id);
ALTER TABLE initiative ADD COLUMN partner_id BIGINT REFERENCES organisation (id);
ALTER TABLE initiative ADD COLUMN owner_role VARCHAR(4000);
ALTER TABLE initiative ADD COLUMN owner_assessment VARCHAR(4000);
ALTER TABLE initiative ADD COLUMN owner_differently VARCHAR(4000);
ALTER TABLE initiative ADD COLUMN partner_role VARCHAR(4000);
ALTER TABLE initiative ADD COLUMN partner_assessment VARCHAR(4000);
ALTER TABLE initiative ADD COLUMN partner_differently VARCHAR(4000);
ALTER TABLE initiative ADD COLUMN wizard_step INTEGER NOT NULL DEFAULT 0;
ALTER TABLE initiative ADD COLUMN created_by BIGINT REFERENCES account (id);
CREATE INDEX initiative_owner_idx ON initiative (owner_id);
CREATE INDEX initiative_partner_idx ON initiative (partner_id);

CREATE TABLE partner_invitation (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            INTEGER      NOT NULL DEFAULT 0,
    initiative_id      BIGINT       NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    organisation_name  VARCHAR(200) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    token_hash         VARCHAR(64)  NOT NULL,
    invited_by         BIGINT       REFERENCES account (id),
    invited_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at        TIMESTAMP WITH TIME ZONE,
    accepted_by        BIGINT       REFERENCES account (id),
    revoked_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT partner_invitation_hash_uk UNIQUE (token_hash)
);
CREATE INDEX partner_invitation_initiative_idx ON partner_invitation (initiative_id);

CREATE TABLE initiative_transition (
    id             BIGINT        NOT NULL PRIMARY KEY,
    initiative_id  BIGINT        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    from_status    VARCHAR(20)   NOT NULL,
    to_status      VARCHAR(20)   NOT NULL,
    actor_id       BIGINT        REFERENCES account (id),
    actor_name     VARCHAR(120),
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    message        VARCHAR(4000)
);
CREATE INDEX initiative_transition_idx ON initiative_transition (initiative_id, at);

CREATE TABLE review (
    id             BIGINT        NOT NULL PRIMARY KEY,
    initiative_id  BIGINT        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    reviewer_id    BIGINT        REFERENCES account (id),
    reviewer_name  VARCHAR(120),
    decision       VARCHAR(20)   NOT NULL,
    message        VARCHAR(4000),
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_initiative_idx ON review (initiative_id);

CREATE TABLE review_assessment (
    review_id  BIGINT        NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    principle  VARCHAR(60)   NOT NULL,
    rating     VARCHAR(20)   NOT NULL,
    note       VARCHAR(2000),
    PRIMARY KEY (review_id, position)
);

CREATE TABLE initiative_version (
    id             BIGINT          NOT NULL PRIMARY KEY,
    initiative_id  BIGINT          NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    number         INTEGER         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    author_id      BIGINT          REFERENCES account (id),
    author_name    VARCHAR(120),
    snapshot       VARCHAR(1000000) NOT NULL,
    CONSTRAINT initiative_version_uk UNIQUE (initiative_id, number)
);

CREATE TABLE attachment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    initiative_id  BIGINT        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    kind           VARCHAR(10)   NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(60)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    width          INTEGER,
    height         INTEGER,
    caption        VARCHAR(300),
    position       INTEGER       NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachment_initiative_idx ON attachment (initiative_id);

CREATE TABLE attachment_content (
    attachment_id  BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    content        BYTEA  NOT NULL,
    thumbnail      BYTEA
);

CREATE TABLE notification (
    id            BIGINT        NOT NULL PRIMARY KEY,
    recipient_id  BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind          VARCHAR(30)   NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    link          VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at);

CREATE TABLE outgoing_mail (
    id               BIGINT          NOT NULL PRIMARY KEY,
    version          INTEGER         NOT NULL DEFAULT 0,
    recipient        VARCHAR(254)    NOT NULL,
    subject          VARCHAR(300)    NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER         NOT NULL DEFAULT 0,
    last_error       VARCHAR(1000),
    sent_at          TIMESTAMP WITH TIME ZONE,
    failed_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outgoing_mail_due_idx ON outgoing_mail (sent_at, failed_at, next_attempt_at);

-- The principles of the Code of Good Practice for Civil Participation, the reviewers' checklist (managed data).
INSERT INTO term (id, kind, code, position, name_hy, name_en, name_fr, name_ru) VALUES
(401, 'PRINCIPLE', 'participation', 1, 'Մասնակցություն', 'Participation', 'Participation', 'Участие'),
(402, 'PRINCIPLE', 'trust', 2, 'Վստահություն', 'Trust', 'Confiance', 'Доверие'),
(403, 'PRINCIPLE', 'accountability-transparency', 3, 'Հաշվետվողականություն և թափանցիկություն',
     'Accountability and transparency', 'Responsabilité et transparence', 'Подотчётность и прозрачность'),
(404, 'PRINCIPLE', 'independence', 4, 'Անկախություն', 'Independence', 'Indépendance', 'Независимость');
