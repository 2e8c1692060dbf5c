import { startApp } from './app/index';
import { readConfig } from './config';

async function main(): Promise<void> {
  const app = await startApp(readConfig());
  const stop = async (signal: string) => {
    app.logger.info({ signal }, 'stopping');
    await app.close();
    process.exit(0);
  };
  // A stray rejection is a bug to log, not a reason to drop every other conversation.
  process.on('unhandledRejection', (reason) => app.logger.error({ err: reason }, 'unhandled rejection'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: Error) => {
  process.stderr.write(`Taalbot could not start: ${error.message}\n`);
  process.exit(1);
});
