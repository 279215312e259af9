import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);
/** Comma-separated values, blanks dropped. */
const list = (item: z.ZodString) =>
  z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)).pipe(z.array(item));
// An origin as browsers send it (scheme, host, optional port; no path), or "*" for any origin.
const origin = z.string().regex(/^(\*|https?:\/\/[^/\s]+)$/, 'must be "*" or origins like http://localhost:5173');
// A host name or IP literal (IPv6 in brackets), optionally with a port.
const hostName = z.string().regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/, 'must be host names like localhost or example.org:4000');

/** Every variable the service reads; .env.example documents each one. */
const envSchema = z
  .object({
    PORT: port.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name').default('neo4j'),
    NEO4J_HOME: z.string().min(1).default('.neo4j'),
    NEO4J_BOLT_PORT: port.default(7687),
    NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'must look like 512m or 2g').default('1g'),
    NEO4J_PAGECACHE_MB: z.coerce.number().int().min(32).max(16384).default(512),
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    SOURCES_DIR: z.string().optional(),
    SEED_DIR: z.string().min(1).default('seed'),
    SEED_ON_START: bool.default(true),
    GRAPHIQL: bool.default(true),
    READ_REQUIRES_KEY: bool.default(false),
    MAX_DOCUMENT_CHARS: z.coerce.number().int().min(1000).max(50_000_000).default(300_000),
    RESPONSE_CACHE: bool.default(false),
    RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
    INTROSPECTION: bool.default(true),
    MAX_RESPONSE_NODES: z.coerce.number().int().min(1).max(1_000_000_000).default(20_000),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(1_000_000),
    CORS_ORIGINS: list(origin).default([]),
    ALLOWED_HOSTS: list(hostName).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
  });

export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; a bad value names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const result = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  return toConfig(result.data, env);
}

/** HOST as it appears in a Host header: an IPv6 address in brackets. */
function hostLiteral(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function toConfig(e: z.infer<typeof envSchema>, env: NodeJS.ProcessEnv) {
  // SOURCES_DIR="" turns quotes off; unset means the shared corpus beside the project, if present.
  const defaultSources = path.resolve('../shared/seeds');
  const sourcesDir = env.SOURCES_DIR === '' ? null : e.SOURCES_DIR ? path.resolve(e.SOURCES_DIR) : existsSync(defaultSources) ? defaultSources : null;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      /** Set when the user brings their own server; nothing is provisioned then. */
      uri: e.NEO4J_URI ?? null,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? null,
      database: e.NEO4J_DATABASE,
      home: path.resolve(e.NEO4J_HOME),
      boltPort: e.NEO4J_BOLT_PORT,
      heap: e.NEO4J_HEAP,
      pageCacheMb: e.NEO4J_PAGECACHE_MB,
    },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    sourcesDir,
    seedDir: path.resolve(e.SEED_DIR),
    seedOnStart: e.SEED_ON_START,
    graphiql: e.GRAPHIQL,
    /** Reading needs a key too (any scope); writing always does. */
    readRequiresKey: e.READ_REQUIRES_KEY,
    /** Longest document text addDocument takes, in UTF-16 code units (a string's length). */
    maxDocumentChars: e.MAX_DOCUMENT_CHARS,
    responseCache: { enabled: e.RESPONSE_CACHE, ttlMs: e.RESPONSE_CACHE_TTL_MS },
    introspection: e.INTROSPECTION,
    /** Every request is answered by then, whatever the database does. */
    /** Worst-case list items a query may ask for (see src/http/node-limit.ts). */
    maxResponseNodes: e.MAX_RESPONSE_NODES,
    maxBodyBytes: e.MAX_BODY_BYTES,
    /** Origins allowed to read responses cross-origin; empty means same-origin only. */
    corsOrigins: e.CORS_ORIGINS.map((o) => o.toLowerCase()),
    /**
     * Host header values served; anything else is refused, which stops DNS rebinding. An entry with a
     * port matches that port only, one without matches any port (for a proxy in front).
     */
    allowedHosts: [...new Set(e.ALLOWED_HOSTS ?? ['localhost', '127.0.0.1', '[::1]', hostLiteral(e.HOST)].map((h) => `${h}:${e.PORT}`))].map((h) => h.toLowerCase()),
  };
}
