// Message helpers with no catalog attached, so a browser script can use them without carrying
// every language's text.

/** Fills {placeholders}; a missing value leaves the braces visible so the gap is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "Next question: NAME, OUTLET" in the interface language. */
export function nextQuestion(t: { nextQuestion: string; nextQuestionNoOutlet: string }, name: string, outlet: string | null): string {
  return outlet ? fill(t.nextQuestion, { name, outlet }) : fill(t.nextQuestionNoOutlet, { name });
}

/** The name of a language in the interface language: "Chinese", "中文". */
export function languageName(tag: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
