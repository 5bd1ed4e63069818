-- Sandboxes belong to a browser session (a random cookie); the document is the design JSON as the learner saved it.
CREATE TABLE sandboxes (
    id          VARCHAR(32)     PRIMARY KEY,
    session_id  VARCHAR(64)     NOT NULL,
    name        VARCHAR(200)    NOT NULL,
    document    VARCHAR(300000) NOT NULL,
    revision    INTEGER         NOT NULL,
    created_at  TIMESTAMP       NOT NULL,
    updated_at  TIMESTAMP       NOT NULL
);

CREATE INDEX sandboxes_by_session ON sandboxes (session_id, updated_at);

-- A share is an immutable snapshot: later edits to the sandbox never change what a link shows.
CREATE TABLE shares (
    code        VARCHAR(64)     PRIMARY KEY,
    sandbox_id  VARCHAR(32)     NOT NULL,
    name        VARCHAR(200)    NOT NULL,
    document    VARCHAR(300000) NOT NULL,
    created_at  TIMESTAMP       NOT NULL
);
