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
});
