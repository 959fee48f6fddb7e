-- Managed lists and organisations administered (issue 15, items 5 and 6). Terms' names were in the term table from
-- the start (V2, V4), so no bundle keys need copying: a retired term stays on its initiatives, a merged one points
-- at the term it went into. Organisations get the "verified" badge of public authorities
-- (verified_at set).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

ALTER TABLE term ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE term ADD COLUMN merged_into_id BIGINT;
ALTER TABLE term ADD CONSTRAINT term_merged_into_fk FOREIGN KEY (merged_into_id) REFERENCES term (id);

ALTER TABLE organisation ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX organisation_kind_country_idx ON organisation (kind, country);
