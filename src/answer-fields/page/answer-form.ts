/**
 * The answer as a form: a third way to write the same answer, built in the page from the exercise's answer schema
 * (the description the "Answer format" panel shows: src/answer-fields/describe-answer-fields.ts). Choices list
 * the allowed values with their meanings, lists add and remove items, notes are text. The form edits the answer's
 * data and writes it back as text in the format chosen last (JSON or TypeScript), so the draft, the grading and
 * the other formats see the same answer; it changes the text only once the candidate changes something in it.
 *
 * Loaded on demand (a dynamic import) and built from plain DOM: no template is compiled and nothing of the answer
 * is run, so it keeps the site's strict Content-Security-Policy. Every control has a label, groups are fieldsets.
 */
import { readAnswer, type AnswerFormat } from '../../../graders/index.ts';
import { printJsonAnswer, printTsAnswer } from '../../editor/convert-format.ts';
import { describeAnswerFormat, type AnswerFormatDescription, type ValueFormat } from '../describe-answer-fields.ts';
import {
  codeOrCodes,
  fieldLabel,
  formCanShow,
  itemLabel,
  newItem,
  readCodes,
  removeValueAt,
  setValueAt,
  valueAt,
  type AnswerPath,
} from '../answer-form-data.ts';
import type { AnswerEditor } from '../../editor/page/answer-editor.ts';

/** What the form needs from the page. */
export interface AnswerFormSetup {
  /** Where the fields go. */
  container: HTMLElement;
  answerSchema: object;
  vocabularySchema: object;
  /** The format of the text the form reads and writes. */
  format: AnswerFormat;
  /** The answer's text now; it must be readable (`readForForm`). */
  text: string;
  /** Told after every change the candidate makes in the form. */
  onChange(): void;
  /** A text the form cannot show was put in it (another tab's draft, an attempt): the page shows it as text. */
  onUnreadable(text: string): void;
  /** A place in the text to show (a problem in the report): the page switches to the text to show it. */
  onRevealText(line: number, column: number): void;
}

/** The answer read as data for the form, or why it cannot be (with its place), as the format switch reports it. */
export function readForForm(text: string, format: AnswerFormat): { ok: true; value: unknown } | { ok: false } {
  const read = readAnswer(text, format);
  return read.ok ? { ok: true, value: read.value } : { ok: false };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A value as the candidate would write it in JSON, for the few places the form shows one as it is. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Builds the form in `setup.container` and returns it as the page's editor of the answer. */
export function createAnswerForm(setup: AnswerFormSetup): AnswerEditor {
  let description: AnswerFormatDescription = describeAnswerFormat(setup.answerSchema, setup.vocabularySchema);
  let kinds = new Map(description.kinds.map((kind) => [kind.label, kind.description]));
  let format = setup.format;
  let text = setup.text;
  let value: unknown = structuredClone((readForForm(text, format) as { ok: true; value: unknown }).value);
  // Until the candidate changes something here, the text is theirs exactly as written (comments, layout and all).
  let edited = false;
  let ids = 0;
  const nextId = (): string => `answer-form-${(ids += 1)}`;

  const changed = (): void => {
    edited = true;
    setup.onChange();
  };
  const set = (path: AnswerPath, next: unknown): void => {
    if (next === undefined) removeValueAt(value, path);
    else setValueAt(value, path, next);
    changed();
  };

  /** The label, description and hint lines of a control, and the ids that describe it. */
  const describe = (id: string, lines: (string | undefined)[]): { nodes: HTMLElement[]; describedBy: string } => {
    const nodes = lines
      .filter((line): line is string => line !== undefined && line !== '')
      .map((line, index) => element('p', { class: 'form-description', id: `${id}-d${index}` }, line));
    return { nodes, describedBy: nodes.map((node) => node.id).join(' ') };
  };

  const kept = (label: string, current: unknown): HTMLElement =>
    element(
      'p',
      { class: 'form-kept' },
      element('strong', {}, label),
      `: ${current === undefined ? 'this part' : shown(current)} is written in JSON or TypeScript only; the form keeps it as it is.`,
    );

  function choiceControl(
    choice: Extract<ValueFormat, { kind: 'choice' }>,
    path: AnswerPath,
    label: string,
    required: boolean,
    lines: (string | undefined)[],
  ): HTMLElement {
    const id = nextId();
    const current = valueAt(value, path);
    const index = choice.values.findIndex((entry) => JSON.stringify(entry.value) === JSON.stringify(current));
    const select = element('select', { id });
    // A starter's empty text is a value still to choose: it reads as such, and stays as written until one is chosen.
    const blank = current === '';
    if (!(blank && required)) {
      select.append(element('option', { value: '' }, required ? 'Choose…' : 'None (leave it out)'));
    }
    if (current !== undefined && index < 0) {
      select.append(
        element('option', { value: 'current' }, blank ? 'Choose…' : `${shown(current)} (not an allowed value)`),
      );
    }
    choice.values.forEach((entry, position) => {
      select.append(element('option', { value: String(position) }, entry.text));
    });
    select.value = current === undefined ? '' : index < 0 ? 'current' : String(index);
    const meaning = element('p', { class: 'form-meaning', id: `${id}-m` });
    const showMeaning = (): void => {
      const picked = choice.values[Number(select.value)];
      meaning.textContent = select.value === '' || !picked ? '' : (picked.description ?? '');
    };
    showMeaning();
    const { nodes, describedBy } = describe(id, lines);
    select.setAttribute('aria-describedby', `${describedBy} ${id}-m`.trim());
    select.addEventListener('change', () => {
      showMeaning();
      if (select.value === 'current') return;
      set(path, select.value === '' ? undefined : choice.values[Number(select.value)]?.value);
    });
    return element('div', { class: 'form-field' }, element('label', { for: id }, label), ...nodes, select, meaning);
  }

  function choiceSet(
    choice: Extract<ValueFormat, { kind: 'choice' }>,
    path: AnswerPath,
    label: string,
    lines: (string | undefined)[],
  ): HTMLElement {
    const current = valueAt(value, path);
    // One code where a list may stand (a reason that may be several) reads as a list of one.
    const listed = readCodes(current);
    const key = (entry: unknown): string => JSON.stringify(entry);
    const legendId = nextId();
    const { nodes } = describe(legendId, lines);
    const group = element('fieldset', { class: 'form-group' }, element('legend', { id: legendId }, label), ...nodes);
    for (const entry of choice.values) {
      const id = nextId();
      const box = element('input', { type: 'checkbox', id });
      box.checked = listed.some((member) => key(member) === key(entry.value));
      if (entry.description) box.setAttribute('aria-describedby', `${id}-m`);
      box.addEventListener('change', () => {
        const list = [...readCodes(valueAt(value, path))];
        const rest = list.filter((member) => key(member) !== key(entry.value));
        set(path, box.checked ? [...rest, entry.value] : rest);
      });
      group.append(
        element(
          'div',
          { class: 'form-check' },
          box,
          element('label', { for: id }, element('code', {}, entry.text)),
          ...(entry.description ? [element('p', { class: 'form-meaning', id: `${id}-m` }, entry.description)] : []),
        ),
      );
    }
    const others = listed.filter((member) => !choice.values.some((entry) => key(entry.value) === key(member)));
    if (others.length > 0) {
      group.append(
        element(
          'p',
          { class: 'form-kept' },
          `Also listed, not an allowed value (kept): ${others.map(shown).join(', ')}.`,
        ),
      );
    }
    return group;
  }

  function textControl(
    kind: Extract<ValueFormat, { kind: 'text' }> | { kind: 'number' | 'integer' },
    path: AnswerPath,
    label: string,
    lines: (string | undefined)[],
  ): HTMLElement {
    const id = nextId();
    const current = valueAt(value, path);
    const long = kind.kind === 'text' && kind.named === undefined && (kind.maxLength ?? 1000) > 120;
    const control = long
      ? element('textarea', { id, rows: '3' })
      : element('input', { id, type: 'text', ...(kind.kind === 'text' ? {} : { inputmode: 'decimal' }) });
    control.value = current === undefined ? '' : String(current);
    control.setAttribute('autocapitalize', kind.kind === 'text' && long ? 'sentences' : 'off');
    control.setAttribute('spellcheck', long ? 'true' : 'false');
    const hints = [...lines];
    if (kind.kind === 'text') {
      const meaning = kind.named === undefined ? undefined : kinds.get(kind.named);
      // The kind's meaning, unless the field's own description already says it.
      if (kind.named !== undefined && !lines.includes(meaning)) {
        hints.push(`${/^[aeiou]/i.test(kind.named) ? 'An' : 'A'} ${kind.named}${meaning ? `: ${meaning}` : '.'}`);
      }
      if (kind.maxLength !== undefined) hints.push(`Up to ${kind.maxLength} characters.`);
    } else {
      hints.push(kind.kind === 'integer' ? 'A whole number.' : 'A number.');
    }
    const { nodes, describedBy } = describe(id, hints);
    if (describedBy) control.setAttribute('aria-describedby', describedBy);
    control.addEventListener('input', () => {
      const raw = control.value;
      if (raw.trim() === '') return set(path, kind.kind === 'text' && raw !== '' ? raw : undefined);
      if (kind.kind === 'text') return set(path, raw);
      const number = Number(raw);
      // A number half typed ("1e") stays in the box until it reads as one.
      if (Number.isFinite(number)) set(path, number);
    });
    return element('div', { class: 'form-field' }, element('label', { for: id }, label), ...nodes, control);
  }

  function list(
    listFormat: Extract<ValueFormat, { kind: 'list' }>,
    path: AnswerPath,
    key: string,
    label: string,
    lines: (string | undefined)[],
  ): HTMLElement {
    const items = valueAt(value, path);
    const legendId = nextId();
    const { nodes } = describe(legendId, lines);
    const group = element('fieldset', { class: 'form-group' }, element('legend', { id: legendId }, label), ...nodes);
    const singular = itemLabel(key);
    const count = Array.isArray(items) ? items.length : 0;
    for (let index = 0; index < count; index += 1) {
      const itemPath = [...path, index];
      const name = `${singular} ${index + 1}`;
      const remove = element(
        'button',
        { type: 'button', class: 'secondary form-remove' },
        `Remove ${name.toLowerCase()}`,
      );
      remove.addEventListener('click', () => {
        removeValueAt(value, itemPath);
        changed();
        render(`[data-add="${CSS.escape(path.join('.'))}"]`);
      });
      const item = listFormat.item;
      const body =
        item.kind === 'object'
          ? objectFields(item, itemPath, name)
          : [field(item, itemPath, name, String(index), true, [])];
      group.append(
        element(
          'fieldset',
          { class: 'form-item', 'data-item': itemPath.join('.') },
          element('legend', {}, name),
          ...body,
          remove,
        ),
      );
    }
    const add = element(
      'button',
      { type: 'button', class: 'secondary form-add', 'data-add': path.join('.') },
      `Add ${singular.toLowerCase()}`,
    );
    add.addEventListener('click', () => {
      const now = valueAt(value, path);
      const next = Array.isArray(now) ? now.length : 0;
      if (!Array.isArray(now)) setValueAt(value, path, []);
      setValueAt(value, [...path, next], newItem(listFormat.item));
      changed();
      render(`[data-item="${CSS.escape([...path, next].join('.'))}"] :is(input, select, textarea, button)`);
    });
    group.append(add);
    return group;
  }

  function objectFields(
    object: Extract<ValueFormat, { kind: 'object' }>,
    path: AnswerPath,
    where: string,
  ): HTMLElement[] {
    const current = valueAt(value, path);
    const nodes: HTMLElement[] = object.fields.map((entry) =>
      field(entry.value, [...path, entry.key], fieldLabel(entry.key), entry.key, entry.required, [entry.description]),
    );
    if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
      const known = new Set(object.fields.map((entry) => entry.key));
      const extra = Object.keys(current).filter((name) => !known.has(name));
      if (extra.length > 0) {
        nodes.push(
          element(
            'p',
            { class: 'form-kept' },
            `Also in ${where}, not in the form (kept as written): ${extra.join(', ')}.`,
          ),
        );
      }
    }
    return nodes;
  }

  function field(
    format: ValueFormat,
    path: AnswerPath,
    label: string,
    key: string,
    required: boolean,
    lines: (string | undefined)[],
  ): HTMLElement {
    const current = valueAt(value, path);
    const title = required ? `${label} (required)` : label;
    if (!formCanShow(current, format)) return kept(title, current);
    let node: HTMLElement;
    switch (format.kind) {
      case 'choice':
        node = choiceControl(format, path, title, required, lines);
        break;
      case 'boolean':
        node = choiceControl(
          {
            kind: 'choice',
            values: [
              { value: true, text: 'true', description: undefined },
              { value: false, text: 'false', description: undefined },
            ],
          },
          path,
          title,
          required,
          lines,
        );
        break;
      case 'text':
        node = textControl(format, path, title, lines);
        break;
      case 'number':
      case 'integer':
        node = textControl({ kind: format.kind }, path, title, lines);
        break;
      case 'list':
        node =
          format.item.kind === 'choice' && format.unique
            ? choiceSet(format.item, path, title, lines)
            : list(format, path, key, title, lines);
        break;
      case 'alternatives': {
        // formCanShow let only one code or a list of codes through: checkboxes, written as a list.
        const codes = codeOrCodes(format);
        if (codes === undefined) return kept(title, current);
        node = choiceSet(codes, path, title, lines);
        break;
      }
      case 'object': {
        const legendId = nextId();
        const { nodes } = describe(legendId, [
          ...lines,
          format.description === lines[0] ? undefined : format.description,
        ]);
        node = element(
          'fieldset',
          { class: 'form-group' },
          element('legend', { id: legendId }, title),
          ...nodes,
          ...objectFields(format, path, label.toLowerCase()),
        );
        break;
      }
      default:
        return kept(title, current);
    }
    node.dataset['fieldPath'] = path.join('.');
    return node;
  }

  /** Draws the whole form from the answer; `focus` names the control to focus afterwards (after an add or remove). */
  function render(focus?: string): void {
    ids = 0;
    const root = description.root;
    const nodes =
      root.kind === 'object' && formCanShow(value, root)
        ? objectFields(root, [], 'the answer')
        : [kept('The answer', value)];
    setup.container.replaceChildren(...nodes);
    if (focus) setup.container.querySelector<HTMLElement>(focus)?.focus();
  }
  render();

  return {
    kind: 'form',
    getValue: () => {
      if (!edited) return text;
      return format === 'ts' ? printTsAnswer(value) : printJsonAnswer(value);
    },
    setValue(next) {
      const read = readForForm(next, format);
      if (!read.ok) {
        setup.onUnreadable(next);
        return;
      }
      text = next;
      value = structuredClone(read.value);
      edited = false;
      render();
      setup.onChange();
    },
    setFormat(next) {
      if (next === format) return;
      format = next;
      // The text read was in the other format: from now on the form writes this one.
      edited = true;
    },
    setAnswerSchema(answerSchema) {
      // The answer itself is untouched: a field the schema now offers shows empty until the candidate fills it in.
      description = describeAnswerFormat(answerSchema, setup.vocabularySchema);
      kinds = new Map(description.kinds.map((kind) => [kind.label, kind.description]));
      // Focus stays in the field the candidate was in, drawn anew.
      const active = document.activeElement;
      const field =
        active instanceof HTMLElement && setup.container.contains(active)
          ? active.closest<HTMLElement>('[data-field-path]')?.dataset['fieldPath']
          : undefined;
      render(field === undefined ? undefined : `[data-field-path="${CSS.escape(field)}"] :is(input, select, textarea)`);
    },
    showProblems() {
      // Problems are listed in the report, each with a link that shows its place in the text.
    },
    revealPosition: (line, column) => setup.onRevealText(line, column),
    focus: () => setup.container.querySelector<HTMLElement>('input, select, textarea, button')?.focus(),
  };
}
