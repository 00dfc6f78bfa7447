// Reads a briefing's layout line by line: the head (title, publisher lines, dateline), the summary,
// the table of contents (skipped), the sections with their paragraphs, the reference list and the
// footer (skipped). Paragraph spans are offsets into the original text; a paragraph that stops
// without sentence punctuation (a PDF page break: `减少对中` ⏎⏎ `国关键原材料`) runs on into the next block.
import { headingCandidate, HeadingSequence, type HeadingCandidate } from './headings.js';
import {
  endsParagraph,
  endsSentence,
  inlineSummaryStart,
  isBareListNumber,
  isFooterCue,
  isPageNumber,
  isRule,
  markupLead,
  tableCells,
  specialHeading,
  type Line,
} from './lines.js';
import type { DateMatch } from './dates.js';
import { findStandaloneDate } from './datelines.js';
import { REFERENCE_CONTINUATION, REFERENCE_MARKER } from './references.js';
import { findFooterStart, FOOTNOTE } from './footer.js';
import { findHeadlessList, opensLooseReferences } from './reference-start.js';
import { sourceNoteOf, type SourceNote } from './source-lines.js';
import { isMetaLine, isPageChrome, isPhotoCaption, isRecordPart, isRelatedHeading, relatedListEnd } from './page-chrome.js';
import { looksLikeHeadLine, readHead } from './head.js';

export interface ParagraphSpan {
  start: number;
  end: number;
}

export interface SectionLayout {
  number: string;
  heading: string;
  headingStart?: number;
  level: number;
  paragraphs: ParagraphSpan[];
}

export interface Layout {
  title?: string;
  /** The date printed in the head (the dateline), if any. */
  dateline?: DateMatch;
  /** Whether the dateline is a date inside the title (`Update to the rule of October 7, 2022`), which a wire dateline outranks. */
  datelineInTitle?: boolean;
  /** A line elsewhere that is nothing but a date (a signature date at the end of an official text). */
  standaloneDate?: DateMatch;
  /** Paragraphs under 摘要 / Summary / Abstract. */
  summary: ParagraphSpan[];
  sections: SectionLayout[];
  /** Non-blank lines of the reference list, in order, with whether a blank line preceded each. */
  referenceLines: Array<{ line: Line; afterBlank: boolean; list: number }>;
  /** `来源：路透社、财新` notes under stories (not content). */
  sourceNotes: SourceNote[];
}


export function readLayout(text: string, lines: Line[]): Layout {
  const layout: Layout = { summary: [], sections: [], referenceLines: [], sourceNotes: [] };
  const footerStart = findFooterStart(lines);
  const headless = findHeadlessList(lines, footerStart);
  let i = readHead(text, lines, layout);

  type Zone = 'body' | 'summary' | 'contents' | 'references';
  let zone: Zone = 'body';
  const seq = new HeadingSequence();
  const tocNumbers = new Set<string>();
  let open: ParagraphSpan | undefined;
  let openTail = ''; // the open paragraph's last line
  let gap = false; // blank or skipped lines since the last content line
  let current: ParagraphSpan[] | undefined; // where paragraphs go now
  let lists = -1; // reference lists seen (one per section in some layouts)
  const lastAt = new Map<string, number>();
  lines.forEach((l, k) => lastAt.set(l.clean, k));
  // A text cut from the middle of a list (`16. 某某株式会社` heads it): its numbering goes on from there.
  const opening = lines.findIndex((l) => l.clean !== '');
  const listed = opening >= 0 && opening < i ? /^(\d{1,2})[.、．]\s*\D/.exec(lines[opening].clean) : null;
  if (listed) seq.take(listed[1]);

  const close = () => {
    if (open && current) current.push(open);
    open = undefined;
  };
  /** A list with no heading over it starts at its first entry, which is itself a reference line. */
  const openListAt = (line: Line) => {
    close();
    zone = 'references';
    lists++;
    layout.referenceLines.push({ line, afterBlank: false, list: lists });
    gap = false;
  };
  const startSection = (h: Pick<HeadingCandidate, 'number' | 'heading' | 'level'>, line?: Line) => {
    close();
    const section: SectionLayout = { number: h.number, heading: h.heading, level: h.level, paragraphs: [] };
    if (line && h.heading) {
      const at = text.indexOf(h.heading, line.start);
      if (at >= 0 && at + h.heading.length <= line.end) section.headingStart = at;
    }
    layout.sections.push(section);
    current = section.paragraphs;
    zone = 'body';
  };
  const addText = (line: Line) => {
    if (!current) startSection({ number: '', heading: '', level: 1 }); // text before any heading: the untitled lead
    // A paragraph runs on while its last line is unfinished, across blank lines and page numbers too.
    if (open && !endsParagraph(openTail)) {
      open.end = line.end;
    } else {
      close();
      open = { start: line.start + markupLead(text.slice(line.start, line.end)), end: line.end };
    }
    openTail = text.slice(line.start, line.end);
    gap = false;
  };

  for (; i < lines.length && i < footerStart; i++) {
    const line = lines[i];
    const clean = line.clean;
    if (clean === '') {
      gap = true;
      continue;
    }
    if (zone === 'contents') {
      if (endsContents(line, tocNumbers)) {
        zone = 'body';
      } else {
        const entry = contentsEntryNumber(clean);
        if (entry) tocNumbers.add(entry);
        continue;
      }
    }
    if (zone === 'references') {
      // A PDF page break inside the list: its page number and running head are not entries.
      if (isPageNumber(clean) || (layout.title !== undefined && clean === layout.title)) continue;
      const first = layout.referenceLines.find((r) => r.list === lists)?.line ?? line;
      if (!endsReferences(line, gap, REFERENCE_MARKER.test(first.clean))) {
        layout.referenceLines.push({ line, afterBlank: gap, list: lists });
        gap = false;
        continue;
      }
      zone = 'body';
      current = undefined;
    }
    // `SUMMARY:` in a Federal Register preamble labels one part: `DATES:` or `ADDRESSES:` starts the next.
    if (zone === 'summary' && isRecordPart(clean)) startSection({ number: '', heading: '', level: 1 });
    if (!line.marked && isRelatedHeading(clean)) {
      // `Related:` and the other stories' headlines under it are the page's, not the text's.
      i = relatedListEnd(lines, i);
      gap = true;
      continue;
    }
    // A line marked as a heading (`## Executive Orders`) is the briefing's own, whatever its words.
    if (!line.marked && (isPageChrome(clean) || isPhotoCaption(clean) || isMetaLine(clean))) {
      // Widgets, breadcrumbs, running heads, captions and metadata fields are not content; they do not end a paragraph.
      gap = true;
      continue;
    }
    if (isPageNumber(clean) || isFooterCue(clean) || (layout.title !== undefined && clean === layout.title)) {
      // Page numbers, running heads and stray boilerplate are not content, and do not end a paragraph.
      gap = true;
      continue;
    }
    if (i === headless && lists < 0) {
      // Entries closing the text with no heading over them: a reference list all the same.
      openListAt(line);
      continue;
    }
    const raw = text.slice(line.start, line.end);
    if (isRule(raw)) {
      close();
      gap = true;
      continue;
    }
    const cells = tableCells(raw, line.start);
    if (cells) {
      // Each cell of a table is a paragraph of its own: the row is no sentence.
      close();
      for (const c of cells) {
        addText({ ...line, start: c.start, end: c.end });
        close();
      }
      continue;
    }
    const special = specialHeading(clean) ?? (opensLooseReferences(lines, i, footerStart) ? 'references' : undefined);
    if (special === 'references' && isContentsLine(lines, i, lastAt)) continue;
    if (special) {
      close();
      if (special === 'summary') {
        zone = 'summary';
        current = layout.summary;
      } else if (special === 'contents') {
        zone = 'contents';
        current = undefined;
        tocNumbers.clear();
      } else {
        zone = 'references';
        lists++;
        const n = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s/.exec(clean);
        if (n && seq.accepts(n[1])) seq.take(n[1]);
      }
      gap = false;
      continue;
    }
    if (FOOTNOTE.test(clean)) {
      // Markdown footnotes (`[^1]: Reuters …`) are a reference list without a heading.
      openListAt(line);
      continue;
    }
    const inline = inlineSummaryStart(text.slice(line.start, line.end));
    if (inline !== undefined) {
      close();
      zone = 'summary';
      current = layout.summary;
      addText({ ...line, start: line.start + inline });
      continue;
    }
    if (line.tocPage && contentsEntryNumber(clean)) continue; // a stray contents entry
    if (isBareListNumber(clean)) continue; // a list number parted from its item: no text of its own
    if (clean.length <= 60 && !(open && !endsParagraph(openTail)) && headingCandidate(clean, line.marked) && isContentsLine(lines, i, lastAt)) continue;
    let cand = open && !gap && !endsParagraph(openTail) ? undefined : headingCandidate(clean, line.marked);
    // `## 3 人形机器人` out of sequence is still a marked heading.
    if (cand?.kind === 'arabic' && !seq.accepts(cand.number) && line.marked) cand = { number: '', heading: clean, level: 1, kind: 'marked', runIn: false };
    if (cand && (cand.kind !== 'arabic' || seq.accepts(cand.number))) {
      if (cand.kind === 'arabic') seq.take(cand.number);
      startSection(cand, line);
      gap = false;
      if (cand.runIn) addText(line);
      continue;
    }
    if (!seq.started && !(open && !endsParagraph(openTail)) && isPlainSubhead(lines, i)) {
      startSection({ number: '', heading: clean, level: 1 }, line);
      gap = false;
      continue;
    }
    const note = sourceNoteOf(text.slice(line.start, line.end), line.start);
    if (note) {
      layout.sourceNotes.push(note.note);
      if (note.textEnd > line.start) addText({ ...line, end: note.textEnd });
      else gap = true;
      continue;
    }
    addText(line);
  }
  close();

  if (!layout.dateline) layout.standaloneDate = findStandaloneDate(lines, footerStart);
  return layout;
}

/** The contents end at a line that repeats an entry's number without a page number, or at real text. */
function endsContents(line: Line, tocNumbers: Set<string>): boolean {
  if (line.tocPage) return false;
  const entry = contentsEntryNumber(line.clean);
  if (entry && tocNumbers.has(entry)) return true;
  return /[。！？]/.test(line.clean) || endsSentence(line.clean) || line.clean.length > 120;
}

/** The section number a contents line starts with (`1.2`, `一`), its page number and dot leaders removed. */
function contentsEntryNumber(clean: string): string | undefined {
  const entry = clean.replace(/(?:\s*[.·…]){2,}\s*\d{0,3}$|\s+\d{1,3}$/, '');
  const m = /^(\d{1,2}(?:\.\d{1,2})*)[.、．]?\s|^([一二三四五六七八九十]{1,3})[、．.]|^[（(]([一二三四五六七八九十]{1,3})[)）]/.exec(entry);
  return m ? (m[1] ?? (m[2] ? `${m[2]}、` : `（${m[3]}）`)) : undefined;
}

/**
 * Where the reference list ends: at a heading, or after a blank line at an unmarked line that is no
 * 用途/链接 continuation (in a numbered list) or that reads like body text (in an unnumbered one).
 */
function endsReferences(line: Line, afterBlank: boolean, numbered: boolean): boolean {
  if (specialHeading(line.clean) || (line.marked && !REFERENCE_MARKER.test(line.clean))) return true;
  // `一、稀土` / `（二）芯片` never numbers a reference: a section starts (the list heading was a contents line).
  if (headingCandidate(line.clean, false)?.kind === 'han' && !/https?:\/\/|[《“"]/.test(line.clean)) return true;
  if (!afterBlank || REFERENCE_MARKER.test(line.clean) || REFERENCE_CONTINUATION.test(line.clean) || line.clean.includes('|')) return false;
  if (numbered) return !/[《“"]/.test(line.clean);
  return /^(?:\d{1,2}(?:\.\d{1,2})*\s|[一二三四五六七八九十]{1,3}、)/.test(line.clean) || (line.clean.length > 80 && /[。！？]$/.test(line.clean) && !/https?:\/\//.test(line.clean));
}

/**
 * A line of a contents list with no 目录 heading: printed again further on (as its section's
 * heading), next to a line that is printed again too (`2 芯片管制` ⏎ `3 参考文献`).
 */
function isContentsLine(lines: Line[], i: number, lastAt: Map<string, number>): boolean {
  const again = (k: number) => k >= 0 && k < lines.length && (lastAt.get(lines[k].clean) ?? k) > k;
  if (!again(i)) return false;
  let before = i - 1;
  while (before >= 0 && lines[before].clean === '') before--;
  let after = i + 1;
  while (after < lines.length && lines[after].clean === '') after++;
  return again(before) || again(after);
}

/** A short unpunctuated line standing alone between blank lines, followed by text: a subhead. */
function isPlainSubhead(lines: Line[], i: number): boolean {
  const { clean } = lines[i];
  if (/[,，、:：;；。.!！]/.test(clean) || !looksLikeHeadLine(clean) || clean.length > 60) return false;
  if (i > 0 && lines[i - 1].clean !== '') return false;
  // A subhead set right on top of its paragraph (`Chips` ⏎ `Washington is weighing …`) is a few words over a long sentence.
  const next = lines[i + 1]?.clean ?? '';
  if (next !== '') return clean.length <= 30 && !/\d/.test(clean) && next.length > 40 && endsSentence(next);
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].clean === '') continue;
    return /[。！？.!?]/.test(lines[j].clean) && lines[j].clean.length > clean.length * 2;
  }
  return false;
}
