// What a press officer reviews before publishing a record: turns still missing a language, turns
// left open, the corrections made, and the floor log. Publishing itself stays one state change; the
// review is what the admin page shows and asks about first.
import type { FloorLogEntry } from '../domain/floor.ts';
import type { ConferenceStatus, TurnKind } from '../domain/record.ts';
import type { AppContext } from './context.ts';
import { requireConference } from './conferences.ts';

export interface ReviewTurn {
  seq: number;
  kind: TurnKind;
  speaker: string | null;
}

export interface PublicationReview {
  slug: string;
  title: string;
  status: ConferenceStatus;
  languages: string[];
  turnCount: number;
  /** Turns without text in one or more of the conference's languages, and which. */
  uninterpreted: (ReviewTurn & { missing: string[] })[];
  /** Turns still being written. */
  open: ReviewTurn[];
  /** Corrected turns and how many revisions each has had. */
  corrections: (ReviewTurn & { revisions: number })[];
  floorLog: FloorLogEntry[];
  /** Whether the floor log is published with the record (the conference's setting). */
  floorLogPublished: boolean;
  /** What the admin is warned about before publishing. */
  warnings: ('notEnded' | 'empty' | 'open' | 'uninterpreted')[];
}

export async function publicationReview(ctx: AppContext, slug: string): Promise<PublicationReview> {
  const conference = await requireConference(ctx.store, slug);
  const turns = await ctx.store.turns.all(conference.id);
  const brief = (t: (typeof turns)[number]): ReviewTurn => ({ seq: t.seq, kind: t.kind, speaker: t.speaker?.name ?? t.outlet?.name ?? t.label });
  const uninterpreted = turns
    .map((t) => ({ ...brief(t), missing: conference.languages.filter((lang) => !(t.text[lang] ?? '').trim()) }))
    // A turn with no text at all is left to "open"/empty; one with some languages missing needs interpreting.
    .filter((t) => t.missing.length > 0 && t.missing.length < conference.languages.length);
  const open = turns.filter((t) => t.state === 'open').map(brief);
  const corrections = turns.filter((t) => t.revision > 0).map((t) => ({ ...brief(t), revisions: t.revision }));
  const floorLog = await ctx.store.floorLog.list(conference.id);
  const warnings: PublicationReview['warnings'] = [];
  if (conference.status !== 'ended') warnings.push('notEnded');
  if (turns.length === 0) warnings.push('empty');
  if (open.length > 0) warnings.push('open');
  if (uninterpreted.length > 0) warnings.push('uninterpreted');
  return {
    slug: conference.slug,
    title: conference.title,
    status: conference.status,
    languages: conference.languages,
    turnCount: turns.length,
    uninterpreted,
    open,
    corrections,
    floorLog,
    floorLogPublished: conference.settings.publishFloorLog,
    warnings,
  };
}
