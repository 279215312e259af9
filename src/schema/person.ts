import { builder, stored } from '../builder.js';
import type { EntityRow } from '../store/read-store.js';
import { EntityRef, entityNode } from './entity.js';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

const { interfaces, isTypeOf, ...node } = entityNode('PERSON');

export const PersonRef = builder.nodeRef<EntityRow>('Person', node);

PersonRef.implement({
  interfaces,
  isTypeOf,
  fields: (t) => ({
    nationality: t.string({ nullable: true, ...stored('nationality'), description: 'ISO 3166-1 alpha-2.', resolve: (e) => text(e.nationality) }),
  }),
});
