-- Following (issue 14, item 4): an account follows an initiative, an organisation, a theme, a member state or a level
-- of participation; what happens to them becomes follow items, told in the app at once and mailed at once or in a
-- daily or weekly digest, as the account chose. An item is mailed once: its row records when (mailed_at), and a row
-- exists once per account and event. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE follow_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE follow (
    id          BIGINT                   PRIMARY KEY,
    account_id  BIGINT                   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    target_kind VARCHAR(20)              NOT NULL,
    target_key  VARCHAR(60)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT follow_once UNIQUE (account_id, target_kind, target_key)
);
CREATE INDEX follow_target ON follow (target_kind, target_key);

CREATE TABLE follow_setting (
    account_id     BIGINT                   PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    delivery       VARCHAR(12)              NOT NULL,
    last_digest_at TIMESTAMP WITH TIME ZONE
);

CREATE SEQUENCE follow_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE follow_item (
    id         BIGINT                   PRIMARY KEY,
    account_id BIGINT                   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    item_kind  VARCHAR(20)              NOT NULL,
    subject_id BIGINT                   NOT NULL,
    event_key  VARCHAR(60)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    mailed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT follow_item_once UNIQUE (account_id, item_kind, subject_id, event_key)
);
CREATE INDEX follow_item_pending ON follow_item (account_id, mailed_at);

CREATE TABLE follow_unsubscribe (
    token_hash VARCHAR(64)              PRIMARY KEY,
    account_id BIGINT                   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX follow_unsubscribe_account ON follow_unsubscribe (account_id);

-- The digests are written by one server at a time (its lease).
INSERT INTO cluster_lock (name) VALUES ('follow-digests');
