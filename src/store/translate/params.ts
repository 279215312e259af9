import Cypher from '@neo4j/cypher-builder';
import type { WindowBucket } from '../../model/window-buckets.js';

/**
 * Every parameter a built statement can use, by name. Statements are built once per shape and
 * cached, so values never enter the text: they are passed with these names at run time.
 */
const names = [
  'v',
  'key',
  'keys',
  'types',
  'categories',
  'statuses',
  'source',
  'target',
  'involving',
  'fromMs',
  'toMs',
  'asOfMs',
  'afterSort',
  'afterKey',
  'limit',
  'depth',
] as const;

export const P = Object.fromEntries(names.map((n) => [n, new Cypher.NamedParam(n)])) as Record<(typeof names)[number], Cypher.NamedParam>;

/** $fromYEAR, $fromYEARThird, $fromYEARZoned, …: where each bucket's branch of a window starts reading. */
export const bucketParam = (b: WindowBucket) => new Cypher.NamedParam(b.param);

/** $category0, $category1, …: one per branch when categories pick the index. */
export const categoryParam = (i: number) => new Cypher.NamedParam(`category${i}`);
