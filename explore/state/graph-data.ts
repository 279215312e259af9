/**
 * What the explorer has fetched: neighbourhoods by entity, the pressure timeline, paths and
 * relationship details, each asked for once. Views read from here; only this module calls the API.
 */
import { request } from '../api/client.js';
import { NeighbourhoodQuery, PathsQuery, PressuresQuery, RelationshipQuery, type Entity, type EntityRef, type GraphPath, type Relationship, type RelationshipDetail } from '../api/documents.js';
import { ApiError } from '../api/client.js';

type Known = EntityRef & Partial<Pick<Entity, 'description' | 'aliases'>>;

export class GraphData {
  readonly entities = new Map<string, Known>();
  readonly relationships = new Map<string, Relationship>();
  private readonly neighbourhoods = new Map<string, Promise<string[]>>();
  private pressures: Promise<Relationship[]> | null = null;
  private readonly paths = new Map<string, Promise<GraphPath[]>>();
  private readonly details = new Map<string, Promise<RelationshipDetail | null>>();

  private remember(e: Known): void {
    const prev = this.entities.get(e.key);
    this.entities.set(e.key, { ...prev, ...e });
  }
  private rememberRel(r: Relationship): void {
    this.relationships.set(r.key, r);
    this.remember(r.source);
    this.remember(r.target);
  }

  /** Loads an entity's neighbourhood once; resolves with its relationships' keys. */
  neighbourhood(key: string): Promise<string[]> {
    let p = this.neighbourhoods.get(key);
    if (!p) {
      p = request(NeighbourhoodQuery, { key }).then((d) => {
        for (const n of d.neighborhood.nodes) this.remember(n);
        d.neighborhood.relationships.forEach((r) => this.rememberRel(r));
        if (!this.entities.has(key)) throw new ApiError(`There is no entity "${key}".`);
        return d.neighborhood.relationships.map((r) => r.key);
      });
      p.catch(() => this.neighbourhoods.delete(key));
      this.neighbourhoods.set(key, p);
    }
    return p;
  }

  /** Relationships with an end in any of these loaded neighbourhoods. */
  async around(keys: string[]): Promise<Relationship[]> {
    const lists = await Promise.all(keys.map((k) => this.neighbourhood(k)));
    return [...new Set(lists.flat())].map((k) => this.relationships.get(k)!);
  }

  pressureTimeline(): Promise<Relationship[]> {
    if (!this.pressures) {
      this.pressures = request(PressuresQuery, {}).then((d) => {
        d.pressures.forEach((r) => this.rememberRel(r));
        return d.pressures;
      });
      this.pressures.catch(() => (this.pressures = null));
    }
    return this.pressures;
  }

  findPaths(from: string, to: string, timeRespecting: boolean, during: { from?: string; to?: string; includeUndated: boolean } | null): Promise<GraphPath[]> {
    const id = JSON.stringify([from, to, timeRespecting, during]);
    let p = this.paths.get(id);
    if (!p) {
      p = request(PathsQuery, { from, to, timeRespecting, during }).then((d) => {
        for (const path of d.paths) {
          path.nodes.forEach((n) => this.remember(n));
          path.relationships.forEach((r) => this.rememberRel(r));
        }
        return d.paths;
      });
      p.catch(() => this.paths.delete(id));
      this.paths.set(id, p);
    }
    return p;
  }

  /** A relationship with its evidence, by key (it must have been loaded by some view). */
  detail(key: string): Promise<RelationshipDetail | null> {
    let p = this.details.get(key);
    if (!p) {
      const id = this.relationships.get(key)?.id;
      if (!id) return Promise.resolve(null);
      p = request(RelationshipQuery, { id }).then((d) => (d.node && 'evidence' in d.node ? (d.node as RelationshipDetail) : null));
      p.catch(() => this.details.delete(key));
      this.details.set(key, p);
    }
    return p;
  }
}
