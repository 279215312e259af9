/** A stored property read as an optional GraphQL string: anything but a string is null. */
export const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** The same, where an empty string also means "not given". */
export const nonEmptyOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
