/**
 * /review: the pending proposals of one document, for a reviewer to accept, edit then accept, or
 * reject, by mouse or by keyboard alone. Its only backend is the GraphQL API; mutations carry the
 * key of this tab's session as a bearer token.
 */
import type { ResultOf } from 'gql.tada';
import { ApiError, request } from '../api/client.js';
import { byId, h, plural } from '../dom.js';
import { AcceptMutation, DocumentsQuery, ProposalsQuery, ProposeMutation, RejectMutation, type RelationshipEdits, type ReviewProposal, type ReviewUserError } from './documents.js';
import { editsFrom, prefill } from './edits.js';
import { editForm, rejectForm, type FormHandle } from './forms.js';
import { proposalCard } from './proposal-card.js';
import { forgetKey, readKey, storeKey } from './session-key.js';

const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];
/** Typing in a field is never a shortcut. */
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export class ReviewPage {
  private proposals: ReviewProposal[] = [];
  private current = 0;
  private busy = 0;
  private readonly list = byId<HTMLOListElement>('proposals');
  private readonly select = byId<HTMLSelectElement>('document-select');
  private readonly status = byId('status');
  private readonly error = byId('error');
  private readonly keyForm = byId<HTMLFormElement>('key-form');
  private readonly keyInput = byId<HTMLInputElement>('key-input');
  private readonly keyState = byId('key-state');

  async start(): Promise<void> {
    this.keyForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const key = this.keyInput.value.trim();
      if (!key) return;
      storeKey(key);
      this.keyInput.value = '';
      this.showKey();
      this.say('Key set for this browser session.');
      this.focusCurrent();
    });
    byId('forget-key').addEventListener('click', () => {
      forgetKey();
      this.showKey();
      this.say('Key forgotten.');
    });
    byId('propose').addEventListener('click', () => void this.propose());
    this.select.addEventListener('change', () => void this.openDocument(this.select.value));
    document.addEventListener('keydown', (e) => this.onKey(e));
    this.showKey();
    await this.track(async () => {
      await this.loadDocuments();
      if (this.select.value) await this.openDocument(this.select.value);
    });
  }

  /** Resolves when no request of the page is in flight (body[data-busy] says the same). */
  private async track<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy++;
    document.body.dataset.busy = 'true';
    try {
      return await work();
    } catch (e) {
      this.fail(e);
      return undefined;
    } finally {
      if (--this.busy === 0) document.body.dataset.busy = 'false';
    }
  }

  private say(message: string): void {
    this.status.textContent = message;
  }

  private fail(e: unknown): void {
    if (e instanceof ApiError && e.codes.some((c) => AUTH_CODES.includes(c))) {
      forgetKey();
      this.showKey(`The key was refused (${e.codes.join(', ')}): ${e.message} Enter a key with REVIEW scope.`);
      this.keyInput.focus();
      return;
    }
    this.error.textContent = e instanceof Error ? e.message : String(e);
    this.error.hidden = false;
  }

  private showKey(problem?: string): void {
    const has = readKey() !== null;
    this.keyForm.hidden = has;
    byId('key-set').hidden = !has;
    this.keyState.textContent = problem ?? (has ? '' : 'Enter your API key once for this browser session; it is kept in this tab only.');
    this.keyState.classList.toggle('bad', !!problem);
  }

  /** The bearer header, or null after asking for the key. */
  private auth(): Record<string, string> | null {
    const key = readKey();
    if (key) return { authorization: `Bearer ${key}` };
    this.showKey('This needs your key: enter it, then try again.');
    this.keyInput.focus();
    return null;
  }

  private async loadDocuments(): Promise<void> {
    const docs: { key: string; title: string; hasText: boolean }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { key: string; title: string; hasText: boolean }[] = (await request(DocumentsQuery, { after })).documents;
      docs.push(...page);
      if (page.length < 200) break;
      after = page.at(-1)!.key;
    }
    const wanted = new URLSearchParams(location.search).get('document');
    const readable = docs.filter((d) => d.hasText);
    this.select.replaceChildren(...readable.map((d) => h('option', { value: d.key }, `${d.title} (${d.key})`)));
    // The newest document unless the address names one: the one just ingested is the usual case.
    const chosen = readable.find((d) => d.key === wanted) ?? readable.at(-1);
    if (chosen) this.select.value = chosen.key;
    if (!readable.length) this.say('No document with a stored text yet: add one with npm run ingest.');
  }

  private async openDocument(key: string): Promise<void> {
    const url = new URL(location.href);
    url.searchParams.set('document', key);
    history.replaceState(null, '', url);
    await this.track(() => this.loadProposals(key));
  }

  private async loadProposals(doc: string): Promise<void> {
    const found: ReviewProposal[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ResultOf<typeof ProposalsQuery>['proposals'] = (await request(ProposalsQuery, { document: doc, after })).proposals;
      found.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    this.proposals = found;
    this.current = Math.min(this.current, Math.max(0, found.length - 1));
    this.render();
    this.say(found.length ? `${plural(found.length, 'pending proposal')} for ${doc}.` : `No pending proposals for ${doc}. Press Propose to read it.`);
  }

  private async propose(): Promise<void> {
    const doc = this.select.value;
    const headers = this.auth();
    if (!doc || !headers) return;
    this.error.hidden = true;
    this.say(`Reading ${doc}…`);
    await this.track(async () => {
      const r = (await request(ProposeMutation, { document: doc }, undefined, headers)).proposeClaims;
      if (r.userErrors.length) {
        this.fail(new Error(r.userErrors.map((e) => `${e.code}: ${e.message}`).join(' ')));
        this.say('Nothing proposed.');
        return;
      }
      await this.loadProposals(doc);
      this.say(`Proposed ${plural(r.proposals.length, 'claim')} (${r.created} new${r.truncated ? ', stopped at the limit' : ''}); ${plural(this.proposals.length, 'is', 'are')} pending.`);
    });
  }

  private render(): void {
    this.list.replaceChildren(
      ...this.proposals.map((p, i) =>
        proposalCard(p, i, {
          accept: () => void this.accept(i),
          edit: () => this.openEdit(i),
          reject: () => this.openReject(i),
        }),
      ),
    );
    this.list.querySelectorAll<HTMLElement>('.proposal').forEach((card, i) => card.addEventListener('focusin', () => this.mark(i)));
    byId('count').textContent = `(${this.proposals.length})`;
    this.mark(this.current);
  }

  private cards(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>('.proposal')];
  }

  private mark(i: number): void {
    this.current = i;
    this.cards().forEach((c, j) => {
      c.classList.toggle('current', j === i);
      if (j === i) c.setAttribute('aria-current', 'true');
      else c.removeAttribute('aria-current');
    });
  }

  private focusCurrent(): void {
    const card = this.cards()[this.current];
    if (card) card.focus();
    else byId('proposals-h').focus();
  }

  private move(by: number): void {
    if (!this.proposals.length) return;
    this.mark(Math.max(0, Math.min(this.proposals.length - 1, this.current + by)));
    this.focusCurrent();
    this.cards()[this.current]!.scrollIntoView({ block: 'nearest' });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
    const inList = !target || target === document.body || this.list.contains(target);
    const run: Record<string, () => void> = {
      j: () => this.move(1),
      k: () => this.move(-1),
      ArrowDown: () => this.move(1),
      ArrowUp: () => this.move(-1),
      a: () => void this.accept(this.current),
      e: () => this.openEdit(this.current),
      r: () => this.openReject(this.current),
    };
    const action = run[e.key];
    // Arrows scroll the page elsewhere; inside the list they move between proposals.
    if (!action || (e.key.startsWith('Arrow') && !inList) || !this.proposals.length) return;
    e.preventDefault();
    action();
  }

  private slot(i: number): HTMLElement | null {
    return this.cards()[i]?.querySelector<HTMLElement>('.form-slot') ?? null;
  }

  private closeForm(i: number): void {
    this.slot(i)?.replaceChildren();
    this.mark(i);
    this.focusCurrent();
  }

  private openForm(i: number, handle: FormHandle): void {
    const slot = this.slot(i);
    if (!slot) return;
    this.mark(i);
    slot.replaceChildren(handle.form);
    handle.focusFirst();
  }

  private openEdit(i: number): void {
    const p = this.proposals[i];
    if (!p) return;
    const handle: FormHandle = editForm(
      `edit-${i}`,
      prefill(p),
      (values) => {
        const made = editsFrom(values, p);
        if ('problems' in made) handle.showErrors(made.problems.map((x) => ({ message: x.message, field: [x.field] })));
        else void this.accept(i, made.edits, handle);
      },
      () => this.closeForm(i),
    );
    this.openForm(i, handle);
    this.say('Edit the claim, then accept it; Escape cancels.');
  }

  private openReject(i: number): void {
    if (!this.proposals[i]) return;
    const handle: FormHandle = rejectForm(
      `reject-${i}`,
      (reason) => void this.reject(i, reason, handle),
      () => this.closeForm(i),
    );
    this.openForm(i, handle);
    this.say('Say why it is wrong, then reject it; Escape cancels.');
  }

  private showUserErrors(i: number, errors: readonly ReviewUserError[], form?: FormHandle): void {
    const shown = errors.map((e) => ({ code: e.code, message: e.message, field: e.field }));
    if (form) form.showErrors(shown);
    else this.cards()[i]?.querySelector('[data-testid=card-errors]')?.replaceChildren(...shown.map((e) => h('li', {}, `${e.code}: ${e.message}`)));
    this.say(`Not saved: ${plural(errors.length, 'problem')} to fix.`);
  }

  private async accept(i: number, edits?: RelationshipEdits, form?: FormHandle): Promise<void> {
    const p = this.proposals[i];
    const headers = this.auth();
    if (!p || !headers) return;
    await this.track(async () => {
      const r = (await request(AcceptMutation, { id: p.id, edits: edits ?? null }, undefined, headers)).acceptProposal;
      if (r.userErrors.length) return this.showUserErrors(i, r.userErrors, form);
      this.decided(i, `Accepted: ${p.source.name} ${p.type} ${p.target.name}${r.relationship ? ` (relationship ${r.relationship.key})` : ''}.`);
    });
  }

  private async reject(i: number, reason: string, form: FormHandle): Promise<void> {
    const p = this.proposals[i];
    const headers = this.auth();
    if (!p || !headers) return;
    await this.track(async () => {
      const r = (await request(RejectMutation, { id: p.id, reason }, undefined, headers)).rejectProposal;
      if (r.userErrors.length) return this.showUserErrors(i, r.userErrors, form);
      this.decided(i, `Rejected: ${p.source.name} ${p.type} ${p.target.name}.`);
    });
  }

  /** A decided proposal leaves the list; focus goes to the one that takes its place. */
  private decided(i: number, message: string): void {
    this.proposals.splice(i, 1);
    this.current = Math.min(i, Math.max(0, this.proposals.length - 1));
    this.render();
    this.focusCurrent();
    this.say(`${message} ${this.proposals.length ? `${plural(this.proposals.length, 'proposal')} left.` : 'None left.'}`);
  }
}
