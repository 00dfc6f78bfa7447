// Where a briefing's footer starts: the publisher's boilerplate after the last section or reference list.
import { looksLikeHeadingText } from './headings.js';
import { endsSentence, isFooterCue, isFooterTailCue, specialHeading, type Line } from './lines.js';

/** A markdown footnote definition (`[^1]: Reuters …`). */
export const FOOTNOTE = /^\[\^\d{1,3}\]:/;
const TAIL_LINES = 8;
const TAIL_CHARS = 800;

/**
 * The footer starts at the first boilerplate cue (联系我们, 官方公众号, a bare site address) after
 * which no section heading or reference list follows, so a cue inside the body never cuts it short.
 */
export function findFooterStart(lines: Line[]): number {
  let lastStructure = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const { clean } = lines[i];
    if (clean === '' || isFooterCue(clean)) continue;
    const special = specialHeading(clean);
    const numbered = /^\d{1,2}(?:\.\d{1,2})*\.?\s|^[一二三四五六七八九十]{1,3}、|^第[一二三四五六七八九十\d]{1,3}[章节]/.test(clean) || (lines[i].marked && !isFooterTailCue(clean));
    if (special === 'references' || FOOTNOTE.test(clean) || (numbered && !lines[i].tocPage && looksLikeHeadingText(clean))) {
      lastStructure = i;
      break;
    }
  }
  let content = lastStructure >= 0;
  for (let i = lastStructure + 1; i < lines.length; i++) {
    const { clean } = lines[i];
    // A cue before any content is the page head's (`2025-03-04 08:30 来源：新华网 责任编辑：李四`), not a footer.
    if (isFooterCue(clean) && content) return i;
    // With no heading at all, a publisher's line (主办：…) on a cover page is no footer: content must come first.
    if (isFooterTailCue(clean) && content && isTail(lines, i)) {
      // Take along the label just above it (`新质生产力工作委员会：`).
      let j = i - 1;
      while (j > lastStructure && lines[j].clean === '') j--;
      return j > lastStructure && /[:：]$/.test(lines[j].clean) && lines[j].clean.length <= 40 ? j : i;
    }
    if (endsSentence(clean) && clean.length > 20) content = true;
  }
  return lines.length;
}

/** A publisher's self-description ends the text: only a few short lines follow it (else it is a sentence of the body: `宇树科技致力于…`). */
function isTail(lines: Line[], i: number): boolean {
  const after = lines.slice(i + 1).filter((l) => l.clean !== '');
  return after.length <= TAIL_LINES && after.reduce((n, l) => n + l.clean.length, 0) <= TAIL_CHARS;
}

