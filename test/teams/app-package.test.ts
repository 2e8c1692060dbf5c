import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ManifestUtil, type TeamsAppManifest } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { teamsAppPackage, teamsManifest } from '../../src/teams/app-package';

const SETTINGS = { appId: '0b9f3c2e-6a1d-4f5e-9c8b-7a6d5e4f3c2b', publicUrl: 'https://taalbot.example.nl' };

/** The official schema for the manifest's version, as shipped in @microsoft/app-manifest: no network. */
function officialSchema(version: string) {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return JSON.parse(readFileSync(join(root, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8'));
}

describe('the Teams app package', () => {
  const zip = new AdmZip(teamsAppPackage(SETTINGS));
  const manifest = JSON.parse(zip.readAsText('manifest.json')) as TeamsAppManifest & { manifestVersion: string };

  it('holds a manifest that the official schema accepts, offline', async () => {
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, officialSchema(manifest.manifestVersion));
    expect(errors).toEqual([]);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(24);
  });

  it('uses the bot id from MicrosoftAppId and Dutch names', () => {
    expect(manifest.id).toBe(SETTINGS.appId);
    expect(manifest.bots?.[0].botId).toBe(SETTINGS.appId);
    expect(manifest.name.short).toBe('Taalbot');
    expect(manifest.description.short).toMatch(/Meld je aan voor een les/);
    expect(manifest.developer.privacyUrl).toBe('https://taalbot.example.nl/privacy');
  });

  it('has a 192×192 colour icon and a 32×32 white outline icon', () => {
    const color = PNG.sync.read(zip.readFile('color.png')!);
    const outline = PNG.sync.read(zip.readFile('outline.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // The outline icon is white on transparent: every pixel is transparent or white.
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      expect(a === 0 || (r === 255 && g === 255 && b === 255)).toBe(true);
    }
  });

  it('refuses to build without a real app id or an https address', () => {
    expect(() => teamsManifest({ ...SETTINGS, appId: 'not-a-guid' })).toThrow(/MicrosoftAppId/);
    expect(() => teamsManifest({ ...SETTINGS, publicUrl: 'http://localhost:3978' })).toThrow(/https/);
  });
});
