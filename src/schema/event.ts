import { stored } from '../builder.js';
import { readTemporal } from '../model/stored-temporal.js';
import { loadEntityList } from '../resolvers/entities.js';
import { EntityRef, entityType } from './entity.js';
import { storedTemporal, TemporalRef } from './temporal.js';
import { stringOrNull } from './stored-strings.js';

export const EventRef = entityType('EVENT', (t) => ({
  eventType: t.string({ nullable: true, ...stored('eventType'), description: 'MEETING, MILITARY_OPERATION, FINANCING_ROUND, SETTLEMENT, RELEASE, …', resolve: (e) => stringOrNull(e.eventType) }),
  when: t.field({ type: TemporalRef, nullable: true, ...storedTemporal('when'), resolve: (e) => readTemporal(e, 'when') }),
  until: t.field({ type: TemporalRef, nullable: true, ...storedTemporal('until'), resolve: (e) => readTemporal(e, 'until') }),
  place: t.string({ nullable: true, ...stored('place'), resolve: (e) => stringOrNull(e.place) }),
  participants: t.field({ type: [EntityRef], ...stored('participants'), resolve: (e, _, ctx) => loadEntityList(ctx, (e.participants as string[] | undefined) ?? []) }),
}));
