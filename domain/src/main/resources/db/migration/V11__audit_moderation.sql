-- Moderation of people and the audit trail of every back-office action. An administrator may block an account (when
-- and why, told to its owner); a blocked account's initiatives waiting for review are held back from the public until
-- a reviewer decides (held_at). The audit trail keeps actors by account id only: names are read from the accounts
-- when shown, so deleting an account removes its name from the trail too. Portable SQL: H2 2.x and PostgreSQL 13+.

ALTER TABLE account ADD COLUMN blocked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN blocked_reason VARCHAR(500);
ALTER TABLE account ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE initiative ADD COLUMN held_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX initiative_created_by_idx ON initiative (created_by);

ALTER TABLE audit_entry DROP COLUMN actor_name;
ALTER TABLE audit_entry ALTER COLUMN subject_id DROP NOT NULL;
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, at);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, at);
