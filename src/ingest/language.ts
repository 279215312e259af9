import { franc } from 'franc-min';

/** Languages whose verb lexicon and date grammar the engine has: English only for now. */
export const SUPPORTED_LANGUAGES = ['en'] as const;

const ISO639_3_TO_1: Record<string, string> = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', tur: 'tr', pol: 'pl', ukr: 'uk', hin: 'hi', ind: 'id', vie: 'vi', swe: 'sv', ron: 'ro', ces: 'cs', hun: 'hu', ell: 'el', heb: 'he', fas: 'fa', tha: 'th' };

/**
 * The language of the body, by franc on up to 20,000 characters: ISO 639-1 where known, the
 * ISO 639-3 code otherwise, or null when the text is too short to tell.
 */
export function detectLanguage(body: string): string | null {
  const sample = body.length > 20_000 ? body.slice(0, 20_000) : body;
  const code = franc(sample, { minLength: 20 });
  if (code === 'und') return null;
  return ISO639_3_TO_1[code] ?? code;
}

export function isSupported(language: string): boolean {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language.toLowerCase().split('-')[0]!);
}
