// One compromise parse per English sentence for the readers that only read it: the clause reader
// and the dated-verb rule both take the sentence's terms, and the clause reader its verb groups.
// (englishMentions keeps a parse of its own: its people/places views retag the document.)
import nlp from 'compromise';
import { forgetPerBriefing } from '../per-briefing.js';

export interface ParsedTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

type Doc = ReturnType<typeof nlp>;
let last: { text: string; start: number; end: number; doc: Doc; terms: ParsedTerm[] } | undefined;
forgetPerBriefing(() => {
  last = undefined;
});

/** The parse of text[start, end) and its terms (offsets within the slice), kept for the sentence being read. */
export function parseSentence(text: string, start: number, end: number): { doc: Doc; terms: ParsedTerm[] } {
  if (last && last.text === text && last.start === start && last.end === end) return last;
  const doc = nlp(text.slice(start, end));
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as { terms: ParsedTerm[] }[]).flatMap((s) => s.terms);
  last = { text, start, end, doc, terms };
  return last;
}
