/**
 * Runs `work` one at a time: a call while it runs asks for one more run after it, however many
 * calls came meanwhile, so a wake-up is never lost and never piles up. `when` is asked before
 * every run (the reader or sender may have stopped meanwhile).
 */
export class SerialRun {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly when: () => boolean = () => true,
  ) {}

  run(): void {
    if (!this.when()) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.work()
      .catch(this.onError)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.run();
        }
      });
  }

  /** The run under way, or null. */
  get current(): Promise<void> | null {
    return this.running;
  }
}
