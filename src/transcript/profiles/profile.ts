// Publisher profiles: what one publisher's transcripts look like, declared in a small YAML file
// and validated here. A profile refines the generic inference, never replaces it: labels it
// names get the part it gives (the rest are inferred), furniture it describes is taken out
// before paragraphs are read, and cues in the text tell which shipped profile applies.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { z as Z } from 'zod';
import { TranscriptError } from '../errors.ts';
import { yamlLibrary, zodLibrary } from '../lazy-libraries.ts';
import { foldedToSimplified } from '../zh/script.ts';

// Built on first use (zod and YAML load only when a profile is read; see lazy-libraries.ts).
function schemas(z: typeof Z) {
  const PART = z.enum(['principal', 'moderator', 'journalist', 'interpreter', 'other']);

  const LabelRule = z.strictObject({
    /** The part the speaker plays. */
    role: PART,
    /** The person's full name, where the label gives only an office ("THE PRESIDENT"). */
    name: z.string().min(1).optional(),
    /** The outlet a questioner asks for. */
    outlet: z.string().min(1).optional(),
  });

  const ProfileSchema = z.strictObject({
    /** A short identifier, shown in --report. */
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'),
    description: z.string().optional(),
    /** Strings (case-insensitive) any of which, found near the top of a document, select the profile. */
    cues: z.array(z.string().min(3)).default([]),
    /** Labels as printed (compared without case) and the part each plays. */
    labels: z.record(z.string().min(1), LabelRule).default({}),
    /** Regular expressions for whole lines of page or site furniture, taken out before anything is read. */
    furniture: z.array(z.string().min(1)).default([]),
    /** Regular expressions for the line that opens the page's footer (in its second half): it and every line after it are furniture. */
    footer: z.array(z.string().min(1)).default([]),
    /** A regular expression for the line after which the transcript starts ("Full Transcript"): the site's lines between the page's title and it are furniture. */
    start: z.string().min(1).optional(),
    /** The languages a bilingual publisher prints side by side, original first. */
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/))
      .max(2)
      .default([]),
  });
  return { LabelRule, ProfileSchema };
}

type Schemas = ReturnType<typeof schemas>;
let built: Schemas | undefined;

/** The profile schema (zod), built on first use. */
export function profileSchema(): Schemas['ProfileSchema'] {
  built ??= schemas(zodLibrary().z);
  return built.ProfileSchema;
}

export type ProfileSpec = Z.infer<Schemas['ProfileSchema']>;
export type LabelRole = Z.infer<Schemas['LabelRule']>;

export interface Profile {
  name: string;
  /** Where it came from: "shipped" or the file a user gave. */
  source: string;
  cues: string[];
  /** By label, lowercased with spaces collapsed. */
  labels: Map<string, LabelRole>;
  furniture: RegExp[];
  footer: RegExp[];
  /** The line after which the transcript starts, or null. */
  start: RegExp | null;
  languages: string[];
}

/** A profile from YAML text; a TranscriptError ('bad_profile') with the first problem otherwise. */
export function readProfile(text: string, source: string): Profile {
  return profileFromSpec(validatedSpec(text, source), source);
}

/** The YAML text parsed and validated: the spec with its defaults filled in. */
function validatedSpec(text: string, source: string): ProfileSpec {
  let raw: unknown;
  try {
    raw = yamlLibrary().parse(text);
  } catch (error) {
    throw new TranscriptError('bad_profile', `${source}: not YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const parsed = profileSchema().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TranscriptError('bad_profile', `${source}: ${issue.path.join('.') || 'profile'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The profile a validated spec describes. */
function profileFromSpec(spec: ProfileSpec, source: string): Profile {
  const patterns = (field: 'furniture' | 'footer') =>
    spec[field].map((pattern, i) => {
      try {
        return new RegExp(foldedToSimplified(pattern), 'u');
      } catch {
        throw new TranscriptError('bad_profile', `${source}: ${field}.${i}: not a regular expression`);
      }
    });
  const furniture = patterns('furniture');
  const footer = patterns('footer');
  let start: RegExp | null = null;
  try {
    start = spec.start ? new RegExp(foldedToSimplified(spec.start), 'u') : null;
  } catch {
    throw new TranscriptError('bad_profile', `${source}: start: not a regular expression`);
  }
  const labels = new Map(Object.entries(spec.labels).map(([label, rule]) => [labelKey(label), rule]));
  return {
    name: spec.name,
    source,
    cues: spec.cues.map((c) => foldedToSimplified(c.toLowerCase())),
    labels,
    furniture,
    footer,
    start,
    languages: spec.languages,
  };
}

// (Folded as the text is read: a profile's "記者" names the label the text prints as "记者" or "記者".)
export function labelKey(label: string): string {
  return foldedToSimplified(label.toLowerCase().replace(/\s+/g, ' ').trim());
}

let shipped: Profile[] | null = null;

/** A shipped profile's file name and its validated spec: what the build writes to profiles/shipped.json. */
export interface ShippedSpec {
  file: string;
  spec: ProfileSpec;
}

/** The file the build writes beside the shipped YAML profiles (scripts/build.mjs). */
export const SHIPPED_JSON = 'shipped.json';

/** The profiles that ship with presser (this folder's *.yaml), read once. */
export function shippedProfiles(): Profile[] {
  if (!shipped) {
    // Beside this file in the sources; in the build this code is a chunk in dist/chunks/ and the
    // build copies the profiles to dist/profiles/, with shipped.json: the same profiles validated
    // at build time, so that a command (and each worker thread of a bulk import) reads them
    // without loading YAML and zod, ~0.1 s of CPU.
    const folders = [new URL('./', import.meta.url), new URL('../profiles/', import.meta.url)];
    const built = folders.map((f) => new URL(SHIPPED_JSON, f)).find((f) => existsSync(f));
    shipped = built ? profilesFromJson(readFileSync(built, 'utf8')) : profilesFromSpecs(shippedSpecs(folders.find((f) => yamlIn(f).length > 0)));
  }
  return shipped;
}

/** The profiles of a shipped.json the build wrote (validated then: not again). */
export function profilesFromJson(json: string): Profile[] {
  return profilesFromSpecs(JSON.parse(json) as ShippedSpec[]);
}

function profilesFromSpecs(specs: readonly ShippedSpec[]): Profile[] {
  return specs.map(({ file, spec }) => profileFromSpec(spec, `shipped:${file}`));
}

/** The YAML profiles of a folder, validated, in file-name order. */
export function shippedSpecs(folder: URL | undefined): ShippedSpec[] {
  if (!folder) return [];
  return yamlIn(folder)
    .sort()
    .map((file) => ({ file, spec: validatedSpec(readFileSync(new URL(file, folder), 'utf8'), `shipped:${file}`) }));
}

function yamlIn(folder: URL): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')) : [];
}

// Cues are looked for in the document's opening: where publishers put their letterheads.
const CUE_WINDOW = 3000;

let cuePattern: { pattern: RegExp; byCue: Map<string, Profile[]> } | null = null;

/** Every shipped cue in one case-insensitive pattern: the opening is read once, not once per cue. */
function cues(): { pattern: RegExp; byCue: Map<string, Profile[]> } {
  if (!cuePattern) {
    const byCue = new Map<string, Profile[]>();
    for (const profile of shippedProfiles()) for (const cue of profile.cues) byCue.set(cue, [...(byCue.get(cue) ?? []), profile]);
    const alternatives = [...byCue.keys()].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cuePattern = { pattern: new RegExp(alternatives.join('|'), 'giu'), byCue };
  }
  return cuePattern;
}

const SITE_WEIGHT = 100;
const SITE_ADDRESS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

/** The shipped profile whose cues the document's opening carries (the one with most cues found), or null. */
export function recogniseProfile(text: string): Profile | null {
  const { pattern, byCue } = cues();
  if (byCue.size === 0) return null;
  const found = new Map<Profile, Set<string>>();
  for (const match of text.slice(0, CUE_WINDOW).matchAll(pattern)) {
    const cue = match[0].toLowerCase();
    for (const profile of byCue.get(cue) ?? []) {
      let seen = found.get(profile);
      if (!seen) found.set(profile, (seen = new Set()));
      seen.add(cue);
    }
  }
  let best: Profile | null = null;
  let bestScore = 0;
  for (const [profile, seen] of found) {
    // A site's address ("fool.com") names the publisher more surely than a genre's words ("earnings call",
    // "[operator instructions]"), however many of those: the publisher's profile knows its own pages.
    const score = seen.size + ([...seen].some((cue) => SITE_ADDRESS.test(cue)) ? SITE_WEIGHT : 0);
    if (score > bestScore) [best, bestScore] = [profile, score];
  }
  return best;
}
