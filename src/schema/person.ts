import { builder } from '../builder.js';
import type { EntityOut } from '../data/rows.js';
import { EntityRef, loadEntities } from './entity.js';

export const PersonRef = builder.loadableNodeRef('Person', {
  id: { resolve: (e: EntityOut) => e.key },
  load: loadEntities('PERSON'),
});

PersonRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as EntityOut).kind === 'PERSON',
  fields: (t) => ({
    nationality: t.exposeString('nationality', { nullable: true, description: 'ISO 3166-1 alpha-2.' }),
  }),
});
