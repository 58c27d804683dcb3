-- Communiqué schema, version 5. Idempotent DDL: every statement can run again.
-- Column meanings are documented in docs/schema.md; keep both in step.

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER NOT NULL,
    applied_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS sources (
    source_id      VARCHAR PRIMARY KEY,     -- hash of the source URL
    name           VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,        -- feed | sitemap | page
    url            VARCHAR NOT NULL,
    options        JSON,
    listing_etag   VARCHAR,                 -- validators of the feed or sitemap,
    listing_last_modified VARCHAR,          -- saved only once its items are stored
    updated_at     TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS runs (
    run_id        VARCHAR PRIMARY KEY,
    flow          VARCHAR NOT NULL,
    flow_run_id   VARCHAR,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    status        VARCHAR NOT NULL,         -- running | ok | partial | failed | abandoned
    parameters    JSON,
    counts        JSON,
    failures      JSON
);

CREATE TABLE IF NOT EXISTS fetches (
    fetch_id     VARCHAR PRIMARY KEY,       -- hash of run id, URL, attempt and start time
    run_id       VARCHAR NOT NULL,
    source_id    VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    attempt      INTEGER NOT NULL,
    status       INTEGER,                   -- HTTP status; NULL when no response
    outcome      VARCHAR NOT NULL,          -- ok | not_modified | error | skipped
    error        VARCHAR,
    started_at   TIMESTAMPTZ NOT NULL,
    elapsed_ms   DOUBLE NOT NULL,
    bytes        BIGINT
);

CREATE TABLE IF NOT EXISTS documents (
    document_id    VARCHAR PRIMARY KEY,     -- hash of the requested URL
    source_id      VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,
    final_url      VARCHAR NOT NULL,
    status         INTEGER NOT NULL,
    content_type   VARCHAR,
    etag           VARCHAR,
    last_modified  VARCHAR,
    body           BLOB NOT NULL,
    body_sha256    VARCHAR NOT NULL,
    fetched_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    article_id     VARCHAR PRIMARY KEY,     -- hash of the canonical URL
    document_id    VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,
    canonical_url  VARCHAR NOT NULL,
    title          VARCHAR,
    author         VARCHAR,
    sitename       VARCHAR,
    published      DATE,
    date_source    VARCHAR,                 -- where the date was found
    language       VARCHAR,
    text           VARCHAR NOT NULL,        -- main text the NLP sees (citations removed)
    text_sha256    VARCHAR NOT NULL,
    citations      JSON NOT NULL,           -- [{text, offset}] offset into text
    license        VARCHAR,
    parser_version VARCHAR NOT NULL,
    parsed_at      TIMESTAMPTZ NOT NULL,
    original_url   VARCHAR,                 -- the page a republished text is based on
    attribution    VARCHAR                  -- the credit line the page asks for
);

-- Version 5: where a republished text comes from and how to credit it. Older rows
-- keep NULL until `communique reparse`.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS original_url VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS attribution VARCHAR;

CREATE TABLE IF NOT EXISTS actors (
    actor_id   VARCHAR PRIMARY KEY,         -- ISO 3166-1 alpha-3, or a body code
    name       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL             -- state | body
);

CREATE TABLE IF NOT EXISTS statements (
    statement_id      VARCHAR PRIMARY KEY,  -- hash of article id, cue and content spans
    article_id        VARCHAR NOT NULL,
    seq               INTEGER NOT NULL,     -- order in the article
    speaker           VARCHAR,              -- resolved name
    speaker_mention   VARCHAR,              -- as written: "he", "the Russian side"
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    actor_id          VARCHAR,              -- main actor; NULL when none
    actor_ids         VARCHAR[] NOT NULL,   -- all actors (joint statements)
    cue               VARCHAR NOT NULL,
    cue_start         INTEGER NOT NULL,
    cue_end           INTEGER NOT NULL,
    content           VARCHAR NOT NULL,
    content_start     INTEGER NOT NULL,
    content_end       INTEGER NOT NULL,
    kind              VARCHAR NOT NULL,     -- direct | indirect | mixed
    addressee         VARCHAR,
    venue             VARCHAR,
    act               VARCHAR NOT NULL,
    cameo             VARCHAR,
    plover            VARCHAR,
    topic             VARCHAR,              -- the most central of topics
    sentence          VARCHAR NOT NULL,     -- evidence sentence(s)
    sentence_start    INTEGER NOT NULL,
    sentence_end      INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    topics            VARCHAR[],            -- every topic (multi-label), topic first
    role              VARCHAR               -- the title that showed the actor
);

-- Version 2: statements carry every topic. Older rows get their one topic.
ALTER TABLE statements ADD COLUMN IF NOT EXISTS topics VARCHAR[];
UPDATE statements
SET topics = CASE WHEN topic IS NULL THEN []::VARCHAR[] ELSE [topic] END
WHERE topics IS NULL;

-- Version 4: the title that showed a speaker's actor ("Foreign Minister").
ALTER TABLE statements ADD COLUMN IF NOT EXISTS role VARCHAR;

-- Affiliations learned with evidence: whom a person spoke for, as statements
-- showed it by a governing title in the text ("Russian Foreign Minister Sergey
-- Lavrov"), between which publication dates, and the first statement that
-- showed it. Ingest reads it to give a later bare "Sergey Lavrov" an actor.
CREATE OR REPLACE VIEW affiliations AS
SELECT s.speaker AS person, s.actor_id, s.role,
       min(ar.published) AS first_seen, max(ar.published) AS last_seen,
       arg_min(s.statement_id, (coalesce(ar.published, DATE '9999-12-31'), s.statement_id))
           AS statement_id,
       count(*) AS statements
FROM statements s
JOIN articles ar ON ar.article_id = s.article_id
WHERE s.role IS NOT NULL AND s.speaker IS NOT NULL AND len(s.actor_ids) = 1
GROUP BY s.speaker, s.actor_id, s.role;

-- The articles of example sources (`example = true` in sources.toml): made up for
-- a demonstration, shown with their statements but never a state's position. An
-- article is an example when its page came from an example source, or is the page
-- of an example `page` source (which a sitemap read first may also list).
CREATE OR REPLACE VIEW example_articles AS
WITH example_sources AS (
    SELECT source_id, kind, url FROM sources WHERE options->>'$.example' = 'true'
)
SELECT ar.article_id
FROM articles ar
JOIN documents d ON d.document_id = ar.document_id
WHERE d.source_id IN (SELECT source_id FROM example_sources)
   OR d.url IN (SELECT url FROM example_sources WHERE kind = 'page');

-- One row per statement, actor it speaks for and topic: a joint statement is a
-- position of each of its actors, and a statement on two topics is a position on
-- each. A statement without a topic keeps one row with topic NULL. first_seen and
-- last_seen span the actor's dated statements on the topic. Statements of example
-- articles are no positions.
CREATE OR REPLACE VIEW positions AS
SELECT s.statement_id, u.actor_id, a.name AS actor_name, a.kind AS actor_kind,
       t.topic, s.act, s.cameo, s.plover, s.speaker, s.cue, s.content, s.kind,
       s.addressee, s.venue, s.sentence, s.seq,
       ar.article_id, ar.title AS article_title, ar.canonical_url, ar.published,
       min(ar.published) OVER seen AS first_seen,
       max(ar.published) OVER seen AS last_seen
FROM statements s
CROSS JOIN unnest(s.actor_ids) AS u(actor_id)
CROSS JOIN unnest(
    CASE WHEN len(coalesce(s.topics, [])) = 0 THEN [s.topic] ELSE s.topics END
) AS t(topic)
JOIN articles ar ON ar.article_id = s.article_id
LEFT JOIN actors a ON a.actor_id = u.actor_id
WHERE s.article_id NOT IN (SELECT article_id FROM example_articles)
WINDOW seen AS (PARTITION BY u.actor_id, t.topic);

-- An actor's position on a topic: its latest statement (act and evidence), how
-- many statements it rests on, and when it was first and last seen.
CREATE OR REPLACE VIEW latest_positions AS
SELECT p.*,
       count(*) OVER w AS statements
FROM positions p
WHERE p.topic IS NOT NULL
WINDOW w AS (PARTITION BY p.actor_id, p.topic)
QUALIFY row_number() OVER (
    PARTITION BY p.actor_id, p.topic
    ORDER BY p.published DESC NULLS LAST, p.article_id DESC, p.seq DESC
) = 1;

-- Version 4 (real pages): each document says what kind of page it is and why
-- (article, listing, gallery, other). Older documents keep NULL until reparsed.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS page_type VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS page_reason VARCHAR;

-- Version 3 (operators): runs say where they ran and which sources failed;
-- analysts get statements_full. Additive only.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS host VARCHAR;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS failed_sources VARCHAR[];

-- Every statement with its article, its actors' names and every topic: one wide
-- row per statement, for analysts who want no joins.
CREATE OR REPLACE VIEW statements_full AS
SELECT s.statement_id, s.article_id, s.seq, s.speaker, s.speaker_mention,
       s.actor_id, a.name AS actor_name, a.kind AS actor_kind, s.actor_ids,
       coalesce(names.actor_names, []) AS actor_names,
       s.cue, s.content, s.kind, s.addressee, s.venue, s.act, s.cameo, s.plover,
       s.topic, coalesce(s.topics, []) AS topics, s.sentence,
       s.speaker_start, s.speaker_end, s.cue_start, s.cue_end,
       s.content_start, s.content_end, s.sentence_start, s.sentence_end,
       s.extractor_version,
       ar.title AS article_title, ar.canonical_url, ar.published, ar.sitename,
       ar.author, ar.language, ar.license, ar.original_url, ar.attribution,
       d.source_id, so.name AS source_name
FROM statements s
JOIN articles ar ON ar.article_id = s.article_id
LEFT JOIN actors a ON a.actor_id = s.actor_id
LEFT JOIN (
    SELECT m.statement_id,
           list(coalesce(n.name, m.actor_id) ORDER BY m.i) AS actor_names
    FROM (
        SELECT statement_id, unnest(actor_ids) AS actor_id,
               generate_subscripts(actor_ids, 1) AS i
        FROM statements
    ) m
    LEFT JOIN actors n ON n.actor_id = m.actor_id
    GROUP BY m.statement_id
) names ON names.statement_id = s.statement_id
LEFT JOIN documents d ON d.document_id = ar.document_id
LEFT JOIN sources so ON so.source_id = d.source_id;

-- What each output (the site, the analysts' snapshot) was last built from: a
-- fingerprint of the content it shows and of the settings and code that shaped
-- it. A run whose fingerprint matches the recorded one skips that output.
CREATE TABLE IF NOT EXISTS builds (
    target       VARCHAR PRIMARY KEY,      -- "site:<folder>" | "snapshot:<file>"
    fingerprint  VARCHAR NOT NULL,
    built_at     TIMESTAMPTZ NOT NULL
);
