// English given names (the `human-names` package's lists): "Ben.", "Toby.", "Roger." alone at the end
// of a principal's turn call on a reporter, though each is also a word of the dictionary.
import female from 'human-names/data/female-human-names-en.json' with { type: 'json' };
import male from 'human-names/data/male-human-names-en.json' with { type: 'json' };

let names: Set<string> | null = null;

/** Whether the word (any case) is a common English given name. */
export function isGivenName(word: string): boolean {
  names ??= new Set([...male, ...female].map((name) => name.toLowerCase()));
  return names.has(word.toLowerCase());
}
