import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../config';
import { APP_PACKAGE_DIR, teamsAppPackage } from './app-package';

/** `npm run teams:package`: writes appPackage/build/taalbot-teams.zip for upload in Teams. */
function main(): void {
  const config = readConfig();
  if (!config.MicrosoftAppId || !config.PUBLIC_URL) {
    throw new Error('Set MicrosoftAppId and PUBLIC_URL (the https address of the bot) to build the Teams package');
  }
  const zip = teamsAppPackage({ appId: config.MicrosoftAppId, publicUrl: config.PUBLIC_URL });
  const out = join(APP_PACKAGE_DIR, 'build');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'taalbot-teams.zip'), zip);
  console.log(`Teams package written to ${join(out, 'taalbot-teams.zip')}`);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
