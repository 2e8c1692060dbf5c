import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Group } from '../../domain/catalog';
import type { Intake } from '../../domain/intake';
import type { Tables } from '../../domain/store';
import type { SqlStore } from './sql-store';

/** The collections the two earlier stores kept, in an order that satisfies the foreign keys. */
const COLLECTIONS = [
  'locations',
  'groups',
  'ambassadors',
  'intakes',
  'notices',
  'handoffs',
  'audit',
  'anonymous-facts',
  'accounts',
  'sessions',
  'secrets',
  'dialog-state',
  'conversation-refs',
  'webchat-conversations',
] as const;
type Collection = (typeof COLLECTIONS)[number];

type Loose = Record<string, unknown> & { id: string };

export interface ImportResult {
  /** How many documents came over, per collection. */
  counts: Record<string, number>;
}

/**
 * Data from before the database: the append-only logs (`<collection>.jsonl`) or the lowdb
 * layout before them (`<collection>/<id>.json`). On the first start with a data directory
 * that holds either, every document comes over in one transaction, so an import cut short
 * by a crash leaves nothing and starts over on the next start. Afterwards the old files
 * are deleted: they hold personal data that erasure could no longer reach.
 */
export async function importLegacyData(store: SqlStore, dataDir: string): Promise<ImportResult | undefined> {
  const sources = COLLECTIONS.filter((c) => legacyPaths(dataDir, c).some((path) => existsSync(path)));
  if (sources.length === 0) return undefined;
  const done = await store.metaValue('legacy-import');
  if (done) {
    await removeLegacyFiles(dataDir);
    return undefined;
  }
  const documents = new Map<Collection, Loose[]>();
  for (const collection of COLLECTIONS) documents.set(collection, await readCollection(dataDir, collection));
  const counts = Object.fromEntries([...documents].map(([collection, docs]) => [collection, docs.length]));
  await store.transaction(async (tx) => {
    for (const [collection, docs] of documents) for (const doc of docs) await put(tx, collection, doc);
    await tx.bumpCatalogVersion();
    await store.setMetaValue('legacy-import', JSON.stringify({ at: new Date().toISOString(), counts }));
  });
  await removeLegacyFiles(dataDir);
  return { counts };
}

async function put(tx: Tables, collection: Collection, doc: Loose): Promise<void> {
  switch (collection) {
    case 'locations':
      return tx.locations.put(doc as never);
    case 'groups': {
      // Earlier versions called a group's weekly lesson times "sessions".
      const { sessions, ...rest } = doc as Loose & { sessions?: unknown };
      return tx.groups.put({ ...rest, times: (rest.times as unknown) ?? sessions } as unknown as Group);
    }
    case 'ambassadors':
      return tx.ambassadors.put(doc as never);
    case 'intakes': {
      // The coordinator's marker was called "handoff" before.
      const { handoff, ...rest } = doc as Loose & { handoff?: unknown };
      return tx.intakes.put({ ...rest, ...(handoff ? { handover: handoff } : {}) } as unknown as Intake);
    }
    case 'notices':
      return tx.notices.put(doc as never);
    case 'handoffs': {
      // Earlier versions called a handoff message a "note".
      const outbox = ((doc.outbox as Loose[] | undefined) ?? []).map(({ note, ...envelope }) => ({ ...envelope, message: envelope.message ?? note }));
      return tx.handoffs.put({ ...doc, outbox } as never);
    }
    case 'audit':
      return tx.audit.put(doc as never);
    case 'anonymous-facts':
      return tx.anonymousFacts.put(doc as never);
    case 'accounts':
      return tx.accounts.put(doc as never);
    case 'sessions':
      return tx.sessions.put(doc as never);
    case 'secrets':
      return tx.documents('secrets').put(doc.id, doc.value);
    case 'dialog-state': {
      // The eTag was the old store's; the database keeps its own version.
      const { eTag: _eTag, ...item } = (doc.item ?? {}) as Record<string, unknown>;
      return tx.documents('dialog-state').put(doc.id, item);
    }
    case 'conversation-refs':
      return tx.documents('conversation-refs').put(doc.id, doc.reference);
    case 'webchat-conversations': {
      const { activities, offset, ...conversation } = doc as Loose & { activities?: object[]; offset?: number; userId: string };
      await tx.webChat.put({ ...conversation, userId: String(conversation.userId) });
      for (const activity of activities ?? []) await tx.webChat.append(doc.id, activity);
      void offset;
      return;
    }
  }
}

const logOf = (dir: string, collection: string) => join(dir, `${collection}.jsonl`);

/** A collection as the log store or the lowdb store left it: the latest version of every document that was not removed. */
async function readCollection(dataDir: string, collection: Collection): Promise<Loose[]> {
  const docs = new Map<string, Loose>();
  // A lowdb folder, also half-way through the earlier move into a log (`.importing`) or after it (`.imported`).
  for (const folder of [join(dataDir, `${collection}.imported`), join(dataDir, `${collection}.importing`), join(dataDir, collection)]) {
    if (!existsSync(folder)) continue;
    for (const name of (await readdir(folder)).filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      const doc = parse(await readFile(join(folder, name), 'utf8'), `${folder}/${name}`) as Loose;
      docs.set(doc.id, doc);
    }
  }
  const log = logOf(dataDir, collection);
  if (existsSync(log)) {
    const lines = (await readFile(log, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      // Only the last line can be cut short by a crash; it was never confirmed to anyone.
      if (i === lines.length - 1 && !line.endsWith('}')) return;
      const entry = parse(line, `${log} line ${i + 1}`) as { id: string; doc?: Loose; removed?: boolean };
      if (entry.removed) docs.delete(entry.id);
      else if (entry.doc) docs.set(entry.id, entry.doc);
    });
  }
  return [...docs.values()];
}

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`cannot import ${where}: ${(error as Error).message}`);
  }
}

/** Every file and folder the earlier stores kept a collection in, their temp files included (which hold names too). */
function legacyPaths(dir: string, collection: string): string[] {
  const log = logOf(dir, collection);
  return [log, `${log}.compact`, join(dir, collection), join(dir, `${collection}.importing`), join(dir, `${collection}.imported`)];
}

async function removeLegacyFiles(dataDir: string): Promise<void> {
  for (const collection of COLLECTIONS) {
    for (const path of legacyPaths(dataDir, collection)) await rm(path, { recursive: true, force: true });
  }
}
