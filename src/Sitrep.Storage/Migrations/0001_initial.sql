-- Sitrep store, schema version 1.
-- Offsets (start_char, end_char) are half-open [start, end) UTF-16 code-unit indices into articles.text,
-- exactly as in the extraction contract. Slice them in .NET, not with SQL substr(), which counts code points.
-- Every layer table cascades from articles, so deleting an article removes everything extracted from it.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    sha256  TEXT NOT NULL
);

-- seq is an explicit INTEGER PRIMARY KEY so the FTS5 external-content rowid survives VACUUM.
CREATE TABLE articles (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    content_hash    TEXT NOT NULL UNIQUE,
    date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    published_at    TEXT NOT NULL,
    title           TEXT,
    source          TEXT,
    url             TEXT,
    origin          TEXT,
    text            TEXT NOT NULL,
    text_normalized INTEGER NOT NULL DEFAULT 0,
    pipeline        TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX articles_date ON articles (date, id);

CREATE TABLE sentences (
    doc        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
    doc         TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    canonical   TEXT,
    role        TEXT,
    country     TEXT,
    confidence  REAL NOT NULL,
    geo_name    TEXT,
    geo_country TEXT,
    geo_lat     REAL,
    geo_lon     REAL,
    geo_id      TEXT,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX entities_canonical ON entities (canonical COLLATE NOCASE);
CREATE INDEX entities_country ON entities (country);

CREATE TABLE timexes (
    doc        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    mod        TEXT,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
    doc           TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    speaker       TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

-- date_key: the event's TIMEX3 value cut to its leading YYYY, YYYY-MM or YYYY-MM-DD; when the value has no
-- such prefix (PAST_REF, no date), the article's publication date. It orders events and the timeline, and
-- since/until compare against it by prefix (a month-precision event matches any range that overlaps the month).
CREATE TABLE events (
    id                 TEXT PRIMARY KEY,
    doc                TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord                INTEGER NOT NULL,
    type               TEXT NOT NULL,
    mode               TEXT,
    status             TEXT NOT NULL,
    trigger_start      INTEGER NOT NULL,
    trigger_end        INTEGER NOT NULL,
    trigger_text       TEXT NOT NULL,
    date_key           TEXT NOT NULL,
    date_value         TEXT,
    date_precision     TEXT,
    location_name      TEXT,
    location_key       TEXT,
    location_country   TEXT,
    location_lat       REAL,
    location_lon       REAL,
    location_geo_id    TEXT,
    location_precision TEXT,
    killed_low         INTEGER,
    killed_high        INTEGER,
    injured_low        INTEGER,
    injured_high       INTEGER,
    cameo              TEXT,
    acled              TEXT,
    confidence         REAL NOT NULL,
    stage              TEXT,
    rule               TEXT,
    UNIQUE (doc, ord)
);
CREATE INDEX events_order ON events (date_key, doc, ord);
CREATE INDEX events_type ON events (type, date_key);
CREATE INDEX events_status ON events (status, date_key);
CREATE INDEX events_location_key ON events (location_key);
CREATE INDEX events_location_country ON events (location_country);

-- search_key: lower-cased "text<US>canonical" for case-insensitive substring filters.
CREATE TABLE event_arguments (
    event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    doc        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    ord        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    canonical  TEXT,
    country    TEXT,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    search_key TEXT NOT NULL,
    PRIMARY KEY (event_id, role, ord)
) WITHOUT ROWID;
CREATE INDEX event_arguments_canonical ON event_arguments (canonical COLLATE NOCASE);
CREATE INDEX event_arguments_country ON event_arguments (country);
CREATE INDEX event_arguments_doc ON event_arguments (doc);

CREATE TABLE provenance_spans (
    event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    doc        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('evidence', 'trigger', 'date', 'location', 'killed', 'injured')),
    ord        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    PRIMARY KEY (event_id, kind, ord)
) WITHOUT ROWID;
CREATE INDEX provenance_spans_doc ON provenance_spans (doc);

-- Full-text index over title and text, an external-content table kept in sync by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
