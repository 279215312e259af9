import { builder } from '../builder.js';

/**
 * The root type; each type's file adds its own root fields (builder.queryFields). Reading is open
 * unless the operator sets READ_REQUIRES_KEY: then every field needs a key of any scope.
 */
builder.queryType({ authScopes: { read: true } });
