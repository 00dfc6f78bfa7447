// A Briefing is a text read for its structure: when it was written, what it is called, its sections,
// paragraphs and sentences (with offsets into the original text), and the sources it cites.
// Offsets always index the original text, so evidence can be shown and checked verbatim.

import type { IsoDate } from '../model/index.js';

export interface Span {
  /** text === original.slice(start, end) */
  start: number;
  end: number;
  text: string;
}

/**
 * Citations live here, in the briefing stage, already inherited: a sentence with no marker or
 * attribution of its own carries its paragraph's first attribution (the design's "the Sources that
 * sentence or its paragraph cites"), flagged `citationInherited`. Extract uses `citedRefs` as is.
 */
export interface Sentence extends Span {
  /** In-text citation markers (`[3]`) and `据 X 报道` outlets, resolved to 0-based indices into `references`. */
  citedRefs: number[];
  /** Outlet names the sentence attributes to (据 Reuters 报道 → 'Reuters'), as printed, resolved or not. */
  attributedOutlets: string[];
  /** True when `citedRefs` / `attributedOutlets` were taken from the paragraph, not the sentence itself. */
  citationInherited?: boolean;
}

export interface Paragraph extends Span {
  sentences: Sentence[];
}

export interface Section {
  /** '1', '1.1', '一', '' for the untitled lead. */
  number: string;
  heading: string;
  /** Where `heading` is printed in the original text, when it stands there in one piece (not split by markup). */
  headingSpan?: Span;
  /** 1 for `1`/`一、`, 2 for `1.1`/`（一）`. */
  level: number;
  paragraphs: Paragraph[];
}

export interface Reference {
  /** 1-based number as printed, or position in the list. */
  index: number;
  outlet: string;
  date?: IsoDate;
  title?: string;
  url?: string;
  purpose?: string;
  /** The reference line(s) as printed. */
  raw: Span;
  /** Which list it is in (0, 1, …) when the briefing has one per section; `[1]` then means the next list's first entry. */
  list?: number;
}

export type BriefingLanguage = 'zh' | 'en';

export interface Briefing {
  /** Stable id: the same briefing (date + title) always gets the same id (see `briefingId`). */
  id: string;
  /** The `date` option when given, else the dateline (a wire dateline such as `BEIJING, June 3 (Reuters) -` takes its year from the story), else a line that is only a date, else the first full date. */
  date: IsoDate;
  title: string;
  /**
   * The paragraph(s) under 摘要 / Summary / Abstract (one span from the first to the last; not
   * repeated in `sections`), or for a plain article its lead paragraph (which stays in its section
   * too). `paragraphsOf` walks every content paragraph once.
   */
  summary?: Paragraph;
  /** In text order; a flat list whose `level` gives the tree (1, 1.1, 1.2, 2 …). */
  sections: Section[];
  references: Reference[];
  language: BriefingLanguage;
  /** The text read: the original, untouched, or for a text in traditional characters its simplified view (see `original`). */
  text: string;
  /**
   * Set only when the text is written in traditional characters: the original, of which `text` is the
   * simplified view, the same length position for position (briefing/script.ts), so every offset
   * indexes both. Extraction shows the original (evidence, names as written).
   */
  original?: string;
  /** File name or caller-given name. */
  name?: string;
}
