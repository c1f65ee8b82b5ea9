// Turns written live: opened, written in pieces per language, finalized, replaced by corrections
// (what a correction keeps is app/'s rule: src/app/writing.ts).
import type { Outlet, Person, TurnKind } from '../../domain/record.ts';
import type { UserRole } from '../../domain/roles.ts';
import type { LiveTurn, LiveTurnRepository, NewTurnRevision, OpenTurn, TurnContent, TurnRevision } from '../store.ts';
import { sql } from 'kysely';
import type { TurnsTable } from '../schema.ts';
import { searchTextColumn } from './search-text.ts';
import { json, type Db } from './db.ts';
import { parseJson, turnFromRow } from './rows.ts';

/** Outlets per IN list: well under SQLite's and PostgreSQL's bound-parameter limits. */
const OUTLETS_PER_QUERY = 500;

export function liveTurnFromRow(row: TurnsTable): LiveTurn {
  return { ...turnFromRow(row), state: row.state as LiveTurn['state'], revision: row.revision, handId: row.hand_id, updatedAt: row.updated_at };
}

export class LiveTurnRepo implements LiveTurnRepository {
  constructor(private readonly db: Db) {}

  async open(conferenceId: string, input: OpenTurn, at: string): Promise<LiveTurn> {
    const last = await this.db
      .selectFrom('turns')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('conference_id', '=', conferenceId)
      .executeTakeFirst();
    const row: TurnsTable = {
      conference_id: conferenceId,
      seq: Number(last?.seq ?? 0) + 1,
      kind: input.kind,
      speaker: json(input.speaker),
      speaker_name: input.speaker?.name ?? null,
      outlet: json(input.outlet),
      outlet_id: input.outletId,
      outlet_name: input.outlet?.name ?? null,
      outlet_origin: input.outlet?.origin ?? null,
      reply_to: input.replyTo,
      label: input.label,
      text: '{}',
      starts_at: input.startsAt,
      ends_at: null,
      updated_at: at,
      state: 'open',
      revision: 0,
      hand_id: input.handId,
    };
    await this.db.insertInto('turns').values(row).execute();
    return liveTurnFromRow(row);
  }

  async get(conferenceId: string, seq: number): Promise<LiveTurn | null> {
    const row = await this.db.selectFrom('turns').selectAll().where('conference_id', '=', conferenceId).where('seq', '=', seq).executeTakeFirst();
    return row ? liveTurnFromRow(row) : null;
  }

  async all(conferenceId: string): Promise<LiveTurn[]> {
    return (await this.db.selectFrom('turns').selectAll().where('conference_id', '=', conferenceId).orderBy('seq').execute()).map(liveTurnFromRow);
  }

  async setText(conferenceId: string, seq: number, text: Record<string, string>, at: string): Promise<void> {
    await this.db
      .updateTable('turns')
      .set({ text: JSON.stringify(text), ...searchTextColumn(this.db, text), updated_at: at })
      .where('conference_id', '=', conferenceId)
      .where('seq', '=', seq)
      .execute();
  }

  async finalize(conferenceId: string, seq: number, endsAt: number | null, at: string): Promise<void> {
    await this.db
      .updateTable('turns')
      .set({ state: 'final', ends_at: endsAt, updated_at: at })
      .where('conference_id', '=', conferenceId)
      .where('seq', '=', seq)
      .execute();
  }

  async replace(conferenceId: string, seq: number, content: TurnContent, revision: number, at: string): Promise<void> {
    await this.db
      .updateTable('turns')
      .set({
        kind: content.kind,
        speaker: json(content.speaker),
        speaker_name: content.speaker?.name ?? null,
        outlet: json(content.outlet),
        outlet_name: content.outlet?.name ?? null,
        outlet_origin: content.outlet?.origin ?? null,
        text: JSON.stringify(content.text),
        ...searchTextColumn(this.db, content.text),
        revision,
        updated_at: at,
      })
      .where('conference_id', '=', conferenceId)
      .where('seq', '=', seq)
      .execute();
  }

  async keepRevision(conferenceId: string, r: NewTurnRevision): Promise<void> {
    await this.db
      .insertInto('turn_revisions')
      .values({
        conference_id: conferenceId,
        seq: r.seq,
        revision: r.revision,
        kind: r.kind,
        speaker: json(r.speaker),
        outlet: json(r.outlet),
        text: JSON.stringify(r.text),
        author_id: r.authorId,
        created_at: r.at,
      })
      .execute();
  }

  async revisions(conferenceId: string, seq: number): Promise<TurnRevision[]> {
    const rows = await this.db
      .selectFrom('turn_revisions as r')
      .leftJoin('users as u', 'u.id', 'r.author_id')
      .select(['r.revision', 'r.kind', 'r.speaker', 'r.outlet', 'r.text', 'r.author_id', 'u.name as author_name', 'u.role as author_role', 'r.created_at'])
      .where('r.conference_id', '=', conferenceId)
      .where('r.seq', '=', seq)
      .orderBy('r.revision')
      .execute();
    return rows.map((r) => ({
      revision: r.revision,
      kind: r.kind as TurnKind,
      speaker: parseJson<Person | null>(r.speaker, null),
      outlet: parseJson<Outlet | null>(r.outlet, null),
      text: parseJson<Record<string, string>>(r.text, {}),
      authorId: r.author_id,
      authorName: r.author_name,
      authorRole: (r.author_role as UserRole | null) ?? null,
      createdAt: r.created_at,
    }));
  }

  /** Seqs of the turns that have been corrected, for showing correction history. */
  async correctedSeqs(conferenceId: string): Promise<number[]> {
    const rows = await this.db.selectFrom('turns').select('seq').where('conference_id', '=', conferenceId).where('revision', '>', 0).orderBy('seq').execute();
    return rows.map((r) => r.seq);
  }

  /**
   * Questions asked per outlet, in this conference and in all others, for the given outlets only:
   * the floor asks about the outlets in its queue on every change to it, and counting every outlet
   * of the archive scanned every turn ever stored. The totals come from the partial index
   * turns_questions (migration 0005) alone, counted in index order; `kind = 'question'` is written
   * as a literal so the planner can match that index's WHERE. This conference's share comes from
   * its own turns; earlier = total - here.
   */
  async questionsByOutlet(conferenceId: string, outletIds: readonly string[]): Promise<{ here: Map<string, number>; earlier: Map<string, number> }> {
    const here = new Map<string, number>();
    const earlier = new Map<string, number>();
    const wanted = [...new Set(outletIds)];
    if (wanted.length === 0) return { here, earlier };
    const hereRows = await this.db
      .selectFrom('turns')
      .select((eb) => ['outlet_id', eb.fn.countAll<number>().as('n')])
      .where('conference_id', '=', conferenceId)
      .where('kind', '=', 'question')
      .where('outlet_id', 'is not', null)
      .groupBy('outlet_id')
      .execute();
    const wantedSet = new Set(wanted);
    for (const r of hereRows) if (wantedSet.has(r.outlet_id!)) here.set(r.outlet_id!, Number(r.n));
    for (let i = 0; i < wanted.length; i += OUTLETS_PER_QUERY) {
      const totals = await this.db
        .selectFrom('turns')
        .select((eb) => ['outlet_id', eb.fn.countAll<number>().as('n')])
        .where(sql<boolean>`kind = 'question'`)
        .where('outlet_id', 'in', wanted.slice(i, i + OUTLETS_PER_QUERY))
        .groupBy('outlet_id')
        .execute();
      for (const r of totals) {
        const others = Number(r.n) - (here.get(r.outlet_id!) ?? 0);
        if (others > 0) earlier.set(r.outlet_id!, others);
      }
    }
    return { here, earlier };
  }

  /** The conference's latest question turn: whom the floor was last given to. */
  async lastQuestion(conferenceId: string): Promise<{ seq: number; handId: string | null; outlet: Outlet | null } | null> {
    const row = await this.db
      .selectFrom('turns')
      .select(['seq', 'hand_id', 'outlet'])
      .where('conference_id', '=', conferenceId)
      .where('kind', '=', 'question')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? { seq: row.seq, handId: row.hand_id, outlet: parseJson<Outlet | null>(row.outlet, null) } : null;
  }
}
