-- A sender claims a mail before it hands it to the mail server, so that no other sender (thread or server) sends it
-- too; a claim nobody settled (the sender died) lapses. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

ALTER TABLE outgoing_mail ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
