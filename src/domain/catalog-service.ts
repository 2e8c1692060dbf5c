import type { Group, Location } from './catalog';
import { notFound } from './errors';
import type { Store } from './store';

export type GroupChangeListener = (before: Group, after: Group) => Promise<void>;

/** Places and groups as they are at one moment: what a turn or a page works with. */
export class Catalog {
  private readonly groupsById: Map<string, Group>;
  private readonly locationsById: Map<string, Location>;

  constructor(
    readonly locations: readonly Location[],
    readonly groups: readonly Group[],
  ) {
    this.groupsById = new Map(groups.map((g) => [g.id, g]));
    this.locationsById = new Map(locations.map((l) => [l.id, l]));
  }

  get isEmpty(): boolean {
    return this.locations.length === 0 && this.groups.length === 0;
  }

  group(id: string): Group {
    const group = this.groupsById.get(id);
    if (!group) throw notFound('group', id);
    return group;
  }

  /** The group, or undefined when there is none with that id. */
  findGroup(id: string): Group | undefined {
    return this.groupsById.get(id);
  }

  location(id: string): Location {
    const location = this.locationsById.get(id);
    if (!location) throw notFound('location', id);
    return location;
  }

  findLocation(id: string): Location | undefined {
    return this.locationsById.get(id);
  }

  /** Who a worker can ask for help: the contact of their place, or of the first place. */
  helpContact(locationId?: string): Location['contact'] | undefined {
    return (locationId ? this.locationsById.get(locationId) : undefined)?.contact ?? this.locations[0]?.contact;
  }
}

/**
 * Places and groups, as the coordinators keep them. They change rarely and are read on
 * every turn, so the last catalog read is kept, and used only while the database's catalog
 * version says nothing changed since: correct on any number of instances.
 */
export class CatalogService {
  private readonly groupListeners: GroupChangeListener[] = [];
  private cached?: { version: number; catalog: Catalog };

  constructor(private readonly store: Store) {}

  async current(): Promise<Catalog> {
    // The version first: what is read after it is at least that new.
    const version = await this.store.catalogVersion();
    if (this.cached?.version === version) return this.cached.catalog;
    const [locations, groups] = await Promise.all([this.store.locations.find({}, { by: 'id' }), this.store.groups.find({}, { by: 'id' })]);
    const catalog = new Catalog(locations, groups);
    this.cached = { version, catalog };
    return catalog;
  }

  async saveLocation(location: Location): Promise<void> {
    await this.store.transaction(async (tx) => {
      await tx.locations.put(location);
      await tx.bumpCatalogVersion();
    });
  }

  /** Hears of every change to an existing group, after it is saved. */
  onGroupChange(listener: GroupChangeListener): void {
    this.groupListeners.push(listener);
  }

  /** Saves the group; what listeners write about the change is in the same transaction. */
  async saveGroup(group: Group): Promise<void> {
    await this.store.transaction(async (tx) => {
      const before = await tx.groups.lock(group.id);
      await tx.groups.put(group);
      await tx.bumpCatalogVersion();
      if (before) for (const listener of this.groupListeners) await listener(before, group);
    });
  }
}
