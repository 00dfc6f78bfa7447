// Sources named under a story instead of in a reference list: `来源：路透社、财新`, `参考资料：路透社、彭博社`,
// `（来源：彭博社，2026年6月1日）`, `Source: Reuters`. Each outlet named becomes a reference, and the
// sentences of the story above the line (back to the previous such line or the section start) cite it.
import { findFullDates } from './dates.js';
import { outletKey } from './outlets.js';
import { isOutletNote } from './reference-entry.js';
import type { Reference, Section } from './types.js';

const LABELS = '来源|资料来源|信息来源|消息来源|新闻来源|数据来源|出处|参考资料|参考来源|参考文献|Sources?|Source links?|References';
/** A line that is only a source note. */
const WHOLE_LINE = new RegExp(`^[（(【\\[]?\\s*(?:${LABELS})\\s*[:：]\\s*([^。！？!?]{2,100}?)\\s*[)）】\\]]?$`, 'i');
/** A source note closing a paragraph's line: `…出口。（来源：彭博社）`. */
const AT_LINE_END = new RegExp(`[（(【\\[]\\s*(?:${LABELS})\\s*[:：]\\s*([^（）()【】\\[\\]。]{2,80}?)\\s*[)）】\\]]\\s*$`, 'i');

export interface SourceNote {
  /** Offsets of the note in the text. */
  start: number;
  end: number;
  /** The names listed, as printed (dates left out). */
  body: string;
}

/** The source note a line is or ends with, and where the line's own text ends (before the note). */
export function sourceNoteOf(raw: string, offset: number): { note: SourceNote; textEnd: number } | undefined {
  const whole = raw.length <= 120 ? WHOLE_LINE.exec(raw) : null;
  if (whole) return { note: { start: offset, end: offset + raw.length, body: whole[1] }, textEnd: offset };
  const tail = AT_LINE_END.exec(raw);
  if (!tail || tail.index === 0) return undefined;
  return { note: { start: offset + tail.index, end: offset + raw.length, body: tail[1] }, textEnd: offset + tail.index };
}

/** Adds a reference per outlet the notes name (one per outlet and date) and cites them from the sentences above each note. */
export function citeSourceNotes(text: string, notes: SourceNote[], references: Reference[], sections: Section[]): void {
  if (notes.length === 0) return;
  const sentences = sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((sentence) => ({ sentence, section: s }))));
  let from = 0;
  for (const note of notes) {
    const dates = findFullDates(note.body);
    // `路透社（转引 CGTN、UPI）`: the note in brackets names where the story came from, not Sources of its own.
    let names = note.body.replace(/\s*[（(]([^()（）]{1,60})[)）]/g, (whole, inside: string) => (isOutletNote(inside) ? '' : whole));
    for (const d of [...dates].reverse()) names = `${names.slice(0, d.start)},${names.slice(d.end)}`;
    const date = dates.length === 1 ? dates[0].iso : undefined;
    const refs = names
      .split(/\s*(?:[、,，;；/|]|及|和|与|\s&\s|\sand\s)\s*/)
      .map((piece) => piece.replace(/^[\s"“《]+|[\s"”》.]+$/g, ''))
      .filter((outlet) => outlet.length >= 2 && outlet.length <= 40 && !/^\d/.test(outlet))
      .map((outlet) => {
        const known = references.findIndex((r) => outletKey(r.outlet) === outletKey(outlet) && r.date === date && r.title === undefined);
        if (known >= 0) return known;
        references.push({ index: references.length + 1, outlet, ...(date && { date }), raw: { start: note.start, end: note.end, text: text.slice(note.start, note.end) } });
        return references.length - 1;
      });
    // The story above the note: its section, back to the previous note.
    const before = sentences.filter((x) => x.sentence.start < note.start && x.sentence.start >= from);
    const section = before.at(-1)?.section;
    for (const { sentence, section: s } of before) {
      if (s !== section) continue;
      if (sentence.citationInherited) {
        sentence.citedRefs = [];
        delete sentence.citationInherited;
      }
      sentence.citedRefs = [...new Set([...sentence.citedRefs, ...refs])].sort((a, b) => a - b);
    }
    from = note.end;
  }
}
