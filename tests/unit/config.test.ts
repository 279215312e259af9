import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('config', () => {
  it('defaults to 127.0.0.1:4000 and the project Neo4j', () => {
    const c = loadConfig({});
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeNull();
    expect(c.neo4j.database).toBe('neo4j');
  });

  it('names the variable when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://example' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ QUERY_TIMEOUT_MS: '5' })).toThrow(/QUERY_TIMEOUT_MS/);
  });

  it('requires a password for your own Neo4j', () => {
    try {
      loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).toMatch(/NEO4J_PASSWORD/);
    }
  });

  it('accepts routing URIs for clusters and Aura', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret-password', NEO4J_DATABASE: 'graph' });
    expect(c.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(c.neo4j.database).toBe('graph');
  });

  it('turns quotes off with an empty SOURCES_DIR', () => {
    expect(loadConfig({ SOURCES_DIR: '' }).sourcesDir).toBeNull();
  });

  it('locks the HTTP surface down by default', () => {
    const c = loadConfig({});
    expect(c.requestTimeoutMs).toBe(5000);
    expect(c.maxResponseNodes).toBe(20_000);
    expect(c.maxBodyBytes).toBe(1_000_000);
    expect(c.corsOrigins).toEqual([]);
    expect(c.allowedHosts).toEqual(['localhost:4000', '127.0.0.1:4000', '[::1]:4000']);
    expect(c.introspection).toBe(true);
    expect(c.graphiql).toBe(true);
  });

  it('adds HOST and the port to the default allowed hosts, IPv6 in brackets', () => {
    expect(loadConfig({ HOST: '::1', PORT: '8080' }).allowedHosts).toEqual(['localhost:8080', '127.0.0.1:8080', '[::1]:8080']);
    expect(loadConfig({ HOST: 'kg.internal' }).allowedHosts).toContain('kg.internal:4000');
  });

  it('reads lists and switches', () => {
    const c = loadConfig({ CORS_ORIGINS: 'http://localhost:5173, https://Notebook.example.org', ALLOWED_HOSTS: 'kg.example.org,localhost:4000', INTROSPECTION: 'false', GRAPHIQL: 'no' });
    expect(c.corsOrigins).toEqual(['http://localhost:5173', 'https://notebook.example.org']);
    expect(c.allowedHosts).toEqual(['kg.example.org', 'localhost:4000']);
    expect(c.introspection).toBe(false);
    expect(c.graphiql).toBe(false);
  });

  it('names each new variable when its value is bad', () => {
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '10' })).toThrow(/REQUEST_TIMEOUT_MS/);
    expect(() => loadConfig({ MAX_RESPONSE_NODES: '0' })).toThrow(/MAX_RESPONSE_NODES/);
    expect(() => loadConfig({ MAX_BODY_BYTES: 'lots' })).toThrow(/MAX_BODY_BYTES/);
    expect(() => loadConfig({ CORS_ORIGINS: 'evil.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'http://x' })).toThrow(/ALLOWED_HOSTS/);
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION/);
  });
});
