import { builder } from '../builder.js';

/** The root type; each type's file adds its own root fields (builder.queryFields). */
builder.queryType({});
