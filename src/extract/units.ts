// The pieces of a briefing the rules read, in text order: the summary's and sections' sentences
// and the section headings (located in the text, so they too can be evidence), each with the
// references it cites and the story (top-level section) it belongs to.
import type { Briefing } from '../briefing/index.js';

export interface Unit {
  start: number;
  end: number;
  /** 0-based indices into briefing.references. */
  refs: number[];
  outlets: string[];
  /** 0 for the summary, then one per top-level section. */
  story: number;
  /** Sentences of one paragraph share this number; a heading has its own. */
  paragraph: number;
  /** A line before the content: headline, document number, issuing unit. */
  front?: boolean;
}

// Each non-empty front-matter line, without its surrounding spaces.
const FRONT_LINE = /^[ \t]*(\S[^\n]*?)[ \t]*$/gm;

export function unitsOf(b: Briefing): Unit[] {
  const units: Unit[] = [];
  let paragraph = 0;
  const addParagraph = (p: NonNullable<Briefing['summary']>, story: number) => {
    paragraph++;
    for (const s of p.sentences) {
      units.push({ start: s.start, end: s.end, refs: s.citedRefs, outlets: s.attributedOutlets, story, paragraph });
    }
  };
  // The front matter says what the text is and who issued it: the headline (Ambassador Greer Issues
  // Statement on …, 商务部公布…的决定), the document number and issuing unit of an official text.
  const firstContent = b.summary?.start ?? b.sections[0]?.paragraphs[0]?.start ?? b.text.length;
  for (const line of b.text.slice(0, firstContent).matchAll(FRONT_LINE)) {
    const s = line.index + line[0].indexOf(line[1]);
    paragraph++;
    units.push({ start: s, end: s + line[1].length, refs: [], outlets: [], story: 0, paragraph, front: true });
  }
  if (b.summary) addParagraph(b.summary, 0);
  let story = 0;
  let cursor = b.summary?.end ?? 0;
  const seen = new Set<number>(units.map((u) => u.start));
  for (const section of b.sections) {
    if (section.level <= 1) story++;
    const firstStart = section.paragraphs[0]?.start ?? b.text.length;
    const heading = section.heading.trim();
    if (heading) {
      const at = b.text.lastIndexOf(heading, firstStart);
      if (at >= cursor && at + heading.length <= firstStart) {
        paragraph++;
        units.push({ start: at, end: at + heading.length, refs: [], outlets: [], story, paragraph });
      }
    }
    for (const p of section.paragraphs) {
      if (seen.has(p.start)) continue;
      seen.add(p.start);
      addParagraph(p, story);
      cursor = p.end;
    }
  }
  return units.sort((a, b) => a.start - b.start);
}
