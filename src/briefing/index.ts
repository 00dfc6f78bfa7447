// text → Briefing. Public face of the briefing stage.
export type { Briefing, Section, Paragraph, Sentence, Reference, Span, BriefingLanguage } from './types.js';
