-- Related initiatives worked out once per cluster (issue 12): the server holding the lease 'related-lists' works out
-- every list from its index and stores them here; the others, and every server at its next start, read them.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE TABLE related_list (
    initiative_id  BIGINT        NOT NULL PRIMARY KEY,
    related        VARCHAR(200)  NOT NULL -- up to 8 initiative ids, most alike first, separated by commas
);
INSERT INTO cluster_lock (name) VALUES ('related-lists');
