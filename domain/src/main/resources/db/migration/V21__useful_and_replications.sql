-- Peer exchange (issue 14, item 3): "useful" marks, one per account, and replications: an initiative linked by its
-- organisation as inspired by another, with what it adapted. The counts live on the initiative's row so that its page
-- and the search index read them without another statement; the services recount them from these tables.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

ALTER TABLE initiative ADD COLUMN useful_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE initiative ADD COLUMN replication_count INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE initiative_useful (
    initiative_id BIGINT                   NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    account_id    BIGINT                   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (initiative_id, account_id)
);
CREATE INDEX initiative_useful_account ON initiative_useful (account_id);

CREATE SEQUENCE replication_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE replication (
    id            BIGINT                   PRIMARY KEY,
    initiative_id BIGINT                   NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    original_id   BIGINT                   NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    adaptation    VARCHAR(500)             NOT NULL,
    created_by    BIGINT                   REFERENCES account (id) ON DELETE SET NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT replication_once UNIQUE (initiative_id, original_id),
    CONSTRAINT replication_not_itself CHECK (initiative_id <> original_id)
);
CREATE INDEX replication_original ON replication (original_id);
