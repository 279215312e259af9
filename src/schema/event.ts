import { builder } from '../builder.js';
import type { EntityOut } from '../data/rows.js';
import { EntityRef, loadEntities } from './entity.js';
import { TemporalRef } from './temporal.js';

export const EventRef = builder.loadableNodeRef('Event', {
  id: { resolve: (e: EntityOut) => e.key },
  load: loadEntities('EVENT'),
});

EventRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as EntityOut).kind === 'EVENT',
  fields: (t) => ({
    eventType: t.exposeString('eventType', { nullable: true, description: 'MEETING, MILITARY_OPERATION, FINANCING_ROUND, SETTLEMENT, RELEASE, …' }),
    when: t.field({ type: TemporalRef, nullable: true, resolve: (e) => e.when }),
    until: t.field({ type: TemporalRef, nullable: true, resolve: (e) => e.until }),
    place: t.exposeString('place', { nullable: true }),
    participants: t.field({ type: [EntityRef], resolve: (e) => e.participants }),
  }),
});
