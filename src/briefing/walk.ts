import type { Briefing, Paragraph, Sentence } from './types.js';

/** Every content paragraph once, in text order: the summary, then the sections' paragraphs. */
export function paragraphsOf(briefing: Briefing): Paragraph[] {
  const out: Paragraph[] = [];
  const seen = new Set<number>();
  const add = (p: Paragraph) => {
    if (!seen.has(p.start)) {
      seen.add(p.start);
      out.push(p);
    }
  };
  if (briefing.summary) add(briefing.summary);
  for (const section of briefing.sections) section.paragraphs.forEach(add);
  return out.sort((a, b) => a.start - b.start);
}

/** Every content sentence once, in text order. */
export function sentencesOf(briefing: Briefing): Sentence[] {
  return paragraphsOf(briefing).flatMap((p) => p.sentences);
}
