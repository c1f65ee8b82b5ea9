// Turns written live: opened, written in pieces per language, finalized, corrected with revisions kept.
import type { Outlet, Person, Turn, TurnKind } from '../../domain/record.ts';
import type { TurnsTable } from '../schema.ts';
import { searchTextColumn } from './search-text.ts';
import { json, type Db } from './db.ts';
import { parseJson, turnFromRow } from './rows.ts';

export interface LiveTurn extends Turn {
  state: 'open' | 'final';
  revision: number;
  handId: string | null;
  updatedAt: string;
}

export interface TurnRevision {
  revision: number;
  kind: TurnKind;
  speaker: Person | null;
  outlet: Outlet | null;
  text: Record<string, string>;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
}

export interface OpenTurn {
  kind: TurnKind;
  speaker: Person | null;
  outlet: Outlet | null;
  outletId: string | null;
  replyTo: number | null;
  label: string | null;
  startsAt: number | null;
  handId: string | null;
}

export function liveTurnFromRow(row: TurnsTable): LiveTurn {
  return { ...turnFromRow(row), state: row.state as LiveTurn['state'], revision: row.revision, handId: row.hand_id, updatedAt: row.updated_at };
}

export class LiveTurnRepo {
  constructor(private readonly db: Db) {}

  async open(conferenceId: string, input: OpenTurn): Promise<LiveTurn> {
    const last = await this.db.selectFrom('turns').select((eb) => eb.fn.max('seq').as('seq')).where('conference_id', '=', conferenceId).executeTakeFirst();
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
      updated_at: new Date().toISOString(),
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

  async setText(conferenceId: string, seq: number, text: Record<string, string>): Promise<void> {
    await this.db.updateTable('turns').set({ text: JSON.stringify(text), ...searchTextColumn(this.db, text), updated_at: new Date().toISOString() }).where('conference_id', '=', conferenceId).where('seq', '=', seq).execute();
  }

  async finalize(conferenceId: string, seq: number, endsAt: number | null): Promise<void> {
    await this.db.updateTable('turns').set({ state: 'final', ends_at: endsAt, updated_at: new Date().toISOString() }).where('conference_id', '=', conferenceId).where('seq', '=', seq).execute();
  }

  /** Replaces a turn's content and keeps what it said before as a numbered revision. */
  async correct(conferenceId: string, turn: LiveTurn, changes: { kind: TurnKind; speaker: Person | null; outlet: Outlet | null; text: Record<string, string> }, authorId: string): Promise<number> {
    const now = new Date().toISOString();
    if (turn.revision === 0) await this.keepRevision(conferenceId, turn, 0, null, turn.updatedAt);
    const revision = turn.revision + 1;
    await this.db
      .updateTable('turns')
      .set({
        kind: changes.kind,
        speaker: json(changes.speaker),
        speaker_name: changes.speaker?.name ?? null,
        outlet: json(changes.outlet),
        outlet_name: changes.outlet?.name ?? null,
        outlet_origin: changes.outlet?.origin ?? null,
        text: JSON.stringify(changes.text),
        ...searchTextColumn(this.db, changes.text),
        revision,
        updated_at: now,
      })
      .where('conference_id', '=', conferenceId)
      .where('seq', '=', turn.seq)
      .execute();
    await this.keepRevision(conferenceId, { ...turn, ...changes }, revision, authorId, now);
    return revision;
  }

  private async keepRevision(conferenceId: string, turn: Pick<Turn, 'seq' | 'kind' | 'speaker' | 'outlet' | 'text'>, revision: number, authorId: string | null, at: string) {
    await this.db
      .insertInto('turn_revisions')
      .values({ conference_id: conferenceId, seq: turn.seq, revision, kind: turn.kind, speaker: json(turn.speaker), outlet: json(turn.outlet), text: JSON.stringify(turn.text), author_id: authorId, created_at: at })
      .execute();
  }

  async revisions(conferenceId: string, seq: number): Promise<TurnRevision[]> {
    const rows = await this.db
      .selectFrom('turn_revisions as r')
      .leftJoin('users as u', 'u.id', 'r.author_id')
      .select(['r.revision', 'r.kind', 'r.speaker', 'r.outlet', 'r.text', 'r.author_id', 'u.name as author_name', 'r.created_at'])
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
      createdAt: r.created_at,
    }));
  }

  /** Seqs of the turns that have been corrected, for showing correction history. */
  async correctedSeqs(conferenceId: string): Promise<number[]> {
    const rows = await this.db.selectFrom('turns').select('seq').where('conference_id', '=', conferenceId).where('revision', '>', 0).orderBy('seq').execute();
    return rows.map((r) => r.seq);
  }

  /** Questions asked per outlet: in this conference, and in all others. */
  async questionsByOutlet(conferenceId: string): Promise<{ here: Map<string, number>; earlier: Map<string, number> }> {
    const rows = await this.db
      .selectFrom('turns')
      .select((eb) => ['outlet_id', eb(eb.ref('conference_id'), '=', conferenceId).as('here'), eb.fn.countAll<number>().as('n')])
      .where('kind', '=', 'question')
      .where('outlet_id', 'is not', null)
      .groupBy(['outlet_id', 'here'])
      .execute();
    const here = new Map<string, number>();
    const earlier = new Map<string, number>();
    for (const r of rows) (Number(r.here) ? here : earlier).set(r.outlet_id!, Number(r.n));
    return { here, earlier };
  }
}
