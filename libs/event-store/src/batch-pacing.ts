/**
 * Spaces live batches under sustained load. A subscriber that keeps up is handed each append on its
 * own, and every handler call has a fixed cost (the projector's: a transaction, its locks and
 * checkpoints), so under a steady flow of appends that cost was paid per command. Once two batches
 * have been taken back to back, with no idle moment between them, the next is taken no sooner than
 * `intervalMs` after the previous one, and carries everything that arrived meanwhile. The first append
 * after a quiet moment is handed over at once, and a full batch (catching up) is never held back.
 */
export class BatchPacer {
  /** When the last batch was taken; undefined after an idle moment. */
  private lastTakenAt: number | undefined;
  private backToBack = false;
  private full = false;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A batch of `size` events, of at most `max`, was just taken. */
  took(size: number, max: number): void {
    this.backToBack = this.lastTakenAt !== undefined;
    this.lastTakenAt = this.now();
    this.full = size >= max;
  }

  /** Nothing was waiting: the next batch goes at once. */
  idle(): void {
    this.lastTakenAt = undefined;
    this.backToBack = false;
  }

  /** How long to wait before taking the next batch, in ms. */
  delay(): number {
    if (this.intervalMs <= 0 || !this.backToBack || this.full || this.lastTakenAt === undefined) return 0;
    return Math.max(0, this.lastTakenAt + this.intervalMs - this.now());
  }
}
