/**
 * `npm run restore -- FILE [--force]`: rebuilds the graph of a dump (npm run dump) in one
 * transaction, all or nothing. The database must be empty; --force replaces what is there.
 * The whole file is checked before anything is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { parseDump } from '../model/dump-format.js';
import { connect } from '../store/connect.js';
import { restoreGraph } from '../store/dump-store.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
if (positionals.length !== 1) {
  console.error('usage: npm run restore -- FILE [--force]');
  process.exit(2);
}
const file = positionals[0]!;
const config = loadConfig();
const log = createLogger(config.logLevel, 2);
let dump;
try {
  dump = parseDump(readFileSync(file, 'utf8').split('\n'));
} catch (e) {
  log.fatal({ file }, `not restored: ${(e as Error).message}`);
  process.exit(1);
}
const store = await connect({ ...config, queryTimeoutMs: 600_000 }, log, { reuseRunning: true }).catch((e: Error) => {
  log.fatal(e.message);
  process.exit(1);
});
let code = 0;
try {
  const summary = await restoreGraph(store.db, dump, { force: values.force, timeoutMs: 600_000 });
  log.info({ file, ...summary }, 'graph restored');
} catch (e) {
  log.fatal({ file }, `not restored, nothing written: ${(e as Error).message}`);
  code = 1;
} finally {
  await store.close();
}
process.exit(code);
