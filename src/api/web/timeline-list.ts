// The timeline itself: an overview axis (past | as-of line | upcoming, deadlines as flags) above an
// ordered list grouped by month. The list is the accessible form; the axis is a visual index into it.
import { h, text } from './dom.js';
import { firstDay, isoOf, monthHeading, monthOf, monthTicks } from './dates.js';
import { briefingLink, evidenceBlock, labelTag, modalityTag, nodeLink } from './evidence.js';
import type { TimelineItem, TimelineKind } from './queries.js';

const KIND_WORDS: Record<TimelineKind, string> = {
  occurred: 'happened',
  published: 'briefing published',
  starts: 'starts',
  ends: 'ends',
  expires: 'expires / deadline',
};

function kindWords(item: TimelineItem): string {
  if (isDeadline(item)) return '⚑ deadline / expiry';
  if (item.kind === 'occurred' && item.upcoming) return 'scheduled';
  return KIND_WORDS[item.kind];
}

/** A deadline or expiry: what a reader most needs not to miss. */
export function isDeadline(item: TimelineItem): boolean {
  return item.kind === 'expires' || (item.kind === 'ends' && item.node.expires);
}

function itemId(i: number): string {
  return `tl-item-${i}`;
}

function itemView(item: TimelineItem, i: number): HTMLElement {
  const deadline = isDeadline(item);
  const cls = ['tl-item', `kind-${item.kind}`, item.upcoming ? 'upcoming' : 'past', deadline ? 'deadline' : '']
    .filter(Boolean)
    .join(' ');
  const when = h(
    'span',
    { class: 'tl-date' },
    h('time', { datetime: item.date }, item.date),
    item.endDate && ' – ',
    item.endDate && h('time', { datetime: item.endDate }, item.endDate),
  );
  const support = item.evidence
    ? evidenceBlock(item.evidence)
    : item.briefing
      ? h('p', null, 'Published: ', briefingLink(item.briefing))
      : h('p', { class: 'muted' }, 'No sentence recorded for this date.');
  return h(
    'li',
    { class: cls, id: itemId(i) },
    h(
      'div',
      { class: 'tl-head' },
      when,
      h('span', { class: `tag kind kind-${item.kind}` }, kindWords(item)),
      item.upcoming && h('span', { class: 'tag upcoming-tag' }, 'upcoming'),
      modalityTag(item.modality),
    ),
    h('div', { class: 'tl-what' }, nodeLink(item.node, false), ' ', labelTag(item.node.label)),
    h(
      'details',
      { class: 'tl-evidence' },
      h('summary', null, item.evidence ? 'Sentence and briefing' : 'Briefing'),
      support,
    ),
  );
}

/** Opens an item's evidence and moves focus to it (used by the axis markers). */
function reveal(i: number): void {
  const li = document.getElementById(itemId(i));
  if (!li) return;
  const details = li.querySelector('details');
  if (details) details.open = true;
  li.scrollIntoView({ block: 'center' });
  li.querySelector<HTMLElement>('summary')?.focus();
}

export function timelineAxis(items: TimelineItem[], asOf: string): HTMLElement {
  const times = items.map((it) => firstDay(it.date)).filter((t) => !Number.isNaN(t));
  const now = firstDay(asOf);
  const lo = Math.min(...times, now);
  const hi = Math.max(...times, now);
  const span = Math.max(hi - lo, 86_400_000);
  const pos = (t: number): string => `${(((t - lo) / span) * 96 + 2).toFixed(2)}%`;
  const ticks = monthTicks(lo, hi);
  const every = Math.ceil(ticks.length / 8); // keep month labels readable on a phone
  return h(
    'div',
    { class: 'axis', 'aria-hidden': 'true' },
    h('div', { class: 'axis-line' }),
    ...ticks.map((t, k) =>
      h(
        'span',
        // On a phone only every other label fits; `minor` labels are hidden there.
        { class: `axis-tick${k % (every * 2) === 0 ? '' : ' minor'}`, style: `left:${pos(t)}` },
        k % every === 0 ? isoOf(t).slice(0, 7) : '',
      ),
    ),
    h('span', { class: 'axis-now', style: `left:${pos(now)}`, title: `as of ${asOf}` }, 'now'),
    ...items.map((it, i) => {
      const t = firstDay(it.date);
      if (Number.isNaN(t)) return null;
      return h('button', {
        type: 'button',
        tabindex: -1,
        class: `axis-mark kind-${it.kind}${isDeadline(it) ? ' deadline' : ''}${it.upcoming ? ' upcoming' : ''}`,
        style: `left:${pos(t)}`,
        title: `${it.date} ${it.node.name} (${kindWords(it)})`,
        onclick: () => reveal(i),
      });
    }),
  );
}

export function timelineList(items: TimelineItem[], asOf: string): HTMLElement {
  const list = h('ol', { class: 'timeline', 'aria-label': 'Timeline, oldest first' });
  let month = '';
  let group: HTMLOListElement | null = null;
  let dividerShown = false;
  items.forEach((item, i) => {
    if (item.upcoming && !dividerShown) {
      dividerShown = true;
      list.append(h('li', { class: 'now-divider' }, h('h3', null, text(`Upcoming — after ${asOf}`))));
      month = ''; // restart month grouping below the divider
    }
    const m = monthOf(item.date);
    if (m !== month || !group) {
      month = m;
      group = h('ol', { class: 'tl-month-items' });
      list.append(h('li', { class: 'tl-month' }, h('h3', null, monthHeading(m)), group));
    }
    group.append(itemView(item, i));
  });
  return list;
}
