// The shapes of the real-transcript corpus kept in the repository: a manifest saying where each
// text came from (the texts themselves stay outside the checkout) and, per document, the facts a
// careful human reader established by reading it. See bench/corpus/README.md for the counting rules.
import { z } from 'zod';

export const SHAPES = ['text', 'markdown', 'html', 'pdf-text', 'ocr'] as const;
export type Shape = (typeof SHAPES)[number];

const Source = z.strictObject({
  /** owner/name of the public repository the text was read from. */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  path: z.string().min(1),
});

export const ManifestEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The file's name in the corpus folder (id plus extension). */
  file: z.string().min(1),
  /** The institution that published the transcript ("White House", "Ministry of Foreign Affairs of China"). */
  publisher: z.string().min(1),
  kind: z.enum(['government', 'foreign-ministry', 'central-bank', 'international-organisation', 'company', 'sports', 'other']),
  language: z.enum(['en', 'zh', 'en+zh']),
  shape: z.enum(SHAPES),
  source: Source,
  /** How the corpus file was made from the source file, so anyone can rebuild it. */
  derivation: z.string().min(1),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.strictObject({
  schema: z.literal('presser.corpus-manifest/1'),
  documents: z.array(ManifestEntry).min(1),
});
export type Manifest = z.infer<typeof Manifest>;

const Name = z.string().min(1);

export const SpeakerFact = z.strictObject({
  /** The fullest name the document gives ("Karine Jean-Pierre"), or the role label ("Senior Administration Official"). */
  name: Name,
  /** Other ways the document names the same person that a record may fairly use ("汪文斌" for "Wang Wenbin"). */
  aliases: z.array(Name).default([]),
  role: z.enum(['principal', 'moderator', 'journalist', 'interpreter', 'other']),
  /** How many turns this person has: each time the floor comes to them, whatever the turn's kind. */
  turns: z.number().int().nonnegative(),
});
export type SpeakerFact = z.infer<typeof SpeakerFact>;

export const OutletFact = z.union([Name, z.strictObject({ name: Name, aliases: z.array(Name).default([]) })]);
export type OutletFact = z.infer<typeof OutletFact>;

export const Facts = z.strictObject({
  schema: z.literal('presser.corpus-facts/1'),
  id: z.string(),
  /** The title as the document prints it, without a site-name suffix. */
  title: z.string().min(1),
  /** Other acceptable forms of the title (a second printed heading, the other language). */
  titleAliases: z.array(z.string()).default([]),
  /** YYYY-MM-DD, or null when the document does not say. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** Who answers, by the fullest name the document gives. */
  principals: z.array(Name).min(1),
  /** Named speakers with their turn counts; reporters the document does not name are not listed. */
  speakers: z.array(SpeakerFact).min(1),
  /** Turns by the press (named or not), every one counted. */
  questions: z.number().int().nonnegative(),
  /** Turns by principals after the first turn by the press. */
  answers: z.number().int().nonnegative(),
  /** Turns by principals before the first turn by the press (opening statements), when counted. */
  statements: z.number().int().nonnegative().optional(),
  /** Outlets that asked, as the document names them. */
  outlets: z.array(OutletFact).default([]),
  /** Text that is no one's speech (site footers, page furniture) and must not appear in any turn. */
  absent: z.array(z.string().min(1)).default([]),
  /** What is tricky in this document, for the reader of the scores. */
  notes: z.string().default(''),
});
export type Facts = z.infer<typeof Facts>;
export type FactsInput = z.input<typeof Facts>;
