// The interface languages and their catalogs. Record text is never translated: it is shown in its
// own language(s) whatever the interface language is.
import { en } from './en.ts';
import { zh } from './zh.ts';

export type Messages = typeof en;
export const UI_LANGS = ['en', 'zh'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const CATALOGS: Record<UiLang, Messages> = { en, zh };

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}

export { fill, languageName, nextQuestion } from './fill.ts';
