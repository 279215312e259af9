/**
 * The two forms a decision may need: edit-then-accept (prefilled from the proposal) and reject
 * (a reason). Every field has a label; a userError is shown next to the field it names and in a
 * list above the buttons, and the field is marked aria-invalid.
 */
import { CATEGORY_COLOURS } from '../../src/model/palette.js';
import { h } from '../dom.js';
import { EDIT_FIELDS, fieldOfError, type EditField, type EditValues } from './edits.js';

export interface ShownError {
  message: string;
  code?: string;
  field?: readonly string[] | null;
}

const STATUSES = ['REPORTED', 'CONFIRMED', 'ALLEGED', 'DISPUTED'];
const BOUNDS = ['', 'EXACT', 'UP_TO', 'AT_LEAST', 'ABOUT'];

const LABELS: Record<EditField, [string, string?]> = {
  type: ['Type', 'UPPER_SNAKE verb, e.g. THREATENED'],
  category: ['Category'],
  cameo: ['CAMEO code', 'must agree with the category'],
  status: ['Status'],
  when: ['Date', 'ISO at its precision: 2026-02, 2026-02-24, 2026-02-27T17:01-05:00'],
  until: ['Until', 'optional end, same form'],
  deadline: ['Deadline', 'optional, same form'],
  amount: ['Amount', 'digits, e.g. 200000000'],
  currency: ['Currency', 'ISO 4217, e.g. USD'],
  amountBound: ['Amount bound'],
  summary: ['Summary', 'one plain sentence in your own words'],
};

export interface FormHandle {
  form: HTMLFormElement;
  focusFirst: () => void;
  showErrors: (errors: ShownError[]) => void;
}

function errorList(): HTMLUListElement {
  return h('ul', { class: 'user-errors', 'data-testid': 'form-errors', role: 'alert' });
}

function fillErrors(list: HTMLUListElement, errors: ShownError[]): void {
  list.replaceChildren(...errors.map((e) => h('li', {}, e.code ? `${e.code}: ` : '', e.message)));
}

function formButtons(submit: string, testid: string, onCancel: () => void): HTMLElement {
  const cancel = h('button', { type: 'button', 'data-testid': `${testid}-cancel` }, 'Cancel');
  cancel.addEventListener('click', onCancel);
  return h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': `${testid}-submit` }, submit), cancel);
}

/** Escape in a form cancels it, like its Cancel button. */
function escapeCancels(form: HTMLFormElement, onCancel: () => void): void {
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  });
}

export function editForm(prefix: string, values: EditValues, onSubmit: (v: EditValues) => void, onCancel: () => void): FormHandle {
  const controls = new Map<EditField, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
  const notes = new Map<EditField, HTMLElement>();
  const field = (f: EditField) => {
    const id = `${prefix}-${f}`;
    const [label, hint] = LABELS[f];
    const options = f === 'category' ? Object.keys(CATEGORY_COLOURS) : f === 'status' ? STATUSES : f === 'amountBound' ? BOUNDS : null;
    const described = `${id}-note`;
    let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (options) {
      control = h('select', { id, name: f, 'aria-describedby': described }, ...options.map((o) => h('option', { value: o, selected: o === values[f] }, o || '(none)')));
    } else if (f === 'summary') {
      control = h('textarea', { id, name: f, rows: '2', 'aria-describedby': described });
      control.value = values[f];
    } else {
      control = h('input', { id, name: f, type: 'text', autocomplete: 'off', 'aria-describedby': described, value: values[f] });
    }
    control.dataset.testid = `edit-${f}`;
    controls.set(f, control);
    const note = h('span', { id: described, class: 'note' }, hint ?? '');
    notes.set(f, note);
    return h('div', { class: `field field-${f}` }, h('label', { for: id }, label), control, note);
  };
  const errors = errorList();
  const form = h('form', { class: 'edit-form', 'data-testid': 'edit-form', 'aria-label': 'Edit, then accept', novalidate: true }, h('div', { class: 'fields' }, ...EDIT_FIELDS.map(field)), errors, formButtons('Accept with these edits', 'edit', onCancel));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(Object.fromEntries(EDIT_FIELDS.map((f) => [f, controls.get(f)!.value])) as EditValues);
  });
  escapeCancels(form, onCancel);
  return {
    form,
    focusFirst: () => controls.get('type')!.focus(),
    showErrors(list) {
      fillErrors(errors, list);
      for (const f of EDIT_FIELDS) {
        controls.get(f)!.removeAttribute('aria-invalid');
        notes.get(f)!.textContent = LABELS[f][1] ?? '';
        notes.get(f)!.classList.remove('bad');
      }
      let first: EditField | null = null;
      for (const e of list) {
        const f = fieldOfError(e.field);
        if (!f) continue;
        first ??= f;
        controls.get(f)!.setAttribute('aria-invalid', 'true');
        notes.get(f)!.textContent = e.message;
        notes.get(f)!.classList.add('bad');
      }
      if (first) controls.get(first)!.focus();
    },
  };
}

export function rejectForm(prefix: string, onSubmit: (reason: string) => void, onCancel: () => void): FormHandle {
  const id = `${prefix}-reason`;
  const reason = h('textarea', { id, name: 'reason', rows: '2', required: true, 'data-testid': 'reject-reason' });
  const errors = errorList();
  const form = h(
    'form',
    { class: 'reject-form', 'data-testid': 'reject-form', 'aria-label': 'Reject' },
    h('div', { class: 'field' }, h('label', { for: id }, 'Why reject it?'), reason),
    errors,
    formButtons('Reject', 'reject', onCancel),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = reason.value.trim();
    if (!text) {
      fillErrors(errors, [{ message: 'Say why, so the next reviewer knows.' }]);
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    onSubmit(text);
  });
  escapeCancels(form, onCancel);
  return {
    form,
    focusFirst: () => reason.focus(),
    showErrors: (list) => {
      fillErrors(errors, list);
      reason.setAttribute('aria-invalid', String(list.length > 0));
      reason.focus();
    },
  };
}
