// From a match plan (match.ts) to a PostgreSQL tsquery with the same meaning as the FTS5 expression:
// phrases as words in a row (<->), a prefix as :*, a phrase looked for in the body only as weight
// A (the body is weight A, the inner words of Chinese weight B), any/all/not as | & !. Built only
// from plainWords, each quoted, so nothing typed is read as tsquery syntax. websearch_to_tsquery
// cannot say prefix or body-only, so the plan is translated instead of the typed text.
import type { MatchNode, Phrase } from './match.ts';
import { plainWords } from './plain-words.ts';

function phrase(p: Phrase): string | null {
  const words = plainWords(p.text);
  if (words.length === 0) return null;
  const suffix = (last: boolean) => {
    const flags = (p.prefix && last ? '*' : '') + (p.bodyOnly ? 'A' : '');
    return flags ? `:${flags}` : '';
  };
  const parts = words.map((w, i) => `'${w}'${suffix(i === words.length - 1)}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

/** The tsquery text for to_tsquery('simple', …), or null when nothing is left to search for. */
export function tsquery(node: MatchNode): string | null {
  switch (node.op) {
    case 'phrase':
      return phrase(node.phrase);
    case 'any':
    case 'all': {
      const parts = node.of.map(tsquery).filter((p): p is string => p !== null);
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : `(${parts.join(node.op === 'any' ? ' | ' : ' & ')})`;
    }
    case 'not': {
      const but = tsquery(node.but);
      const not = tsquery(node.not);
      return but === null ? null : not === null ? but : `(${but} & !${not})`;
    }
  }
}
