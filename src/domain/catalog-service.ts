import type { Group, Location } from './catalog';
import type { Collection } from './collection';
import { notFound } from './errors';

export type GroupChangeListener = (before: Group, after: Group) => Promise<void>;

/** Places and groups, as the coordinators keep them. */
export class CatalogService {
  private readonly groupListeners: GroupChangeListener[] = [];

  constructor(
    private readonly locations: Collection<Location>,
    private readonly groups: Collection<Group>,
  ) {}

  get isEmpty(): boolean {
    return this.locations.size === 0 && this.groups.size === 0;
  }

  allLocations(): Location[] {
    return this.locations.all();
  }

  allGroups(): Group[] {
    return this.groups.all();
  }

  group(id: string): Group {
    const group = this.groups.get(id);
    if (!group) throw notFound('group', id);
    return group;
  }

  /** The group, or undefined when there is none with that id. */
  findGroup(id: string): Group | undefined {
    return this.groups.get(id);
  }

  location(id: string): Location {
    const location = this.locations.get(id);
    if (!location) throw notFound('location', id);
    return location;
  }

  /** Who a worker can ask for help: the contact of their place, or of the first place. */
  helpContact(locationId?: string): Location['contact'] | undefined {
    return (locationId ? this.locations.get(locationId) : undefined)?.contact ?? this.locations.all()[0]?.contact;
  }

  async saveLocation(location: Location): Promise<void> {
    await this.locations.save(location);
  }

  /** Hears of every change to an existing group, after it is saved. */
  onGroupChange(listener: GroupChangeListener): void {
    this.groupListeners.push(listener);
  }

  async saveGroup(group: Group): Promise<void> {
    const before = this.groups.get(group.id);
    await this.groups.save(group);
    if (before) for (const listener of this.groupListeners) await listener(before, group);
  }
}
