-- Moderation of questions and answers (issue 14, item 2): reports of posts by signed-in people, once per account and
-- post, with a reason from a short list and an optional note; open until a moderator hides the post or dismisses its
-- reports. Held and hidden posts use the columns of V22. Every moderation action is in audit_entry.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE post_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE post_report (
    id          BIGINT                   PRIMARY KEY,
    post_id     BIGINT                   NOT NULL REFERENCES initiative_post (id) ON DELETE CASCADE,
    reporter_id BIGINT                   REFERENCES account (id) ON DELETE SET NULL,
    reason      VARCHAR(20)              NOT NULL,
    note        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT post_report_once UNIQUE (post_id, reporter_id),
    CONSTRAINT post_report_reason CHECK (reason IN ('SPAM', 'ABUSIVE', 'PERSONAL_DATA', 'OFF_TOPIC', 'MISLEADING',
        'OTHER'))
);
CREATE INDEX post_report_open ON post_report (resolved_at, created_at);
CREATE INDEX post_report_reporter ON post_report (reporter_id);
-- the moderation queue: held posts not yet hidden, oldest first
CREATE INDEX initiative_post_held ON initiative_post (held, created_at);

-- How many posts readers see on the initiative's page (shown, or hidden with the moderator's reason; not held): the
-- page reads the posts only when there are any, so that a page without posts costs no statement for them. Kept by the
-- discussion services, recounted from initiative_post.
ALTER TABLE initiative ADD COLUMN post_count INTEGER DEFAULT 0 NOT NULL;
UPDATE initiative SET post_count = (SELECT COUNT(*) FROM initiative_post p WHERE p.initiative_id = initiative.id
    AND p.held = FALSE);
