/**
 * `npm run keys -- create --name NAME --scope EDIT|REVIEW|ADMIN|READ`: makes a key and prints it
 * alone on the last line, once; only its hash is kept.
 * `npm run keys -- revoke --name NAME`: the key stops working at once.
 * `npm run keys -- list`: names, scopes and dates (never keys).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { KEY_SCOPES, keyNameSchemaPattern } from '../model/keys.js';
import { connect } from '../store/connect.js';
import { createKey, KeyNameTaken, listKeys, revokeKey } from '../store/key-store.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' }, scope: { type: 'string' } } });
const args = z
  .discriminatedUnion('command', [
    z.object({ command: z.literal('create'), name: z.string().regex(keyNameSchemaPattern, 'a name of letters, digits and . _ @ -'), scope: z.enum(KEY_SCOPES) }),
    z.object({ command: z.literal('revoke'), name: z.string().min(1) }),
    z.object({ command: z.literal('list') }),
  ])
  .safeParse({ command: positionals[0], ...values });
if (!args.success) {
  console.error(`usage: npm run keys -- create --name NAME --scope ${KEY_SCOPES.join('|')}\n       npm run keys -- revoke --name NAME\n       npm run keys -- list\n${args.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`);
  process.exit(2);
}
const config = loadConfig();
// Log lines would mix with the key on stdout: only warnings, and those on stderr.
const log = createLogger('warn', 2);
const store = await connect(config, log, { reuseRunning: true, migrate: true });
let code = 0;
try {
  const a = args.data;
  if (a.command === 'create') {
    const key = await createKey(store.db, a.name, a.scope);
    console.error(`Key "${a.name}" (${a.scope}) made. It is shown once, below; only its hash is kept. Send it as "Authorization: Bearer <key>".`);
    console.log(key);
  } else if (a.command === 'revoke') {
    if (await revokeKey(store.db, a.name)) console.log(`Key "${a.name}" revoked; it no longer works.`);
    else {
      console.error(`No live key is named "${a.name}".`);
      code = 1;
    }
  } else {
    for (const k of await listKeys(store.db)) console.log(`${k.name}\t${k.scope}\tmade ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}`);
  }
} catch (e) {
  console.error(e instanceof KeyNameTaken ? e.message : `failed: ${(e as Error).message}`);
  code = 1;
} finally {
  await store.close();
}
process.exit(code);
