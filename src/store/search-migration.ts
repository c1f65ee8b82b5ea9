// Migration 0003_search: the full-text index over turns, kept by triggers so that every write to a
// turn updates the index in the same transaction (and a crash loses both or neither).
//
// search_docs  one row per turn and language with text: what filters and facets read, copied from
//              the turn and its conference (status, date) so a match needs no other row.
// (PostgreSQL: see searchIndexPostgres below.)
// search_fts   FTS5, contentless (the text is already in turns): `body` is the text with Chinese
//              cut into words, `extra` the words inside longer Chinese words. Both come from the
//              SQL function presser_search_text(text, part), registered on every connection by
//              src/store/sqlite/open.ts; a connection without it cannot write turns.
import { PostgresAdapter, sql, SqliteAdapter, type Kysely } from 'kysely';

/** The columns of search_docs that come from a turn row (`new`, `old` or `t`) and its conference `c`. */
const docValues = (t: string) => `${t}.conference_id, ${t}.seq, j.key, ${t}.kind, ${t}.speaker_name, ${t}.outlet_name, ${t}.outlet_origin, c.date, c.status`;
const DOC_COLUMNS = 'conference_id, seq, lang, kind, speaker, outlet, origin, date, status';
/** A language's text is indexed when it is a non-blank string. */
const HAS_TEXT = `j.type = 'text' AND trim(j.value) <> ''`;
const FTS_VALUES = `d.id, presser_search_text(j.value, 'body'), presser_search_text(j.value, 'extra')`;

function indexTurn(t: 'new' | 'old'): string {
  return `
    INSERT INTO search_docs (${DOC_COLUMNS})
      SELECT ${docValues(t)} FROM conferences c, json_each(${t}.text) j WHERE c.id = ${t}.conference_id AND ${HAS_TEXT};
    INSERT INTO search_fts (rowid, body, extra)
      SELECT ${FTS_VALUES} FROM search_docs d, json_each(${t}.text) j
      WHERE d.conference_id = ${t}.conference_id AND d.seq = ${t}.seq AND j.key = d.lang;`;
}

function unindexTurn(t: 'new' | 'old'): string {
  return `
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE conference_id = ${t}.conference_id AND seq = ${t}.seq);
    DELETE FROM search_docs WHERE conference_id = ${t}.conference_id AND seq = ${t}.seq;`;
}

const STATEMENTS = [
  // AUTOINCREMENT: a deleted document's id is never given to another, so the FTS5 rowid never repeats.
  `CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conference_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    lang TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    outlet TEXT,
    origin TEXT,
    date TEXT,
    status TEXT NOT NULL
  )`,
  `CREATE UNIQUE INDEX search_docs_turn ON search_docs (conference_id, seq, lang)`,
  `CREATE VIRTUAL TABLE search_fts USING fts5(body, extra, content='', contentless_delete=1, prefix='2 3', tokenize='unicode61 remove_diacritics 2')`,
  // The rank column is bm25 with a word of the text counting twice a word found inside a longer Chinese word.
  `INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(1.0, 0.5)')`,
  `CREATE TRIGGER search_turns_insert AFTER INSERT ON turns BEGIN ${indexTurn('new')} END`,
  `CREATE TRIGGER search_turns_delete AFTER DELETE ON turns BEGIN ${unindexTurn('old')} END`,
  `CREATE TRIGGER search_turns_update AFTER UPDATE OF conference_id, seq, kind, speaker_name, outlet_name, outlet_origin, text ON turns
   BEGIN ${unindexTurn('old')} ${indexTurn('new')} END`,
  `CREATE TRIGGER search_conferences_update AFTER UPDATE OF status, date ON conferences
   BEGIN UPDATE search_docs SET status = new.status, date = new.date WHERE conference_id = new.id; END`,
  // Backfill the turns stored before this migration.
  `INSERT INTO search_docs (${DOC_COLUMNS})
     SELECT ${docValues('t')} FROM turns t JOIN conferences c ON c.id = t.conference_id, json_each(t.text) j WHERE ${HAS_TEXT}
     ORDER BY t.conference_id, t.seq`,
  `INSERT INTO search_fts (rowid, body, extra)
     SELECT ${FTS_VALUES} FROM search_docs d JOIN turns t ON t.conference_id = d.conference_id AND t.seq = d.seq, json_each(t.text) j
     WHERE j.key = d.lang ORDER BY d.id`,
  // One merged b-tree after a bulk load: fewer segments to read per query.
  `INSERT INTO search_fts (search_fts) VALUES ('optimize')`,
];

export async function searchIndex(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return searchIndexPostgres(db);
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

// Migration 0004_search_changes: a short log of the search documents deleted or changed in place
// (a conference's status or date), for the in-memory search (src/search/memory/) to follow writes
// without reloading. New documents need no log: their ids are above every id seen before.
// The log keeps the latest 64k–65k changes; a reader further behind loads again.
const CHANGE_STATEMENTS = [
  `CREATE TABLE search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id INTEGER NOT NULL)`,
  `CREATE TRIGGER search_docs_deleted AFTER DELETE ON search_docs BEGIN INSERT INTO search_changes (doc_id) VALUES (old.id); END`,
  `CREATE TRIGGER search_docs_changed AFTER UPDATE ON search_docs BEGIN INSERT INTO search_changes (doc_id) VALUES (new.id); END`,
  `CREATE TRIGGER search_changes_pruned AFTER INSERT ON search_changes WHEN new.seq % 1024 = 0
   BEGIN DELETE FROM search_changes WHERE seq <= new.seq - 65536; END`,
];

export async function searchChanges(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const statement of CHANGE_STATEMENTS) await sql.raw(statement).execute(db);
}

// PostgreSQL (same migration names, its own structures): search_docs carries the words themselves,
// cut by jieba in the application (a trigger cannot call JavaScript) into turns.search_text in the
// same statement that writes the turn's text; a trigger copies them into search_docs, where a
// generated tsvector (body weight A, inner Chinese words weight B) has a GIN index.
const POSTGRES_STATEMENTS = [
  `ALTER TABLE turns ADD COLUMN search_text text`,
  `CREATE TABLE search_docs (
    id bigserial PRIMARY KEY,
    conference_id text NOT NULL,
    seq integer NOT NULL,
    lang text NOT NULL,
    kind text NOT NULL,
    speaker text,
    outlet text,
    origin text,
    date text,
    status text NOT NULL,
    body text NOT NULL,
    extra text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, body), 'A') || setweight(to_tsvector('simple'::regconfig, extra), 'B')) STORED
  )`,
  `CREATE UNIQUE INDEX search_docs_turn ON search_docs (conference_id, seq, lang)`,
  `CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv)`,
  `CREATE FUNCTION presser_index_turn() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE words jsonb;
  BEGIN
    IF TG_OP <> 'INSERT' THEN
      DELETE FROM search_docs WHERE conference_id = OLD.conference_id AND seq = OLD.seq;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      words := coalesce(NEW.search_text, '{}')::jsonb;
      INSERT INTO search_docs (conference_id, seq, lang, kind, speaker, outlet, origin, date, status, body, extra)
      SELECT NEW.conference_id, NEW.seq, j.key, NEW.kind, NEW.speaker_name, NEW.outlet_name, NEW.outlet_origin, c.date, c.status,
             coalesce(words -> j.key ->> 0, ''), coalesce(words -> j.key ->> 1, '')
      FROM conferences c, jsonb_each(NEW.text::jsonb) j
      WHERE c.id = NEW.conference_id AND jsonb_typeof(j.value) = 'string' AND trim(j.value #>> '{}') <> '';
    END IF;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER search_turns AFTER INSERT OR DELETE OR UPDATE OF conference_id, seq, kind, speaker_name, outlet_name, outlet_origin, text, search_text
   ON turns FOR EACH ROW EXECUTE FUNCTION presser_index_turn()`,
  `CREATE FUNCTION presser_index_conference() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE search_docs SET status = NEW.status, date = NEW.date WHERE conference_id = NEW.id;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER search_conferences AFTER UPDATE OF status, date ON conferences FOR EACH ROW
   WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.date IS DISTINCT FROM NEW.date) EXECUTE FUNCTION presser_index_conference()`,
];

export async function searchIndexPostgres(db: Kysely<unknown>): Promise<void> {
  for (const statement of POSTGRES_STATEMENTS) await sql.raw(statement).execute(db);
}

// Migration 0011_search_bulk_load (SQLite): the turn trigger indexes each new turn unless
// search_deferred has a row, which it has only inside a bulk import's transaction
// (src/store/sqlite/bulk-save.ts: written first, deleted before the commit, so no other connection
// ever sees it and a rolled-back batch takes it with it): the import then indexes the batch's turns
// itself, with the two statements below, once for the batch. The same documents, the same words;
// FTS5 takes many rows in rowid order far faster than one row per trigger. A table rather than a
// function of the connection, so that a connection that knows nothing of bulk loads (an older
// presser on the same file) still writes turns, indexed by the trigger as before.
const BULK_LOAD_STATEMENTS = [
  `CREATE TABLE search_deferred (since TEXT NOT NULL)`,
  `DROP TRIGGER search_turns_insert`,
  `CREATE TRIGGER search_turns_insert AFTER INSERT ON turns WHEN NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN ${indexTurn('new')} END`,
];

export async function searchBulkLoad(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const statement of BULK_LOAD_STATEMENTS) await sql.raw(statement).execute(db);
}

/**
 * What the insert trigger does, for every turn of the conferences stored after rowid ? (the search
 * documents, in the order the trigger would give them ids) and then for every document after id ?
 * (the full-text rows). Kept here, beside the trigger they stand in for.
 */
export const INDEX_NEW_CONFERENCES = `INSERT INTO search_docs (${DOC_COLUMNS})
  SELECT ${docValues('t')} FROM conferences c JOIN turns t ON t.conference_id = c.id, json_each(t.text) j
  WHERE c.rowid > ? AND ${HAS_TEXT} ORDER BY c.rowid, t.seq, j.id`;
export const INDEX_NEW_DOCS = `INSERT INTO search_fts (rowid, body, extra)
  SELECT ${FTS_VALUES} FROM search_docs d JOIN turns t ON t.conference_id = d.conference_id AND t.seq = d.seq, json_each(t.text) j
  WHERE d.id > ? AND j.key = d.lang ORDER BY d.id`;
