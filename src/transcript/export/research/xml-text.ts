// Text that XML 1.0 can carry, and identifiers it accepts.

/**
 * Text for xmlbuilder2's txt(): characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF)
 * dropped, and every "&" escaped here, because xmlbuilder2 leaves an "&" that looks like an entity
 * ("&amp;" typed in a transcript) as it is, which a reader would then decode. It escapes < and > itself.
 */
export function xmlSafe(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;');
}

/** A lowercase ASCII form of a name for an xml:id ("Émile Roux" → "emile-roux"); empty for names with no Latin letters. */
export function asciiSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Hands out xml:ids that are valid and unique within one document: prefix.slug, prefix.slug-2, or prefix.N. */
export class IdMaker {
  private readonly used = new Set<string>();
  private counter = 0;

  make(prefix: string, name: string): string {
    const slug = asciiSlug(name);
    const base = slug ? `${prefix}.${slug}` : `${prefix}.${++this.counter}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
