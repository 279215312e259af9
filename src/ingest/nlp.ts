import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './proposal.js';

/**
 * wink-nlp with its English light model: tokens, part of speech and Porter stems, offline.
 * Chosen over compromise by measurement on the seed articles (bench/ner-compare.ts): it finds more
 * of the names (84% against 74%) and reads the five articles 7x faster, which bounds a 1 MB text.
 */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Token extends Span {
  text: string;
  pos: string;
  stem: string;
}

/** Tokens of `text` with UTF-16 offsets shifted by `offset` (the text's position in the document). */
export function tokenize(text: string, offset = 0): Token[] {
  const doc = nlp.readDoc(text);
  const out: Token[] = [];
  let at = 0;
  doc.tokens().each((t: ItemToken) => {
    const value = t.out() as string;
    at += (t.out(its.precedingSpaces) as string).length;
    // wink reports the token as written; keep offsets honest if the model ever normalises one.
    const found = text.indexOf(value, at);
    const start = found === -1 ? at : found;
    out.push({ text: value, start: offset + start, end: offset + start + value.length, pos: t.out(its.pos) as string, stem: String(t.out(its.stem as Parameters<ItemToken['out']>[0])).toLowerCase() });
    at = start + value.length;
  });
  return out;
}

/** Porter stems of a phrase's words, lower-cased. */
export function stems(text: string): string[] {
  return tokenize(text)
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
    .map((t) => fold(t.stem));
}

export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
