import type { Logger } from 'pino';
import type { Domain } from '../domain';
import type { HandoffCourier } from './handoff-courier';

/**
 * Keeps the promise "nobody is left waiting in silence": requests that nobody answered
 * in time are expired, and undelivered notes are sent. Everything it needs is stored,
 * so it runs on start (catching up after a restart) and then every few seconds.
 * Time comes from the domain's clock, so tests can move it.
 */
export class HandoffTimer {
  private interval?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly domain: Domain,
    private readonly courier: HandoffCourier,
    private readonly logger: Logger,
  ) {}

  /** One round; rounds never overlap, and a call waits for the round it asked for. */
  tick(): Promise<void> {
    this.running = this.running
      .then(() =>
        this.domain.exclusive('handoffs', async () => {
          const expired = await this.domain.handoffs.expireDue();
          if (expired.length > 0) this.logger.info({ count: expired.length }, 'handoff requests not answered in time');
          await this.courier.flush();
        }),
      )
      .catch((error: unknown) => this.logger.error({ err: error }, 'handoff timer round failed'));
    return this.running;
  }

  start(everyMs: number): void {
    void this.tick();
    this.interval = setInterval(() => void this.tick(), everyMs);
    this.interval.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.interval);
    await this.running;
  }
}
