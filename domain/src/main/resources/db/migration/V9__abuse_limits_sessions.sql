-- Abuse limits and sessions: counters of the rate limits (shared by every server through the database), the client
-- an anonymous contest entry came from (a hash, to cap pending entries per client), and each account's session epoch
-- (raised to end every session of the account, on every server). Portable SQL: H2 2.x and PostgreSQL 13+.

CREATE TABLE rate_counter (
    counter_key   VARCHAR(80)   NOT NULL PRIMARY KEY,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    hits          INTEGER       NOT NULL,
    last_hit      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rate_counter_expires_idx ON rate_counter (expires_at);
CREATE INDEX rate_counter_last_hit_idx ON rate_counter (last_hit);

ALTER TABLE contest_entry ADD COLUMN client_key VARCHAR(64);
CREATE INDEX contest_entry_client_idx ON contest_entry (contest_id, client_key, moderation);

ALTER TABLE account ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;
