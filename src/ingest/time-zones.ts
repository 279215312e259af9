/** Zones named in text ("5:21 PM Eastern Time"), and the zone of a place when the text names none. */
export const ZONE_WORDS: [RegExp, string][] = [
  [/^(?:ET|EST|EDT|Eastern(?:\s+(?:Standard|Daylight))?(?:\s+Time)?)$/i, 'America/New_York'],
  [/^(?:CT|CST|CDT|Central(?:\s+(?:Standard|Daylight))?(?:\s+Time)?)$/i, 'America/Chicago'],
  [/^(?:PT|PST|PDT|Pacific(?:\s+(?:Standard|Daylight))?(?:\s+Time)?)$/i, 'America/Los_Angeles'],
  [/^(?:GMT|UTC|Z)$/i, 'UTC'],
  [/^(?:BST|London time)$/i, 'Europe/London'],
  [/^(?:CET|CEST|Central European(?:\s+Summer)?\s+Time)$/i, 'Europe/Paris'],
  [/^(?:Beijing time|China Standard Time)$/i, 'Asia/Shanghai'],
];

export const ZONE_PATTERN = String.raw`ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|Eastern(?:\s+(?:Standard|Daylight))?(?:\s+Time)?|Central(?:\s+(?:Standard|Daylight))?\s+Time|Pacific(?:\s+(?:Standard|Daylight))?(?:\s+Time)?|London time|Beijing time|China Standard Time|Central European(?:\s+Summer)?\s+Time`;

const PLACES: [RegExp, string][] = [
  [/\bWashington\b|\bNew York\b|\bBoston\b|\bMiami\b|\bAtlanta\b/, 'America/New_York'],
  [/\bSan Francisco\b|\bSilicon Valley\b|\bSeattle\b|\bLos Angeles\b/, 'America/Los_Angeles'],
  [/\bChicago\b|\bAustin\b|\bDallas\b|\bHouston\b/, 'America/Chicago'],
  [/\bLondon\b/, 'Europe/London'],
  [/\bParis\b|\bBerlin\b|\bBrussels\b/, 'Europe/Paris'],
  [/\bBeijing\b|\bShanghai\b|\bShenzhen\b|\bHong Kong\b/, 'Asia/Shanghai'],
  [/\bSingapore\b/, 'Asia/Singapore'],
  [/\bTokyo\b/, 'Asia/Tokyo'],
];

export function zoneOfWords(words: string): string | undefined {
  return ZONE_WORDS.find(([re]) => re.test(words.trim()))?.[1];
}

/** The zone to read a bare clock time in: one the text states, else the first place it names, else UTC. */
export interface DocumentZone {
  zone: string;
  stated: boolean;
  basis: string;
}

export function documentZone(body: string): DocumentZone {
  const stated = new RegExp(String.raw`\d\s*(?:a\.?m\.?|p\.?m\.?)\s+(${ZONE_PATTERN})\b`, 'i').exec(body);
  const zone = stated && zoneOfWords(stated[1]!);
  if (zone) return { zone, stated: false, basis: `The text gives no time zone here; elsewhere it writes times in ${stated![1]}, so ${zone} is assumed.` };
  let first: { at: number; zone: string; place: string } | null = null;
  for (const [re, z] of PLACES) {
    const m = re.exec(body);
    if (m && (!first || m.index < first.at)) first = { at: m.index, zone: z, place: m[0] };
  }
  if (first) return { zone: first.zone, stated: false, basis: `The text gives no time zone; it is set in ${first.place}, so ${first.zone} is assumed.` };
  return { zone: 'UTC', stated: false, basis: 'The text gives no time zone and names no place; UTC is assumed.' };
}
