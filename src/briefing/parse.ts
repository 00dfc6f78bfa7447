// text → Briefing: lines → layout (head, summary, sections, reference list) → sentences with
// their citations. Every span is an offset range into the original, untouched text (a text in
// traditional characters is read through its simplified view, which has the same offsets).
import { InputError } from '../errors.js';
import { Citer } from './citations.js';
import { parseDateOption } from './dates.js';
import { briefingDate } from './datelines.js';
import { briefingId } from './id.js';
import { readLayout, type ParagraphSpan } from './layout.js';
import { checkTextSize } from './limits.js';
import { joinLines, scriptCounts, splitLines } from './lines.js';
import { dateYearless, parseReferences } from './references.js';
import { simplifiedView } from './script.js';
import { citeSourceNotes } from './source-lines.js';
import type { Briefing, BriefingLanguage, Paragraph, Section } from './types.js';

export interface ParseOptions {
  /** File name or caller-given name, kept on the Briefing and used in error messages. */
  name?: string;
  /** The briefing date (`YYYY-MM-DD`); when given it wins over the dateline. */
  date?: string;
}

const TITLE_FROM_SENTENCE = 80;

export function parseBriefing(written: string, opts: ParseOptions = {}): Briefing {
  const label = opts.name ?? 'the briefing';
  checkTextSize(written, label);
  if (written.trim() === '') throw new InputError(`${label} is empty (no text to read)`, 'text');
  // A text in traditional characters is read through its simplified view (same offsets; script.ts).
  const text = simplifiedView(written);
  const givenDate = opts.date === undefined ? undefined : parseDateOption(opts.date);

  const lines = splitLines(text);
  const layout = readLayout(text, lines);
  const references = parseReferences(text, layout.referenceLines);
  const spans = [...layout.summary, ...layout.sections.flatMap((s) => s.paragraphs)];
  const scan = spans.length === 0 ? { start: 0, end: 0 } : { start: Math.min(...spans.map((p) => p.start)), end: Math.max(...spans.map((p) => p.end)) };
  const citer = new Citer(text, references, scan);
  const cite = (p: ParagraphSpan) => citer.paragraph(p.start, p.end);

  const sections: Section[] = layout.sections.map((s) => {
    const section: Section = {
      number: s.number,
      heading: s.heading,
      level: s.level,
      paragraphs: s.paragraphs.map(cite).filter((p) => p.sentences.length > 0),
    };
    if (s.headingStart !== undefined) {
      const end = s.headingStart + s.heading.length;
      section.headingSpan = { start: s.headingStart, end, text: text.slice(s.headingStart, end) };
    }
    return section;
  });
  citeSourceNotes(text, layout.sourceNotes, references, sections);
  let summary = layout.summary.length > 0 ? cite(spanning(layout.summary)) : undefined;
  const lead = sections.find((s) => s.paragraphs.length > 0)?.paragraphs[0];
  if (!summary && lead) summary = lead;
  if (!summary && !lead) {
    throw new InputError(`${label} has no content: only headings, a reference list or boilerplate, no paragraphs to read`, 'text');
  }

  // The ranking of what dates a briefing is datelines.ts's (`briefingDate`).
  const hints = { name: opts.name, referenceDates: references.flatMap((r) => (r.date ? [r.date] : [])) };
  const date = givenDate ?? briefingDate(text, lines, layout, hints);
  if (!date) {
    throw new InputError(`${label} has no date (no dateline such as "2026 年 5 月 8 日" or "May 8, 2026", none in its file name); pass --date YYYY-MM-DD`, 'date');
  }

  dateYearless(references, date);
  const title = layout.title ?? titleFromSentence(summary?.sentences[0]?.text ?? lead?.sentences[0]?.text) ?? opts.name ?? '';
  const briefing: Briefing = {
    id: briefingId(date, title),
    date,
    title,
    summary,
    sections: sections.filter((s) => s.paragraphs.length > 0 || s.heading !== ''),
    references,
    language: languageOf(text, summary, sections),
    text,
  };
  if (opts.name !== undefined) briefing.name = opts.name;
  if (text !== written) briefing.original = written;
  return briefing;
}

function spanning(spans: ParagraphSpan[]): ParagraphSpan {
  return { start: spans[0].start, end: spans[spans.length - 1].end };
}

function titleFromSentence(sentence: string | undefined): string | undefined {
  if (!sentence) return undefined;
  const flat = joinLines(sentence);
  return flat.length <= TITLE_FROM_SENTENCE ? flat : `${flat.slice(0, TITLE_FROM_SENTENCE - 1)}…`;
}

const LANGUAGE_SAMPLE = 4000;

/** 'en' when Latin letters outnumber Han characters in the content (references left out; the first 4,000 characters tell). */
function languageOf(text: string, summary: Paragraph | undefined, sections: Section[]): BriefingLanguage {
  let han = 0;
  let latin = 0;
  let seen = 0;
  const count = (p: Paragraph) => {
    if (seen >= LANGUAGE_SAMPLE) return;
    const c = scriptCounts(text.slice(p.start, Math.min(p.end, p.start + LANGUAGE_SAMPLE - seen)));
    seen += p.end - p.start;
    han += c.han;
    latin += c.latin;
  };
  if (summary) count(summary);
  for (const s of sections) s.paragraphs.forEach(count);
  return latin > han ? 'en' : 'zh';
}
