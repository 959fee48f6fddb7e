-- Consent before anybody's data is used (issue 11: 7, 8, 13): invitations to join an organisation that the invited
-- person accepts; newsletter links kept only as hashes, one per mail, and a change of language that waits for the
-- confirmation; contact addresses shown on public pages only with the person's agreement, and a log of the messages
-- relayed to the others (for the rate limit only: no text, no address). Outgoing mails may carry a Reply-To address.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE membership_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE membership_invitation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          INTEGER       NOT NULL DEFAULT 0,
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    email            VARCHAR(254)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    invited_by       BIGINT,
    invited_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_by      BIGINT,
    answered_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX membership_invitation_email_idx ON membership_invitation (email, status);
CREATE INDEX membership_invitation_organisation_idx ON membership_invitation (organisation_id, status);

-- The unsubscribe tokens written into mails until now are hashed into newsletter_unsubscribe at start-up (SQL has no
-- portable SHA-256), and the column is emptied then.
ALTER TABLE newsletter_subscriber ALTER COLUMN unsubscribe_token DROP NOT NULL;
ALTER TABLE newsletter_subscriber ADD COLUMN pending_language VARCHAR(2);

CREATE TABLE newsletter_unsubscribe (
    token_hash     VARCHAR(64)  NOT NULL PRIMARY KEY,
    subscriber_id  BIGINT       NOT NULL REFERENCES newsletter_subscriber (id) ON DELETE CASCADE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX newsletter_unsubscribe_subscriber_idx ON newsletter_unsubscribe (subscriber_id);

-- TRUE once the contact agreed; NULL otherwise, so that a side without anybody stays all NULL.
ALTER TABLE initiative ADD COLUMN cso_email_public BOOLEAN;
ALTER TABLE initiative ADD COLUMN authority_email_public BOOLEAN;

CREATE TABLE contact_message (
    id             BIGINT       NOT NULL PRIMARY KEY,
    initiative_id  BIGINT       NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    side           VARCHAR(20)  NOT NULL,
    client_key     VARCHAR(64)  NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_message_client_idx ON contact_message (client_key, sent_at);
CREATE INDEX contact_message_recipient_idx ON contact_message (initiative_id, side, sent_at);
CREATE INDEX contact_message_sent_idx ON contact_message (sent_at);

ALTER TABLE outgoing_mail ADD COLUMN reply_to VARCHAR(254);
