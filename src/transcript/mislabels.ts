// A turn printed under the wrong label. Transcribers slip: a reporter's question typed under
// "THE PRESIDENT:", found because it thanks the very office its label names ("Thank you so much,
// Mr. President."). Nobody addresses themself by their own office.
import type { CastTurn } from './participants.ts';

// "THE PRESIDENT", "THE VICE PRESIDENT", "THE SECRETARY": the office alone, as the label.
const OFFICE_LABEL = /^the\s+((?:vice\s+|prime\s+)?(?:president|minister|secretary|chancellor|premier|governor|mayor|chair|chairman|chairwoman|ambassador))$/i;

/** Indexes of turns labelled by an office that open by addressing that same office. */
export function selfAddressedTurns(labels: readonly string[], texts: readonly string[]): number[] {
  const found: number[] = [];
  const addresses = new Map<string, RegExp>();
  for (let i = 0; i < labels.length; i++) {
    const office = OFFICE_LABEL.exec(labels[i]!.trim())?.[1]?.toLowerCase();
    if (!office) continue;
    let addressed = addresses.get(office);
    if (!addressed) {
      addressed = new RegExp(`^(?:thank you|thanks)(?:\\s+(?:so|very)\\s+much)?,\\s+(?:mr\\.?|madam|madame)\\s+${office.replace(/\s+/g, '\\s+')}\\b`, 'i');
      addresses.set(office, addressed);
    }
    if (addressed.test(texts[i]!.slice(0, 80)) && /[?？]/.test(texts[i]!)) found.push(i);
  }
  return found;
}

export const MISLABELLED: CastTurn = {
  part: 'journalist',
  speaker: null,
  outlet: null,
  rule: 'journalist: thanks the office its label names, a reporter’s turn under the wrong label',
};
