/**
 * Neo4j memory for each graph size on this 24 GiB, 2-core machine, shared with other work. The
 * page cache should hold the whole store (nodes, relationships, properties, strings and indexes:
 * the report gives its size on disk at each size), so reads never wait for the disk; the heap holds
 * query state and each loader transaction's changes (a part of the bulk load at a time), and
 * grows little with the graph. See README "Performance".
 */
export interface Neo4jMemory {
  heap: string;
  pageCacheMb: number;
}

export function memoryFor(entities: number): Neo4jMemory {
  if (entities <= 20_000) return { heap: '1g', pageCacheMb: 512 };
  if (entities <= 200_000) return { heap: '2g', pageCacheMb: 2048 };
  // A bulk-imported million takes 9.2 GiB of store (about 10 KiB per synthetic entity; 1.4 GiB
  // at 100k): 14 GiB of cache holds it with room to grow, and 4 GiB of heap, beside the service
  // and the OS, is what 24 GiB allow.
  return { heap: '4g', pageCacheMb: 14_336 };
}
