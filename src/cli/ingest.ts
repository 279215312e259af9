/**
 * `npm run ingest -- FILE --title T --published 2026-03-01 --reliability HIGH --reason "…"
 *   [--url U] [--publisher P] [--endpoint http://127.0.0.1:4000/graphql]`
 *
 * Adds FILE's text as a document and asks the service to propose claims from it, over HTTP like
 * any client, then prints the proposals as a table and the /review address to decide them. The key
 * (EDIT scope or more) comes from KG_API_KEY only: an argument would sit in the shell's history
 * and in every process listing. It is never printed. Exit codes: 0 done, 1 failed (with the
 * reason on stderr), 2 bad arguments.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const USAGE = 'usage: KG_API_KEY=… npm run ingest -- FILE --title TITLE --reliability HIGH|MEDIUM|LOW --reason WHY [--published 2026-03-01] [--url URL] [--publisher NAME] [--endpoint http://127.0.0.1:4000/graphql]';
const TIMEOUT_MS = 180_000;

/** A failure to report on stderr with exit code 1; a UsageError exits 2 with the usage line. */
class Failure extends Error {}
class UsageError extends Error {}

const Args = z.object({
  file: z.string({ error: 'the FILE to read is missing' }).min(1),
  title: z.string({ error: '--title is required' }).trim().min(1),
  reliability: z.enum(['HIGH', 'MEDIUM', 'LOW'], { error: '--reliability must be HIGH, MEDIUM or LOW' }),
  reason: z.string({ error: '--reason is required: why the source deserves that reliability' }).trim().min(1),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '--published is ISO at its precision: 2026, 2026-03 or 2026-03-01').optional(),
  url: z.url({ error: '--url must be an absolute URL' }).optional(),
  publisher: z.string().trim().min(1).optional(),
  endpoint: z.url({ error: '--endpoint must be the absolute URL of the service’s /graphql' }).default('http://127.0.0.1:4000/graphql'),
});
type Args = z.infer<typeof Args>;

interface UserError {
  code: string;
  field: string[] | null;
  message: string;
}

const ADD_DOCUMENT = `mutation Ingest($input: DocumentInput!) {
  addDocument(input: $input) { created document { key title } userErrors { code field message } }
}`;
const PROPOSE = `mutation Propose($document: String!) {
  proposeClaims(document: $document) {
    created truncated language
    newEntities { name kind }
    proposals {
      status type category cameo confidence
      source { name isNew } target { name isNew }
      when { iso } deadline { iso } amount { amount currency bound }
    }
    userErrors { code field message }
  }
}`;

type Proposal = {
  status: string;
  type: string;
  category: string;
  cameo: string | null;
  confidence: number;
  source: { name: string; isNew: boolean };
  target: { name: string; isNew: boolean };
  when: { iso: string } | null;
  deadline: { iso: string } | null;
  amount: { amount: number; currency: string; bound: string | null } | null;
};

function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { title: { type: 'string' }, published: { type: 'string' }, reliability: { type: 'string' }, reason: { type: 'string' }, url: { type: 'string' }, publisher: { type: 'string' }, endpoint: { type: 'string' } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (parsed.positionals.length > 1) throw new UsageError(`one FILE only, not ${parsed.positionals.length}`);
  const args = Args.safeParse({ file: parsed.positionals[0], ...parsed.values });
  if (!args.success) throw new UsageError(args.error.issues.map((i) => i.message).join('\n'));
  return args.data;
}

async function call<T>(endpoint: string, key: string, query: string, variables: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = (e as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (e as Error).message);
    throw new Failure(`cannot reach ${endpoint} (${why}); is the service running? Start it with npm start, or pass --endpoint.`);
  }
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new Failure(`${endpoint} answered HTTP ${res.status} without JSON; is that the service's /graphql?`);
  }
  if (body.errors?.length) {
    const codes = body.errors.map((e) => e.extensions?.code ?? `HTTP ${res.status}`);
    const hint = codes.includes('UNAUTHENTICATED') ? ' Check KG_API_KEY: it must be a live key.' : codes.includes('FORBIDDEN') ? ' The key needs EDIT scope or more.' : '';
    throw new Failure(`the service refused: ${body.errors.map((e, i) => `${codes[i]}: ${e.message}`).join('; ')}.${hint}`);
  }
  if (!body.data) throw new Failure(`${endpoint} answered HTTP ${res.status} with no data.`);
  return body.data;
}

function refuse(step: string, errors: UserError[]): never {
  throw new Failure(`${step} was refused:\n${errors.map((e) => `  ${e.code}${e.field?.length ? ` (${e.field.join('.')})` : ''}: ${e.message}`).join('\n')}`);
}

const end = (e: { name: string; isNew: boolean }) => `${e.name}${e.isNew ? ' (new)' : ''}`;
const money = (a: Proposal['amount']) => (a ? `${a.bound && a.bound !== 'EXACT' ? `${a.bound.toLowerCase()} ` : ''}${a.currency} ${a.amount.toLocaleString('en-US')}` : '');

/** The proposals as aligned columns, one line each; long cells are cut with an ellipsis. */
function proposalTable(proposals: Proposal[]): string {
  const head = ['#', 'source', 'type', 'target', 'category', 'cameo', 'when', 'deadline', 'amount', 'conf', 'status'];
  const rows = proposals.map((p, i) => [String(i + 1), end(p.source), p.type, end(p.target), p.category, p.cameo ?? '', p.when?.iso ?? '', p.deadline?.iso ?? '', money(p.amount), p.confidence.toFixed(2), p.status]);
  const cut = (s: string) => (s.length > 32 ? `${s.slice(0, 31)}…` : s);
  const all = [head, ...rows].map((r) => r.map(cut));
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  return all.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const key = process.env.KG_API_KEY?.trim();
  if (!key) throw new Failure('KG_API_KEY is not set. Make a key with `npm run keys -- create --name YOU --scope EDIT` and export it as KG_API_KEY (never pass it as an argument).');
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (e) {
    throw new Failure(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!text.trim()) throw new Failure(`${args.file} is empty: there is nothing to propose from.`);
  const input = {
    title: args.title,
    reliability: args.reliability,
    reliabilityReason: args.reason,
    text,
    ...(args.published ? { publishedOn: args.published } : {}),
    ...(args.url ? { url: args.url } : {}),
    ...(args.publisher ? { publisher: args.publisher } : {}),
  };
  type Added = { addDocument: { created: boolean; document: { key: string; title: string } | null; userErrors: UserError[] } };
  const added = (await call<Added>(args.endpoint, key, ADD_DOCUMENT, { input })).addDocument;
  if (added.userErrors.length || !added.document) refuse('addDocument', added.userErrors);
  const doc = added.document.key;
  console.log(`Document ${doc} ${added.created ? 'added' : 'was already there (same text)'}: ${added.document.title}`);
  type Proposed = { proposeClaims: { created: number; truncated: boolean; language: string | null; newEntities: { name: string; kind: string }[]; proposals: Proposal[]; userErrors: UserError[] } };
  const r = (await call<Proposed>(args.endpoint, key, PROPOSE, { document: doc })).proposeClaims;
  if (r.userErrors.length) refuse('proposeClaims', r.userErrors);
  if (r.proposals.length) console.log(`\n${proposalTable(r.proposals)}\n`);
  const pending = r.proposals.filter((p) => p.status === 'PENDING').length;
  console.log(`${r.proposals.length} proposals (${r.created} new this run, ${pending} pending)${r.truncated ? '; the engine stopped at its limit' : ''}.`);
  if (r.newEntities.length) console.log(`Entities the graph lacks: ${r.newEntities.map((e) => `${e.name} (${e.kind.toLowerCase()})`).join(', ')}.`);
  console.log(`Review them: ${new URL(`/review?document=${encodeURIComponent(doc)}`, args.endpoint).href}`);
}

try {
  await main();
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`${e.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(`ingest: ${e instanceof Failure ? e.message : `failed: ${(e as Error).message}`}`);
  process.exit(1);
}
