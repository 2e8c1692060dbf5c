import type { Logger } from 'pino';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs a job once soon after start and then every day. A failing run is logged and the
 * next one still comes; the timers never keep the process alive on their own.
 */
export function scheduleDaily(name: string, job: () => Promise<unknown>, logger: Logger, firstRunMs = 5_000): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = job()
      .then((result) =>
        // undefined: another instance holds the job's lock and runs it now.
        result === undefined ? logger.info({ job: name }, 'daily job runs on another instance') : logger.info({ job: name, result }, 'daily job done'),
      )
      .catch((error: unknown) => logger.error({ err: error, job: name }, 'daily job failed'))
      .finally(() => (running = undefined));
  };
  const first = setTimeout(run, firstRunMs);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return {
    /** Stops the timers and waits for a run in progress, so the store can close after it. */
    async stop() {
      clearTimeout(first);
      clearInterval(daily);
      await running;
    },
  };
}
