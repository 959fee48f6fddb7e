-- Public profiles of contributors (issue 14, item 5): shown only when the person chose to, with a short bio.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

ALTER TABLE account ADD COLUMN profile_public BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN bio VARCHAR(600);
