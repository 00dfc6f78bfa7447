// Generated bad documents, built on the real briefings: windows of their lines with hostile pieces
// put in (binary, HTML, impossible dates, reference lists with no entries, repeated headings,
// stray citation markers, cut surrogate pairs), and what every outcome of extraction must satisfy.
import fc from 'fast-check';
import { expect } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { Evidence, GraphFragment } from '../../../src/model/index.js';
import { FIXTURE_FILES, fixtureText } from './picture.js';

const LINES = FIXTURE_FILES.map((f) => fixtureText(f).split('\n'));

/** A run of 1..12 consecutive lines of one real briefing. */
const window = fc
  .record({ doc: fc.nat(LINES.length - 1), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) })
  .map(({ doc, at, length }) => {
    const lines = LINES[doc];
    const start = at % lines.length;
    return lines.slice(start, start + length).join('\n');
  });

const DATELINES = ['2026 年 5 月 7 日', '2026年5月8日', 'May 8, 2026', '2026-05-12', '2026 年 2 月 30 日', '2026 年 13 月 5 日', ''];

/** Pieces a hostile or broken document carries. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '\u0000', '\uFFFD', '\uFEFF', '\u200B\u200D', '\uD800', '\uDFFF', '\r\n', '\r', '\t\t\t', '\u3000\u3000',
    '<html><body><p>', '</p></body></html>', '<script>alert(1)</script>', '<br/>', '&nbsp;&lt;&#x4E2D;',
    '参考文献\n', '参考资料\n', '\n5 参考文献\n\n', 'References\n',
    '2 月 30 日', '13 月', '2026 年 13 月 45 日', '2026-02-30', 'February 30, 2026', '0 月 0 日', '去年 13 月', '99999 年',
    '5 月 14-15 日', '2026 年 5 月 14 日至 2025 年 1 月 1 日', '[1]', '[999]', '[0]', '[', '[1][1][1][1]', '《', '》《》', '“', '”',
    '据 报道，', '因而导致推动', '特朗普特朗普特朗普', '——', '……', '。。。。', '\\', "'", '"', '`',
  ),
  fc.integer({ min: 2, max: 300 }).map((n) => '1 特朗普 5 月 14-15 日访华\n'.repeat(n)),
  fc.integer({ min: 2, max: 300 }).map((n) => '一、稀土\n'.repeat(n)),
  fc.integer({ min: 2, max: 60 }).map((n) => `${Array.from({ length: n }, (_, i) => i + 1).join('.')} 标题\n`),
  fc.integer({ min: 100, max: 4000 }).map((n) => '稀'.repeat(n)),
  fc.integer({ min: 100, max: 4000 }).map((n) => 'a'.repeat(n)),
);

/** A briefing-like text: an optional dateline, windows of real lines, hostile pieces anywhere. */
export const badDocument: fc.Arbitrary<string> = fc
  .record({
    dateline: fc.constantFrom(...DATELINES),
    body: fc.array(window, { minLength: 1, maxLength: 3 }),
    insertions: fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 4 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ dateline, body, insertions, cut }) => {
    let text = `${dateline}\n\n${body.join('\n\n')}\n`;
    for (const [at, piece] of insertions) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    // A cut by UTF-16 units may split a surrogate pair, as a careless truncation does.
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
  });

/** Anything at all: random strings, whitespace, control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.stringMatching(/^[\s\u3000\u200B\uFEFF]*$/),
  fc.constant(''),
);

function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function checkEvidence(ev: Evidence, f: GraphFragment): void {
  expect(ev.briefingId).toBe(f.briefing.id);
  expect(f.briefing.text.slice(ev.start, ev.end)).toBe(ev.text);
}

/** What extraction made of a text: whole and anchored in it, or nothing. */
export type Outcome = { kind: 'extracted'; fragment: GraphFragment } | { kind: 'refused'; message: string };

/**
 * Runs `extract` and holds the outcome to the contract: either a fragment whose every fact is
 * anchored in the text (evidence = the text at its offsets, edges between known nodes, real
 * calendar dates), or an InputError with a one-line reason. Anything else fails the test.
 */
export function extractOrRefuse(extract: () => GraphFragment, text: string): Outcome {
  let fragment: GraphFragment;
  try {
    fragment = extract();
  } catch (err) {
    if (!(err instanceof InputError)) throw new Error(`not an InputError (${String(err)}) for ${JSON.stringify(text.slice(0, 200))}`, { cause: err });
    expect(err.message.trim()).not.toBe('');
    expect(err.message).not.toMatch(/[\r\n]/);
    return { kind: 'refused', message: err.message };
  }
  expect(fragment.briefing.text).toBe(text);
  expect(isCalendarDate(fragment.briefing.date)).toBe(true);
  const ids = new Set([fragment.briefing.id, ...fragment.nodes.map((n) => n.id)]);
  expect(ids.size).toBe(fragment.nodes.length + (fragment.nodes.some((n) => n.id === fragment.briefing.id) ? 0 : 1));
  for (const n of fragment.nodes) {
    expect(n.name.trim()).not.toBe('');
    for (const d of [n.start, n.end]) if (d !== undefined) expect(isCalendarDate(d), `${n.id}: ${d}`).toBe(true);
    for (const ev of [n.startEvidence, n.endEvidence, ...(n.observations ?? []).map((o) => o.evidence)]) if (ev) checkEvidence(ev, fragment);
  }
  for (const e of fragment.edges) {
    expect(ids.has(e.from) && ids.has(e.to), `${e.type} ${e.from} -> ${e.to}`).toBe(true);
    for (const ev of e.evidence) checkEvidence(ev, fragment);
  }
  return { kind: 'extracted', fragment };
}
