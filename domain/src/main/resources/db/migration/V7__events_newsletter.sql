-- The events calendar and the newsletter: events with their texts and linked news, newsletter subscribers (double
-- opt-in) and the digests sent to them; outgoing mails may carry a List-Unsubscribe address.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE newsletter_subscriber_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE newsletter_digest_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE calendar_event (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            INTEGER       NOT NULL DEFAULT 0,
    status             VARCHAR(20)   NOT NULL,
    original_language  VARCHAR(2)    NOT NULL,
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    place              VARCHAR(300),
    online_url         VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_dates_ck CHECK (ends_at > starts_at),
    CONSTRAINT event_where_ck CHECK (place IS NOT NULL OR online_url IS NOT NULL)
);
CREATE INDEX event_status_starts_idx ON calendar_event (status, starts_at);
CREATE INDEX event_ends_idx ON calendar_event (ends_at);

CREATE TABLE event_text (
    event_id     BIGINT          NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    language     VARCHAR(2)      NOT NULL,
    title        VARCHAR(200)    NOT NULL,
    description  VARCHAR(10000),
    PRIMARY KEY (event_id, language)
);

CREATE TABLE event_news (
    event_id  BIGINT   NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    position  INTEGER  NOT NULL,
    news_id   BIGINT   NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_news_news_idx ON event_news (news_id);

CREATE TABLE newsletter_subscriber (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             INTEGER       NOT NULL DEFAULT 0,
    email               VARCHAR(254)  NOT NULL UNIQUE,
    language            VARCHAR(2)    NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    confirm_hash        VARCHAR(64),
    confirm_expires_at  TIMESTAMP WITH TIME ZONE,
    unsubscribe_token   VARCHAR(64)   NOT NULL UNIQUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    unsubscribed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX newsletter_subscriber_confirm_idx ON newsletter_subscriber (confirm_hash);
CREATE INDEX newsletter_subscriber_status_idx ON newsletter_subscriber (status, id);

CREATE TABLE newsletter_digest (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sender_id           BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    sender_name         VARCHAR(120),
    initiatives_since   TIMESTAMP WITH TIME ZONE,
    total               INTEGER       NOT NULL,
    sent                INTEGER       NOT NULL,
    last_subscriber_id  BIGINT        NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX newsletter_digest_created_idx ON newsletter_digest (created_at);

CREATE TABLE newsletter_digest_news (
    digest_id  BIGINT   NOT NULL REFERENCES newsletter_digest (id) ON DELETE CASCADE,
    position   INTEGER  NOT NULL,
    news_id    BIGINT   NOT NULL,
    PRIMARY KEY (digest_id, position)
);

CREATE TABLE newsletter_digest_initiative (
    digest_id      BIGINT   NOT NULL REFERENCES newsletter_digest (id) ON DELETE CASCADE,
    position       INTEGER  NOT NULL,
    initiative_id  BIGINT   NOT NULL,
    PRIMARY KEY (digest_id, position)
);

ALTER TABLE outgoing_mail ADD COLUMN list_unsubscribe VARCHAR(500);
