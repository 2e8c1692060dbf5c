import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { t, type TextKey } from '../text/t';
import { projectRoot } from '../paths';
import { colorIcon, outlineIcon } from '../icons';

export const APP_PACKAGE_DIR = join(projectRoot, 'appPackage');

export interface PackageSettings {
  appId: string;
  /** The https address where the bot runs; its privacy page is linked from Teams. */
  publicUrl: string;
}

/** The Teams manifest: the template in appPackage/, filled with the app id, the address and the Dutch texts. */
export function teamsManifest({ appId, publicUrl }: PackageSettings): Record<string, unknown> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(appId)) {
    throw new Error('MicrosoftAppId must be the GUID of the Azure Bot app');
  }
  const url = new URL(publicUrl);
  if (url.protocol !== 'https:') throw new Error('PUBLIC_URL must be an https address for Teams');
  const base = url.origin;
  const template = readFileSync(join(APP_PACKAGE_DIR, 'manifest.template.json'), 'utf8');
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
    if (name === 'appId') return appId;
    if (name === 'publicUrl') return base;
    if (name === 'publicHost') return url.host;
    return JSON.stringify(t(`teams.${name}` as TextKey)).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The zip a coordinator uploads in Teams: manifest.json, color.png (192×192) and outline.png (32×32). */
export function teamsAppPackage(settings: PackageSettings): Buffer {
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(teamsManifest(settings), null, 2)));
  zip.addFile('color.png', colorIcon());
  zip.addFile('outline.png', outlineIcon());
  return zip.toBuffer();
}
