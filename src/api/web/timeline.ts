// The timeline view: filters (date range, as-of date, labels, "everything around a node") kept in the
// URL, then the `timeline` query drawn as an axis and a list.
import { clear, h, notice } from './dom.js';
import { todayIso } from './dates.js';
import { labelTag } from './evidence.js';
import { errorMessage, gql } from './gql.js';
import { nodePicker } from './node-picker.js';
import { NODE_LABELS, NODE_NAME, TIMELINE, type NodeNameResult, type TimelineResult } from './queries.js';
import { href } from './routes.js';
import { isDeadline, timelineAxis, timelineList } from './timeline-list.js';

interface Filters {
  from?: string;
  to?: string;
  asOf?: string;
  about?: string;
  labels: string[];
}

function readFilters(p: URLSearchParams): Filters {
  const labels = (p.get('labels') ?? '').split(',').filter((l) => (NODE_LABELS as readonly string[]).includes(l));
  return {
    from: p.get('from') || undefined,
    to: p.get('to') || undefined,
    asOf: p.get('asOf') || undefined,
    about: p.get('about') || undefined,
    labels,
  };
}

function go(f: Filters): void {
  location.hash = href.timeline({ ...f, labels: f.labels.join(',') || undefined });
}

function dateField(name: keyof Filters, label: string, value: string | undefined): HTMLElement {
  const id = `tl-${name}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name, type: 'date', value: value ?? '' }),
  );
}

function filterForm(f: Filters, aboutName: HTMLElement): HTMLElement {
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Timeline filters' },
    h(
      'div',
      { class: 'field-row' },
      dateField('from', 'From', f.from),
      dateField('to', 'To', f.to),
      dateField('asOf', 'As of (upcoming after)', f.asOf),
    ),
    h(
      'fieldset',
      { class: 'labels' },
      h('legend', null, 'Labels (none ticked = all)'),
      ...NODE_LABELS.map((l) =>
        h(
          'label',
          { class: 'check' },
          h('input', { type: 'checkbox', name: 'labels', value: l, checked: f.labels.includes(l) }),
          ` ${l}`,
        ),
      ),
    ),
    aboutName,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply filters'), ' ', h('a', { href: '#/timeline' }, 'Reset')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const str = (k: string): string | undefined => (data.get(k) as string | null) || undefined;
    go({ from: str('from'), to: str('to'), asOf: str('asOf'), about: f.about, labels: data.getAll('labels').map(String) });
  });
  return form;
}

function filterSummary(f: Filters): string {
  const parts = [
    f.from || f.to ? `${f.from ?? '…'} to ${f.to ?? '…'}` : 'all dates',
    f.labels.length ? f.labels.join(', ') : 'all labels',
    f.about ? 'around one node' : '',
  ].filter(Boolean);
  return `Filters: ${parts.join(' · ')}`;
}

export async function renderTimeline(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const f = readFilters(params);
  const around = h('p', { class: 'around' });
  const picker = nodePicker({
    name: 'about',
    label: 'Around a node: type any name (中文 or English)',
    onPick: (n) => go({ ...f, about: n.id }),
  });
  const results = h('section', { class: 'results', 'aria-labelledby': 'tl-results-h', 'aria-busy': 'true' });
  clear(
    root,
    h('h2', null, 'Timeline ', h('span', { class: 'sub' }, '时间线')),
    h(
      'p',
      { class: 'intro' },
      'What happened, what is scheduled and what expires, each with the sentence and briefing behind it.',
    ),
    // Filters fold away on a phone so the timeline itself is on the first screen.
    h(
      'details',
      { class: 'filters-box', open: !matchMedia('(max-width: 40rem)').matches || Boolean(f.about) },
      h('summary', null, filterSummary(f)),
      filterForm(f, h('div', { class: 'about' }, picker, around)),
    ),
    results,
  );

  if (f.about) {
    clear(around, 'Showing everything around ', h('strong', null, f.about), '.');
    gql<NodeNameResult>(NODE_NAME, { id: f.about })
      .then((r) => {
        if (!r.node) return clear(around, notice('error', `No node has the id “${f.about}”.`));
        clear(
          around,
          'Showing everything around ',
          h('a', { href: href.node(r.node.id) }, r.node.name),
          ' ',
          labelTag(r.node.label),
          ' ',
          h('a', { href: href.timeline({ ...f, about: undefined, labels: f.labels.join(',') || undefined }) }, 'Clear'),
        );
      })
      .catch((err: unknown) => clear(around, notice('error', errorMessage(err))));
  }

  const heading = h('h3', { id: 'tl-results-h' }, 'Items');
  clear(results, heading, notice('loading', 'Loading the timeline…'));
  try {
    const r = await gql<TimelineResult>(TIMELINE, {
      from: f.from ?? null,
      to: f.to ?? null,
      about: f.about ?? null,
      labels: f.labels.length ? f.labels : null,
      asOf: f.asOf ?? null,
    });
    const items = r.timeline;
    if (!items.length) {
      clear(results, heading, notice('empty', 'No dated facts match these filters. Widen the dates or clear the node.'));
      return;
    }
    const upcoming = items.filter((i) => i.upcoming).length;
    const deadlines = items.filter(isDeadline).length;
    const asOf = f.asOf ?? todayIso();
    clear(
      results,
      heading,
      notice('info', `${items.length} items · ${upcoming} upcoming · ${deadlines} deadlines or expiries`),
      timelineAxis(items, asOf),
      timelineList(items, asOf),
    );
  } catch (err) {
    clear(results, heading, notice('error', errorMessage(err)));
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
}
