import { builder, stored } from '../builder.js';
import { readTemporal, temporalPropNames } from '../model/stored-temporal.js';
import { loadEntityList } from '../resolvers/entities.js';
import type { EntityRow } from '../store/read-store.js';
import { EntityRef, entityNode } from './entity.js';
import { TemporalRef } from './temporal.js';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

const { interfaces, isTypeOf, ...node } = entityNode('EVENT');

export const EventRef = builder.nodeRef<EntityRow>('Event', node);

EventRef.implement({
  interfaces,
  isTypeOf,
  fields: (t) => ({
    eventType: t.string({ nullable: true, ...stored('eventType'), description: 'MEETING, MILITARY_OPERATION, FINANCING_ROUND, SETTLEMENT, RELEASE, …', resolve: (e) => text(e.eventType) }),
    when: t.field({ type: TemporalRef, nullable: true, ...stored(...temporalPropNames('when')), resolve: (e) => readTemporal(e, 'when') }),
    until: t.field({ type: TemporalRef, nullable: true, ...stored(...temporalPropNames('until')), resolve: (e) => readTemporal(e, 'until') }),
    place: t.string({ nullable: true, ...stored('place'), resolve: (e) => text(e.place) }),
    participants: t.field({ type: [EntityRef], ...stored('participants'), resolve: (e, _, ctx) => loadEntityList(ctx, (e.participants as string[] | undefined) ?? []) }),
  }),
});
