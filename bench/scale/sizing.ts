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
  // The store grows about 17 KiB per synthetic entity (1.7 GiB at 100k without the transaction
  // logs), so a million needs about 17 GiB: 14 GiB of cache and 4 GiB of heap are what 24 GiB
  // allow beside the service and the OS; the coldest tenth of the store then comes from disk.
  return { heap: '4g', pageCacheMb: 14_336 };
}
