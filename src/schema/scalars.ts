import { DateTime as Luxon } from 'luxon';
import { builder } from '../builder.js';
import { isCalendarDate } from '../model/calendar.js';
import { BadInputError } from '../errors.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new BadInputError(`"${String(value)}" is not a calendar date in the form YYYY-MM-DD`);
  }
  return value;
}

export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD (ISO 8601). Windows are read in UTC.',
  serialize: (v) => v,
  parseValue: parseDate,
});

export const DateTimeScalar = builder.scalarType('DateTime', {
  description: 'An ISO 8601 instant with offset, e.g. 2026-02-27T17:01:00.000-05:00.',
  serialize: (v) => v,
  parseValue: (value) => {
    if (typeof value !== 'string' || !Luxon.fromISO(value, { setZone: true }).isValid) {
      throw new BadInputError(`"${String(value)}" is not an ISO 8601 date-time`);
    }
    return value;
  },
});
