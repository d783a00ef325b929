/** A pause that `wake` ends early (a stop, or a queue that filled up meanwhile); one at a time. */
export class WakeablePause {
  private end: (() => void) | undefined;

  for(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.wake(), ms);
      this.end = () => {
        clearTimeout(timer);
        this.end = undefined;
        resolve();
      };
    });
  }

  wake(): void {
    this.end?.();
  }
}
