// What the transcriber sends, one request at a time in the order typed. When one fails (the hall's
// wifi drops), the rest are not sent either, and the words of every unsent piece go back into the
// composer in their order, so nothing typed is lost.

export interface OutboxItem {
  run(): Promise<unknown>;
  /** The typed words this item carries, to give back if it is not sent. */
  words?: string;
}

export class Outbox {
  private items: OutboxItem[] = [];
  private running = false;

  constructor(
    private readonly onFailure: (error: Error, unsentWords: string) => void,
    private readonly onSent: () => void,
  ) {}

  push(...items: OutboxItem[]): void {
    this.items.push(...items);
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.items.length > 0) {
        const item = this.items[0]!;
        try {
          await item.run();
          this.items.shift();
          this.onSent();
        } catch (error) {
          const unsent = this.items
            .map((i) => i.words ?? '')
            .filter(Boolean)
            .join(' ');
          this.items = [];
          this.onFailure(error as Error, unsent);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
