// text → Briefing. Public face of the briefing stage.
export type { Briefing, Section, Paragraph, Sentence, Reference, Span, BriefingLanguage } from './types.js';
export { parseBriefing, type ParseOptions } from './parse.js';
export { readBriefingFile } from './read-file.js';
export { MAX_BRIEFING_BYTES } from './limits.js';
export { briefingId } from './id.js';
export { paragraphsOf, sentencesOf } from './walk.js';
export { parseDateOption } from './dates.js';
export { canonicalOutlet, outletKey } from './outlets.js';
export { joinLines } from './lines.js';
