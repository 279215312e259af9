/** Writes the printed, sorted schema to schema.graphql; a test fails when the two differ. */
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/schema/build-schema.js';

writeFileSync('schema.graphql', `${printSchema(schema)}\n`);
console.log('wrote schema.graphql');
