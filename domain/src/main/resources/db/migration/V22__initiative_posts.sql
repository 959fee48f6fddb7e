-- Questions and answers on public initiatives (issue 14, item 1): questions and comments by signed-in people, one
-- level of replies, the team's answers marked by "team" (the author was a member of the initiative's owner or partner
-- organisation when writing). "held", "hidden_at" and "hidden_reason" are kept for moderation (item 2): such posts
-- are never shown. The text is plain text, shown escaped.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE initiative_post_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE initiative_post (
    id            BIGINT                   PRIMARY KEY,
    initiative_id BIGINT                   NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    parent_id     BIGINT                   REFERENCES initiative_post (id) ON DELETE CASCADE,
    author_id     BIGINT                   REFERENCES account (id) ON DELETE SET NULL,
    kind          VARCHAR(10)              NOT NULL,
    language      VARCHAR(2)               NOT NULL,
    body          VARCHAR(2000)            NOT NULL,
    team          BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at     TIMESTAMP WITH TIME ZONE,
    held          BOOLEAN                  DEFAULT FALSE NOT NULL,
    hidden_at     TIMESTAMP WITH TIME ZONE,
    hidden_reason VARCHAR(500),
    CONSTRAINT initiative_post_kind CHECK (kind IN ('QUESTION', 'COMMENT', 'REPLY')),
    CONSTRAINT initiative_post_reply CHECK ((kind = 'REPLY' AND parent_id IS NOT NULL)
        OR (kind <> 'REPLY' AND parent_id IS NULL))
);
CREATE INDEX initiative_post_initiative ON initiative_post (initiative_id, created_at);
CREATE INDEX initiative_post_parent ON initiative_post (parent_id);
CREATE INDEX initiative_post_author ON initiative_post (author_id);
