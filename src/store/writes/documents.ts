import { sha256 } from '../../model/spans.js';
import { documentProps, storedRow } from '../../model/stored-records.js';
import { documentRecordFromInput, Refused, type DocumentInput } from '../../model/write-inputs.js';
import { named, type Executor } from '../executor.js';
import { upsertAnchorsText } from '../translate/anchor-writes.js';
import { changeJson } from '../versioning.js';
import { write, type Written } from './write-tx.js';

/** A key for a text the client did not name: its hash, so the same text always gets the same key. */
export const documentKeyFor = (sha: string) => `doc-${sha.slice(0, 16)}`;

export interface DocumentWritten {
  key: string;
  /** False when the same text was there already: the existing document is returned, nothing written. */
  created: boolean;
}

/**
 * addDocument: stores the text and its sha256. The same text again (under any key, or none) is
 * the document already there. A key that names another text is a CONFLICT.
 */
export async function addDocument(db: Executor, actor: string, input: DocumentInput, maxChars: number): Promise<Written<DocumentWritten>> {
  if (input.text.length === 0) throw new Refused([{ code: 'BAD_INPUT', field: ['input', 'text'], message: 'the text is empty' }]);
  if (input.text.length > maxChars) {
    throw new Refused([{ code: 'TEXT_TOO_LARGE', field: ['input', 'text'], message: `the text is ${input.text.length} characters; this service takes at most ${maxChars} (MAX_DOCUMENT_CHARS)` }]);
  }
  const sha = sha256(input.text);
  const record = documentRecordFromInput(input, sha, documentKeyFor);
  return write(db, actor, 'ADD_DOCUMENT', async (w) => {
    const [found] = await w.run<{ keyTaken: string | null; keySha: string | null; sameText: string | null }>(named('write/document-lookup', { key: record.key, sha256: sha }));
    if (found?.sameText) return { key: found.sameText, created: false };
    if (found?.keyTaken) {
      throw new Refused([{ code: 'CONFLICT', field: ['input', 'key'], message: `document "${record.key}" exists already with another text (sha256 ${found.keySha?.slice(0, 12)}…)` }]);
    }
    const props = documentProps(record, input.text);
    await w.run({ name: 'upsert-document', text: upsertAnchorsText('Document'), params: { rows: [{ key: record.key, label: null, ...storedRow(props) }], v: w.v.version, via: 'api' } });
    w.changes.push({ action: 'ADD_DOCUMENT', subjectKind: 'DOCUMENT', subject: record.key, before: null, after: changeJson(props) });
    return { key: record.key, created: true };
  });
}
