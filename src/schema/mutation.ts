import { builder } from '../builder.js';

/** The root of writes; each type's file adds its own mutations (builder.mutationFields). */
builder.mutationType({});
