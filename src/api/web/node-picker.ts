// Pick a node by typing any of its names, Chinese or English (釜山休战, Busan truce, 工信部, MIIT):
// `lookup` for an exact alias, `search` for suggestions while typing. Suggestions are real buttons.
import { clear, h, notice } from './dom.js';
import { errorMessage, gql } from './gql.js';
import { labelTag } from './evidence.js';
import { FIND_NODE, type FindNodeResult, type FoundNode } from './queries.js';

export interface NodePickerOptions {
  /** Distinguishes several pickers on one page (ids must be unique). */
  name: string;
  label: string;
  placeholder?: string;
  initialText?: string;
  onPick: (node: FoundNode) => void;
}

let pickers = 0;

function otherNames(n: FoundNode): string {
  const rest = n.aliases.filter((a) => a !== n.name).slice(0, 4);
  return rest.length ? ` · ${rest.join(' / ')}` : '';
}

export function nodePicker(opts: NodePickerOptions): HTMLElement {
  const uid = `${opts.name}-${++pickers}`;
  const input = h('input', {
    id: `${uid}-input`,
    name: opts.name,
    type: 'search',
    autocomplete: 'off',
    placeholder: opts.placeholder ?? '釜山休战 / Busan truce',
    'aria-describedby': `${uid}-status`,
  });
  input.value = opts.initialText ?? '';
  const status = h('div', { id: `${uid}-status`, class: 'picker-status', 'aria-live': 'polite' });
  const choices = h('ul', { class: 'choices', 'aria-label': 'Matching nodes' });
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showChoices = (nodes: FoundNode[], heading: string): void => {
    clear(status, heading);
    clear(
      choices,
      ...nodes.map((n) =>
        h(
          'li',
          null,
          h(
            'button',
            { type: 'button', class: 'choice', onclick: () => pick(n) },
            h('span', { class: 'choice-name' }, n.name),
            ' ',
            labelTag(n.label),
            h('span', { class: 'choice-aliases' }, otherNames(n)),
          ),
        ),
      ),
    );
  };

  const pick = (n: FoundNode): void => {
    input.value = n.name;
    clear(choices);
    clear(status);
    opts.onPick(n);
  };

  const find = async (name: string, exact: boolean): Promise<void> => {
    const mine = ++seq;
    try {
      const r = await gql<FindNodeResult>(FIND_NODE, { name });
      if (mine !== seq) return; // a newer keystroke superseded this answer
      const hits = r.search.map((s) => s.node);
      if (exact && r.lookup.length === 1) return pick(r.lookup[0]);
      if (r.lookup.length > 1) return showChoices(r.lookup, `Several nodes are called “${name}”; pick one:`);
      if (hits.length) return showChoices(hits, exact ? `Nothing is called exactly “${name}”. Did you mean:` : `${hits.length} suggestions:`);
      clear(choices);
      clear(status, notice('empty', `No node is called or resembles “${name}”.`));
    } catch (err) {
      if (mine !== seq) return;
      clear(choices);
      clear(status, notice('error', errorMessage(err)));
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const v = input.value.trim();
    if (!v) {
      seq++;
      clear(choices);
      clear(status);
      return;
    }
    timer = setTimeout(() => void find(v, false), 250);
  });

  const form = h(
    'form',
    {
      class: 'picker',
      role: 'search',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        clearTimeout(timer);
        const v = input.value.trim();
        if (v) void find(v, true);
      },
    },
    h('label', { for: input.id }, opts.label),
    h('div', { class: 'picker-row' }, input, h('button', { type: 'submit' }, 'Find')),
    status,
    choices,
  );
  return form;
}
