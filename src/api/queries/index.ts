// The query layer: what the API's questions mean, built only from GraphStore calls so that both
// stores answer identically. Resolvers call these and nothing else.
export { timeline, datedFacts, briefingNode, TIMELINE_KINDS } from './timeline.js';
export type { TimelineItem, TimelineKind, TimelineQuery } from './timeline.js';
export { constraintsOn, causesOf, effectsOf, pathsBetween, MAX_PATHS } from './dependencies.js';
export { coverage } from './coverage.js';
export type { Coverage, CoverageWindow } from './coverage.js';
export { checkDraft } from './draft.js';
export type { DraftCheck, DraftEdge, DraftNode, DraftSource } from './draft.js';
export { ingestText, textArg, MAX_TEXT_BYTES } from './ingest.js';
export type { Extract } from './ingest.js';
export { boundedInt, depthArg, existingNode, nonEmpty, MAX_DEPTH } from './args.js';
export { dateArg, today } from './dates.js';
