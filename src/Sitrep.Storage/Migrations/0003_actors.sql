-- Actors: one row per entity resolved across articles (a person under every spelling of their name, a country,
-- a government, an organization), keyed by the entity stage's spelling-independent actor key. Mentions stay in
-- entities (now with actor_key); aliases count the surfaces seen. Roles, dates and countries come from the
-- mentions joined with their articles.
CREATE TABLE actors (
    key       TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    type      TEXT NOT NULL,
    country   TEXT
) WITHOUT ROWID;

CREATE TABLE actor_aliases (
    actor_key TEXT NOT NULL REFERENCES actors (key) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (actor_key, alias)
) WITHOUT ROWID;

ALTER TABLE entities ADD COLUMN actor_key TEXT;
CREATE INDEX entities_actor ON entities (actor_key);
