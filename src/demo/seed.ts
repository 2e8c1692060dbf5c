import { z } from 'zod';
import type { Domain } from '../domain';
import { groupSchema, locationSchema } from '../domain/schemas';
import demo from './demo-data.json';

const demoSchema = z.object({
  locations: z.array(locationSchema),
  groups: z.array(groupSchema.omit({ createdAt: true })),
});

/** Fills an empty store with places and groups, so a fresh start has somewhere to book. */
export async function seedDemoData(domain: Domain, now: Date): Promise<boolean> {
  if (!(await domain.catalog.current()).isEmpty) return false;
  const data = demoSchema.parse(demo);
  for (const location of data.locations) await domain.catalog.saveLocation(location);
  for (const group of data.groups) await domain.catalog.saveGroup({ ...group, createdAt: now.toISOString() });
  return true;
}
