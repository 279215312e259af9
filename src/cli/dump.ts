/**
 * `npm run dump -- FILE`: the whole graph (seed and API data, the history, merges, proposals,
 * key hashes) as JSON lines in FILE; see src/model/dump-format.ts. The file appears whole or
 * not at all: it is written beside FILE and renamed at the end.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connect } from '../store/connect.js';
import { dumpGraph } from '../store/dump-store.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1) {
  console.error('usage: npm run dump -- FILE');
  process.exit(2);
}
const file = positionals[0]!;
const config = loadConfig();
// A whole graph takes longer to read than one request.
const log = createLogger(config.logLevel, 2);
const store = await connect({ ...config, queryTimeoutMs: 600_000 }, log, { reuseRunning: true }).catch((e: Error) => {
  log.fatal(e.message);
  process.exit(1);
});
let code = 0;
const partial = `${file}.partial`;
try {
  const { lines, summary } = await dumpGraph(store.db);
  writeFileSync(partial, lines.join('\n') + '\n');
  renameSync(partial, file);
  log.info({ file, ...summary }, 'graph dumped');
} catch (e) {
  rmSync(partial, { force: true });
  log.fatal((e as Error).message);
  code = 1;
} finally {
  await store.close();
}
process.exit(code);
