// Delivers live-room messages exactly once and in seq order: buffers what arrives early, reports a gap so the
// client asks for it, and accepts catch-up windows whose `upTo` also covers holes (numbers never stored).
export interface Sequenced {
  readonly seq: number;
}

export class MessageSequence<M extends Sequenced> {
  private readonly early = new Map<number, M>();

  constructor(
    private last: number,
    private readonly deliver: (message: M) => void,
  ) {}

  /** The highest seq delivered (or skipped as a hole); a reconnect asks for everything after it. */
  get lastSeq(): number {
    return this.last;
  }

  /** True while a message arrived ahead of one still missing. */
  get hasGap(): boolean {
    return this.early.size > 0;
  }

  /** A live message; returns true when it revealed a gap to fetch. */
  receive(message: M): boolean {
    if (message.seq <= this.last || this.early.has(message.seq)) return false;
    this.early.set(message.seq, message);
    this.drain();
    return this.hasGap;
  }

  /** A history or catch-up answer: every message after lastSeq up to `upTo`; missing numbers up to it are holes. */
  applyWindow(messages: readonly M[], upTo: number): void {
    for (const message of messages) if (message.seq > this.last && !this.early.has(message.seq)) this.early.set(message.seq, message);
    const covered = [...this.early.keys()].filter((seq) => seq <= upTo).sort((a, b) => a - b);
    for (const seq of covered) {
      const message = this.early.get(seq);
      this.early.delete(seq);
      if (message) this.deliver(message);
    }
    this.last = Math.max(this.last, upTo);
    this.drain();
  }

  private drain(): void {
    for (let next = this.early.get(this.last + 1); next; next = this.early.get(this.last + 1)) {
      this.early.delete(next.seq);
      this.last = next.seq;
      this.deliver(next);
    }
  }
}
