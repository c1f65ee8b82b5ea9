// Compact per-document columns for the in-memory search table: small whole numbers in the
// narrowest typed array that holds them (widened when a larger value comes), and dictionaries
// that turn repeated strings (speakers, outlets, dates…) into such numbers.

type Codes = Uint8Array | Uint16Array | Uint32Array;

/** Whole numbers from 0 to 2^32 - 1 by slot, stored in 1, 2 or 4 bytes each. */
export class NumberColumn {
  values: Codes;

  constructor(capacity: number) {
    this.values = new Uint8Array(capacity);
  }

  set(slot: number, value: number): void {
    if (value > maxOf(this.values)) this.values = widened(this.values, value);
    this.values[slot] = value;
  }

  resize(capacity: number): void {
    const next = new (this.values.constructor as new (n: number) => Codes)(capacity);
    next.set(this.values.subarray(0, Math.min(capacity, this.values.length)));
    this.values = next;
  }

  /** Keeps the values of `slots`, in order, at 0, 1, 2… */
  keep(slots: Uint32Array): void {
    for (let i = 0; i < slots.length; i++) this.values[i] = this.values[slots[i]!]!;
  }

  get bytes(): number {
    return this.values.byteLength;
  }
}

function maxOf(values: Codes): number {
  return values instanceof Uint8Array ? 0xff : values instanceof Uint16Array ? 0xffff : 0xffffffff;
}

function widened(values: Codes, value: number): Codes {
  if (value > 0xffffffff) throw new RangeError(`${value} does not fit a search column`);
  const next = value > 0xffff ? new Uint32Array(values.length) : new Uint16Array(values.length);
  next.set(values);
  return next;
}

/** Strings to codes 1, 2, 3…; code 0 is null. */
export class Dictionary {
  /** values[code]; values[0] is null. */
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();

  code(value: string | null): number {
    if (value === null) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.codes.set(value, code);
    }
    return code;
  }

  /** The code of a value already seen, or undefined. */
  find(value: string): number | undefined {
    return this.codes.get(value);
  }

  get size(): number {
    return this.values.length;
  }

  /** A flag per code: 1 where the value passes the test (null never does). */
  flags(test: (value: string) => boolean): Uint8Array {
    const flags = new Uint8Array(this.values.length);
    this.values.forEach((value, code) => {
      if (value !== null && test(value)) flags[code] = 1;
    });
    return flags;
  }
}

/** A string column: a dictionary and the code of each slot's value. */
export class StringColumn {
  readonly dictionary = new Dictionary();
  readonly codes: NumberColumn;

  constructor(capacity: number) {
    this.codes = new NumberColumn(capacity);
  }

  set(slot: number, value: string | null): void {
    this.codes.set(slot, this.dictionary.code(value));
  }

  get(slot: number): string | null {
    return this.dictionary.values[this.codes.values[slot]!] ?? null;
  }
}
