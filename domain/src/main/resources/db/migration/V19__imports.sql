-- Imports of initiatives from CSV or XLSX files (issue 15, item 4): each file's run with its progress and the report
-- of refused rows, kept in the database so that any server of a cluster shows them and they survive a restart; the
-- file's bytes beside it, so that any server can go on importing. Portable SQL: H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE import_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE import_run (
    id             BIGINT        NOT NULL PRIMARY KEY,
    status         VARCHAR(20)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    format         VARCHAR(10)   NOT NULL,
    rows_total     INTEGER       NOT NULL,
    rows_valid     INTEGER       NOT NULL,
    rows_done      INTEGER       NOT NULL DEFAULT 0,
    rows_imported  INTEGER       NOT NULL DEFAULT 0,
    problem_count  INTEGER       NOT NULL DEFAULT 0,
    import_mode    VARCHAR(20),
    organisation_id BIGINT       REFERENCES organisation (id) ON DELETE SET NULL,
    note           VARCHAR(4000),
    created_by     BIGINT,
    started_by     BIGINT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_run_created_idx ON import_run (created_at);
CREATE INDEX import_run_status_idx ON import_run (status);

CREATE TABLE import_problem (
    import_id    BIGINT       NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    row_no       INTEGER      NOT NULL,
    column_name  VARCHAR(40),
    message_key  VARCHAR(80)  NOT NULL,
    argument     VARCHAR(200),
    PRIMARY KEY (import_id, position)
);

CREATE TABLE import_file (
    import_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES import_run (id) ON DELETE CASCADE,
    content    BYTEA   NOT NULL
);
