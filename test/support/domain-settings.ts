import { domainSettings } from '../../src/app/domain';
import { readConfig } from '../../src/config';
import type { DomainSettings } from '../../src/domain';

/** The domain's settings as a deployment with no configuration has them, with some changed. */
export function testSettings(changes: Partial<DomainSettings> = {}): DomainSettings {
  return { ...domainSettings(readConfig({})), ...changes };
}
