// The composer's keys, in one place so the help and the handler agree.
import type { WritePageData } from '../../src/http/pages/page-data.ts';

export type ComposerAction =
  | 'commit'
  | 'paragraph'
  | 'finalizeAndAnswer'
  | 'finalizeOnly'
  | 'correct'
  | 'previousTurn'
  | 'nextTurn'
  | { principal: number }
  | null;

export function composerAction(event: KeyboardEvent): ComposerAction {
  // Enter that confirms an input method's candidate (Chinese, Japanese…) is not ours.
  if (event.isComposing || event.keyCode === 229) return null;
  const ctrl = event.ctrlKey || event.metaKey;
  if (event.key === 'Enter') {
    if (ctrl && event.shiftKey) return 'finalizeOnly';
    if (ctrl) return 'finalizeAndAnswer';
    if (event.altKey) return 'paragraph';
    if (!event.shiftKey) return 'commit';
    return null;
  }
  if (event.altKey && !ctrl) {
    if (event.code === 'KeyC') return 'correct';
    if (event.key === 'ArrowUp') return 'previousTurn';
    if (event.key === 'ArrowDown') return 'nextTurn';
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (digit) return { principal: Number(digit[1]) - 1 };
  }
  return null;
}

export const KEY_HELP: [string[], keyof WritePageData['t']['write']][] = [
  [['Enter'], 'keyEnter'],
  [['Alt', 'Enter'], 'keyParagraph'],
  [['Ctrl', 'Enter'], 'keyFinalize'],
  [['Ctrl', 'Shift', 'Enter'], 'keyFinalizeOnly'],
  [['Alt', '1…9'], 'keyPrincipal'],
  [['Alt', 'C'], 'keyCorrect'],
  [['Alt', '↑'], 'keyTurn'],
];
