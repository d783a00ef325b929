/** A pause that `wake` ends early (a stop, or a queue that filled up meanwhile). */
export class WakeablePause {
  private end: (() => void) | undefined;

  /** A pause left behind (the polling subscription races one against the append signal) ends on its own timer, never the current one. */
  for(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const end = () => {
        clearTimeout(timer);
        if (this.end === end) this.end = undefined;
        resolve();
      };
      const timer = setTimeout(end, ms);
      this.end = end;
    });
  }

  /** Ends the latest pause. */
  wake(): void {
    this.end?.();
  }
}
