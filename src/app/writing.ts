// Writing the record live: transcribers open turns and write them in pieces, interpreters add other
// languages, a turn is finalized, then corrected with every revision kept.
import { diffWords } from 'diff';
import { z } from './zod.ts';
import { acceptsWriting } from '../domain/lifecycle.ts';
import { nameKey, TURN_KINDS, type Outlet, type Person, type TurnKind } from '../domain/record.ts';
import { EDITOR_ROLE_WORDS, interpretedLanguages, USER_ROLES, type User } from '../domain/roles.ts';
import type { ConferenceInfo, LiveTurn, Repositories, TurnContent } from '../store/store.ts';
import { requireConference, secondsIntoConference } from './conferences.ts';
import { commit, type AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { publicTurn, type PublicTurn } from './presenters.ts';

const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A new live turn, as a writer asks for it (POST .../turns); the HTTP layer validates with it. */
export const OpenTurnSchema = z.object({
  kind: z.enum(TURN_KINDS),
  speaker: z.string().trim().min(1).max(200).optional().meta({ description: "the speaker's name; a principal's name links to the principal" }),
  outlet: z.string().trim().min(1).max(200).optional(),
  replyTo: z.number().int().min(1).optional(),
});
export type OpenTurnInput = z.infer<typeof OpenTurnSchema>;

function assertWritable(conference: ConferenceInfo, actor: User): void {
  if (acceptsWriting(conference.status)) return;
  if (conference.status === 'published' && actor.role === 'admin') return;
  throw new AppError('wrong_state', `the record cannot be written while the conference is ${conference.status}`);
}

/** The person named: a principal by name, else someone the record has not met before. */
function resolveSpeaker(conference: ConferenceInfo, name: string | undefined, kind: TurnKind): Person | null {
  if (!name) return null;
  const principal = conference.principals.find((p) => nameKey(p.name) === nameKey(name));
  if (principal) return principal;
  return { name, titles: [], role: kind === 'question' ? 'journalist' : kind === 'moderation' ? 'moderator' : 'other' };
}

async function resolveOutlet(tx: Repositories, name: string | undefined): Promise<{ outlet: Outlet | null; outletId: string | null }> {
  if (!name) return { outlet: null, outletId: null };
  const known = await tx.outlets.findByName(name);
  if (!known) return { outlet: { name, aliases: [], country: null, origin: 'unknown' }, outletId: null };
  return { outlet: { name: known.name, aliases: known.aliases, country: known.country, origin: known.origin }, outletId: known.id };
}

export async function openTurn(ctx: AppContext, actor: User, slug: string, input: OpenTurnInput): Promise<PublicTurn> {
  return commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    assertWritable(conference, actor);
    const speaker =
      resolveSpeaker(conference, input.speaker, input.kind) ??
      (input.kind === 'answer' || input.kind === 'statement' ? (conference.principals[0] ?? null) : null);
    const { outlet, outletId } = await resolveOutlet(tx, input.outlet);
    const turns = await tx.turns.all(conference.id);
    let replyTo = input.replyTo ?? null;
    if (replyTo !== null && !turns.some((t) => t.seq === replyTo && t.kind === 'question'))
      throw new AppError('validation_failed', `turn ${replyTo} is not a question`, 'replyTo');
    if (replyTo === null && input.kind === 'answer') replyTo = [...turns].reverse().find((t) => t.kind === 'question')?.seq ?? null;
    const startsAt = secondsIntoConference(conference, ctx.clock.now());
    const turn = await tx.turns.open(conference.id, { kind: input.kind, speaker, outlet, outletId, replyTo, label: null, startsAt, handId: null }, at);
    emit(conference.id, { type: 'turn.opened', public: publicTurn(turn), staff: null, users: null });
    return publicTurn(turn);
  });
}

async function requireTurn(tx: Repositories, conference: ConferenceInfo, seq: number): Promise<LiveTurn> {
  const turn = await tx.turns.get(conference.id, seq);
  if (!turn) throw new AppError('not_found', `no turn ${seq} in this conference`);
  return turn;
}

/**
 * Appends a piece of text. The conference's first language closes when the turn is finalized;
 * other languages stay open so interpretation may trail the speaker.
 */
/** Interpreters write only the languages they interpret into. */
function assertMayWriteLanguages(conference: ConferenceInfo, actor: User, langs: readonly string[]): void {
  if (actor.role !== 'interpreter') return;
  const allowed = interpretedLanguages(conference.languages);
  const refused = langs.filter((l) => !allowed.includes(l));
  if (refused.length === 0) return;
  const into = allowed.length > 0 ? `only ${allowed.join(', ')}` : 'no language (the conference has one language only)';
  throw new AppError('forbidden', `interpreters write the languages interpreted into, here ${into}; not ${refused.join(', ')}`, 'lang');
}

export async function appendText(
  ctx: AppContext,
  actor: User,
  slug: string,
  seq: number,
  lang: string,
  piece: string,
): Promise<{ seq: number; lang: string; length: number }> {
  return commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    assertWritable(conference, actor);
    assertMayWriteLanguages(conference, actor, [lang]);
    const turn = await requireTurn(tx, conference, seq);
    if (turn.state === 'final' && lang === conference.languages[0]) throw new AppError('wrong_state', `turn ${seq} is final; correct it with PATCH`);
    const current = turn.text[lang] ?? '';
    const joined = joinPiece(current, piece);
    await tx.turns.setText(conference.id, seq, { ...turn.text, [lang]: joined }, at);
    emit(conference.id, { type: 'turn.text', public: { seq, lang, append: joined.slice(current.length) }, staff: null, users: null });
    return { seq, lang, length: joined.length };
  });
}

/** Pieces are words or sentences typed one after another: one space between them, unless either side already has one or the text is CJK. */
function joinPiece(current: string, piece: string): string {
  if (!current || /\s$/.test(current) || /^\s/.test(piece)) return current + piece;
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
  if (cjk.test(current.slice(-1)) || cjk.test(piece.charAt(0))) return current + piece;
  return `${current} ${piece}`;
}

export async function finalizeTurn(ctx: AppContext, actor: User, slug: string, seq: number): Promise<PublicTurn> {
  return commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    assertWritable(conference, actor);
    const turn = await requireTurn(tx, conference, seq);
    if (turn.state === 'final') return publicTurn(turn);
    const endsAt = secondsIntoConference(conference, ctx.clock.now());
    const trimmed = Object.fromEntries(Object.entries(turn.text).map(([l, t]) => [l, t.trim()]));
    await tx.turns.setText(conference.id, seq, trimmed, at);
    await tx.turns.finalize(conference.id, seq, endsAt, at);
    emit(conference.id, { type: 'turn.finalized', public: { seq, text: trimmed }, staff: null, users: null });
    return publicTurn({ ...turn, text: trimmed, state: 'final', endsAt });
  });
}

export const CorrectionSchema = z
  .object({
    text: z.record(z.string().regex(LANG_TAG, 'a language tag such as en or zh'), z.string().max(200_000)).optional(),
    kind: z.enum(TURN_KINDS).optional(),
    speaker: z.string().trim().min(1).max(200).nullable().optional(),
    outlet: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .refine((c) => Object.keys(c).length > 0, 'name at least one of text, kind, speaker, outlet');
export type Correction = z.infer<typeof CorrectionSchema>;

/**
 * The record keeps every version of a corrected turn: the first correction keeps what the turn said
 * as revision 0 (by no one, at its last write), and each correction is kept as the next revision.
 * Returns the new revision number.
 */
export async function storeCorrection(
  tx: Repositories,
  conferenceId: string,
  turn: LiveTurn,
  content: TurnContent,
  authorId: string,
  at: string,
): Promise<number> {
  if (turn.revision === 0)
    await tx.turns.keepRevision(conferenceId, {
      seq: turn.seq,
      kind: turn.kind,
      speaker: turn.speaker,
      outlet: turn.outlet,
      text: turn.text,
      revision: 0,
      authorId: null,
      at: turn.updatedAt,
    });
  const revision = turn.revision + 1;
  await tx.turns.replace(conferenceId, turn.seq, content, revision, at);
  await tx.turns.keepRevision(conferenceId, { seq: turn.seq, ...content, revision, authorId, at });
  return revision;
}

export async function correctTurn(ctx: AppContext, actor: User, slug: string, seq: number, correction: Correction): Promise<PublicTurn> {
  return commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    assertWritable(conference, actor);
    assertMayWriteLanguages(conference, actor, Object.keys(correction.text ?? {}));
    if (actor.role === 'interpreter' && (correction.kind !== undefined || correction.speaker !== undefined || correction.outlet !== undefined)) {
      throw new AppError('forbidden', 'interpreters correct the text of their languages only, not the kind, speaker or outlet');
    }
    const turn = await requireTurn(tx, conference, seq);
    const kind = correction.kind ?? turn.kind;
    const speaker = correction.speaker === undefined ? turn.speaker : resolveSpeaker(conference, correction.speaker ?? undefined, kind);
    const outlet = correction.outlet === undefined ? turn.outlet : (await resolveOutlet(tx, correction.outlet ?? undefined)).outlet;
    const text = { ...turn.text, ...correction.text };
    const revision = await storeCorrection(tx, conference.id, turn, { kind, speaker, outlet, text }, actor.id, at);
    const corrected = publicTurn({ ...turn, kind, speaker, outlet, text, revision });
    // The public learns which role corrected the record; staff also see who.
    emit(conference.id, {
      type: 'turn.corrected',
      public: { turn: corrected, by: EDITOR_ROLE_WORDS[actor.role], byRole: actor.role },
      staff: { turn: corrected, by: actor.name, byRole: actor.role },
      users: null,
    });
    return corrected;
  });
}

const DiffPartSchema = z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() });
/** One revision of a turn as readers see it; GET .../revisions answers a list of them. */
export const RevisionViewSchema = z.object({
  revision: z.number().int(),
  at: z.string(),
  /** Staff see the account's name; the public the role's word (EDITOR_ROLE_WORDS). */
  by: z.string().nullable(),
  byRole: z.enum(USER_ROLES).nullable(),
  kind: z.enum(TURN_KINDS),
  speaker: z.string().nullable(),
  outlet: z.string().nullable(),
  text: z.record(z.string(), z.string()),
  /** Word changes from the previous revision, per language. */
  diff: z.record(z.string(), z.array(DiffPartSchema)),
});
export type RevisionView = z.infer<typeof RevisionViewSchema>;

export async function turnRevisions(ctx: AppContext, slug: string, seq: number, viewer: 'public' | 'staff'): Promise<RevisionView[]> {
  const conference = await requireConference(ctx.store, slug);
  await requireTurn(ctx.store, conference, seq);
  const revisions = await ctx.store.turns.revisions(conference.id, seq);
  return revisions.map((r, i) => {
    const before = revisions[i - 1]?.text ?? {};
    const langs = [...new Set([...Object.keys(before), ...Object.keys(r.text)])];
    const diff = Object.fromEntries(
      langs.map((l) => [
        l,
        diffWords(before[l] ?? '', r.text[l] ?? '').map((c) => ({
          value: c.value,
          ...(c.added ? { added: true } : {}),
          ...(c.removed ? { removed: true } : {}),
        })),
      ]),
    );
    const by = viewer === 'staff' ? r.authorName : r.authorRole ? EDITOR_ROLE_WORDS[r.authorRole] : null;
    return {
      revision: r.revision,
      at: r.createdAt,
      by,
      byRole: r.authorRole,
      kind: r.kind,
      speaker: r.speaker?.name ?? null,
      outlet: r.outlet?.name ?? null,
      text: r.text,
      diff,
    };
  });
}
