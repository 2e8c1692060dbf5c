import pino from 'pino';
import { scheduleDaily } from '../../src/app/daily-job';

describe('the daily job', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs soon after start and then once a day, and a failure does not stop the next run', async () => {
    const job = jest.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue({ erased: 0 });
    const logger = pino({ level: 'silent' });
    const errors = jest.spyOn(logger, 'error');
    const schedule = scheduleDaily('retention', job, logger, 1_000);

    await jest.advanceTimersByTimeAsync(999);
    expect(job).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(job).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(expect.objectContaining({ job: 'retention' }), 'daily job failed');

    await jest.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(job).toHaveBeenCalledTimes(2);
    await schedule.stop();
    await jest.advanceTimersByTimeAsync(48 * 60 * 60 * 1000);
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('waits on stop for a run in progress, so the store can close after it', async () => {
    let finish!: () => void;
    const job = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const schedule = scheduleDaily('retention', job, pino({ level: 'silent' }), 0);
    await jest.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });
});
