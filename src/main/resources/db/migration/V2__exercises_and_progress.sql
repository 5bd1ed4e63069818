-- A sandbox opened from a lesson's "Try it yourself" remembers the lesson whose goals grade it.
ALTER TABLE sandboxes ADD COLUMN exercise VARCHAR(100);

-- Lessons a session has completed (every goal of the lesson's exercise met in one run).
CREATE TABLE progress (
    session_id   VARCHAR(64)  NOT NULL,
    lesson       VARCHAR(100) NOT NULL,
    completed_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (session_id, lesson)
);
