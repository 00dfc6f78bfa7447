// The coverage check: paste a draft, see which of its entities, events, relations and sources earlier
// briefings already covered (when, and in which words) and what is new. Nothing is stored.
import { clear, h, notice } from './dom.js';
import { briefingLink, edgeDetails, edgeWord, labelTag, sourceLine } from './evidence.js';
import { errorMessage, gql } from './gql.js';
import { CHECK_DRAFT, type CheckDraftResult, type DraftCheck } from './queries.js';
import { href } from './routes.js';

// The draft survives moving to another view and back within the tab.
const DRAFT_KEY = 'briefgraph.draft';

function status(isNew: boolean): HTMLElement {
  return h('span', { class: `tag ${isNew ? 'is-new' : 'is-covered'}` }, isNew ? 'new' : 'covered before');
}

function nodesTable(c: DraftCheck): HTMLElement {
  if (!c.nodes.length) return notice('empty', 'No entities or events were found in the draft.');
  return h(
    'table',
    { class: 'coverage-table' },
    h('caption', { class: 'visually-hidden' }, 'Entities and events in the draft'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Label'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Covered by'))),
    h(
      'tbody',
      null,
      ...c.nodes.map((n) =>
        h(
          'tr',
          { class: n.isNew ? 'row-new' : 'row-covered' },
          h('th', { scope: 'row' }, n.node ? h('a', { href: href.node(n.node.id) }, n.name) : n.name),
          h('td', null, labelTag(n.label)),
          h('td', null, status(n.isNew)),
          h(
            'td',
            null,
            n.coveredBy.length
              ? h(
                  'ul',
                  { class: 'covered-by' },
                  ...n.coveredBy.map((cov) =>
                    h(
                      'li',
                      null,
                      cov.sentences.length
                        ? h(
                            'details',
                            null,
                            h('summary', null, briefingLink(cov.briefing), ` · ${cov.sentences.length} sentence${cov.sentences.length === 1 ? '' : 's'}`),
                            ...cov.sentences.map((s) => h('blockquote', null, s.text)),
                          )
                        : briefingLink(cov.briefing),
                    ),
                  ),
                )
              : h('span', { class: 'muted' }, '—'),
          ),
        ),
      ),
    ),
  );
}

function edgesList(c: DraftCheck): HTMLElement {
  if (!c.edges.length) return notice('empty', 'No causes / constrains / involves relations were found in the draft.');
  return h(
    'ul',
    { class: 'draft-edges' },
    ...c.edges.map((e) =>
      h(
        'li',
        null,
        h('p', null, h('strong', null, e.fromName), ` ${edgeWord(e.type)} `, h('strong', null, e.toName), ' ', status(e.isNew)),
        h('blockquote', { class: 'draft-sentence' }, e.text),
        e.edge && h('div', { class: 'earlier' }, h('p', { class: 'muted' }, 'Stated earlier:'), edgeDetails(e.edge)),
      ),
    ),
  );
}

function sourcesList(c: DraftCheck): HTMLElement {
  if (!c.sources.length) return notice('empty', 'The draft cites no sources that could be recognised.');
  return h(
    'ul',
    { class: 'draft-sources' },
    ...c.sources.map((s) =>
      h(
        'li',
        null,
        sourceLine({ outlet: s.outlet, title: s.title, date: s.date, url: s.source?.url ?? null }),
        ' ',
        status(s.isNew),
        s.citedBy.length > 0 && h('span', null, ' — cited by ', ...s.citedBy.flatMap((b, i) => [i ? ', ' : '', briefingLink(b)])),
      ),
    ),
  );
}

function report(c: DraftCheck): HTMLElement[] {
  const covered = c.nodes.filter((n) => !n.isNew).length;
  return [
    notice(
      'info',
      `${c.nodes.length} entities/events (${covered} covered before, ${c.nodes.length - covered} new) · ` +
        `${c.edges.length} relations (${c.edges.filter((e) => e.isNew).length} new) · ${c.sources.length} sources`,
    ),
    h(
      'section',
      { class: 'new-things', 'aria-labelledby': 'cov-new-h' },
      h('h3', { id: 'cov-new-h' }, 'New in this draft'),
      c.newNodes.length || c.newEdges.length
        ? h('ul', null, ...c.newNodes.map((n) => h('li', null, n)), ...c.newEdges.map((e) => h('li', null, e)))
        : notice('empty', 'Nothing new: earlier briefings covered every entity and relation in the draft.'),
    ),
    h('section', { 'aria-labelledby': 'cov-nodes-h' }, h('h3', { id: 'cov-nodes-h' }, 'Entities and events'), nodesTable(c)),
    h('section', { 'aria-labelledby': 'cov-edges-h' }, h('h3', { id: 'cov-edges-h' }, 'Relations'), edgesList(c)),
    h('section', { 'aria-labelledby': 'cov-src-h' }, h('h3', { id: 'cov-src-h' }, 'Sources'), sourcesList(c)),
  ];
}

export function renderCoverage(root: HTMLElement): void {
  const textarea = h('textarea', { id: 'draft-text', name: 'text', rows: 10, required: true, placeholder: '粘贴草稿 / paste a draft…' });
  textarea.value = sessionStorage.getItem(DRAFT_KEY) ?? '';
  textarea.addEventListener('input', () => sessionStorage.setItem(DRAFT_KEY, textarea.value));
  const results = h('section', { class: 'results', 'aria-live': 'polite', 'aria-label': 'Coverage check result' });
  const form = h(
    'form',
    { class: 'draft-form' },
    h('label', { for: 'draft-text' }, 'Draft text (Chinese or English)'),
    textarea,
    h(
      'div',
      { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { for: 'draft-date' }, 'Draft date (resolves 去年, 下月 …; optional)'), h('input', { id: 'draft-date', name: 'date', type: 'date' })),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Check coverage')),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = textarea.value.trim();
    if (!text) return clear(results, notice('error', 'Paste a draft first: the text is empty.'));
    const date = (new FormData(form).get('date') as string | null) || null;
    results.setAttribute('aria-busy', 'true');
    clear(results, notice('loading', 'Checking the draft against earlier briefings…'));
    try {
      const r = await gql<CheckDraftResult>(CHECK_DRAFT, { text, date });
      clear(results, ...report(r.checkDraft));
    } catch (err) {
      clear(results, notice('error', errorMessage(err)));
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  });
  clear(
    root,
    h('h2', null, 'Coverage check ', h('span', { class: 'sub' }, '覆盖检查')),
    h('p', { class: 'intro' }, 'Have we covered this before? Paste a draft; nothing is stored.'),
    form,
    results,
  );
}
