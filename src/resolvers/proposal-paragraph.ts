import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { StoredProposal } from '../ingest/stored-proposals.js';
import { paragraphAround, type Passage } from '../model/paragraph.js';
import { named } from '../store/executor.js';

/** One loader of document texts per request view: a page of proposals of one document reads its text once. */
const perView = new WeakMap<object, DataLoader<string, string | null>>();

function texts(ctx: Context): DataLoader<string, string | null> {
  let loader = perView.get(ctx.db);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const rows = await ctx.db.read<{ key: string; text: string }>(named('proposals/document-texts', { keys: [...keys] }));
      const found = new Map(rows.map((r) => [r.key, r.text]));
      return keys.map((k) => found.get(k) ?? null);
    });
    perView.set(ctx.db, loader);
  }
  return loader;
}

/** Proposal.paragraph: the line of the document's text that holds the proposal's sentence. */
export async function proposalParagraph(ctx: Context, p: StoredProposal): Promise<Passage | null> {
  const text = await texts(ctx).load(p.doc);
  return text === null ? null : paragraphAround(text, p.evStart, p.evEnd);
}
