// The document an English official text is: a Federal Register header names it (`ACTION:` Interim
// final rule.) and who issues it (`AGENCY:` Bureau of Industry and Security, Department of
// Commerce. — the first agency issues it, each agency before a department is part of that
// department), and its prose speaks from it (In this interim final rule (IFR), BIS amends the EAR to
// address X: the rule is issued by BIS, involves the EAR and constrains X). Word lists:
// lexicon/english-clauses.json (agencyLabels, actionLabels, parentHeads, frameOpeners).
import type { NodeLabel } from '../../model/index.js';
import type { Placed } from '../relations.js';
import { clauseWords, memoRe, type Scope } from './english-clauses.js';
import { forgetPerBriefing } from '../per-briefing.js';

const ACT = new Set<NodeLabel>(['Policy', 'Event']);
const PARTY = new Set<NodeLabel>(['Organization', 'Person']);

interface DocumentState {
  text: string;
  agencyAt?: { start: number; end: number };
  actionAt?: { start: number; end: number };
  agencies: string[];
  document?: { id: string; label: NodeLabel; words: string };
}
let state: DocumentState | undefined;
forgetPerBriefing(() => {
  state = undefined;
});

/** The value of a header label (`AGENCY:` on its line, the value on the same or a following line). */
function headerValue(text: string, label: string): { start: number; end: number } | undefined {
  const m = memoRe(`header|${label}`, () => new RegExp(`^[ \\t]*(?:${label})[ \\t]*:[ \\t]*(?:\\n[ \\t]*)*(\\S[^\\n]*)`, 'm')).exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}

function stateFor(text: string): DocumentState {
  if (state?.text === text) return state;
  const w = clauseWords();
  return (state = { text, agencyAt: headerValue(text, w.agencyLabels.join('|')), actionAt: headerValue(text, w.actionLabels.join('|')), agencies: [] });
}

/** The Policy or Event the text's header says it is (its `ACTION:`), once that line was read. */
export function documentInstrument(text: string): { id: string; label: NodeLabel; words: string } | undefined {
  return state?.text === text ? state.document : undefined;
}

const within = (s: Scope, at: { start: number; end: number } | undefined) => !!at && at.start >= s.ctx.start && at.start < s.ctx.end;

/** AGENCY: A, B. / ACTION: Interim final rule. → the rule ISSUED_BY A; A PART_OF B when B is a department. */
function header(s: Scope): void {
  const st = stateFor(s.ctx.text);
  if (within(s, st.agencyAt)) {
    const orgs = s.ms.filter((m) => m.label === 'Organization' && m.end <= st.agencyAt!.end);
    const parent = memoRe('parentHead', () => new RegExp(`^(?:the\\s+)?(?:U\\.?S\\.?\\s+|United States\\s+)?(?:${clauseWords().parentHeads.join('|')})\\b`, 'i'));
    const last = orgs[orgs.length - 1];
    if (orgs.length >= 2 && parent.test(s.ctx.text.slice(last.start, last.end))) for (const o of orgs.slice(0, -1)) s.add('PART_OF', o, last);
    st.agencies = orgs.map((o) => o.id);
    if (st.document && st.agencies[0]) s.ctx.addEdge('ISSUED_BY', st.document.id, st.agencies[0], 'reported');
  }
  if (within(s, st.actionAt)) {
    const doc = s.ms.find((m) => ACT.has(m.label) && m.start < st.actionAt!.end);
    if (!doc) return;
    st.document = { id: doc.id, label: doc.label, words: s.ctx.text.slice(doc.start, doc.end) };
    if (st.agencies[0]) s.ctx.addEdge(doc.label === 'Policy' ? 'ISSUED_BY' : 'INVOLVES', doc.id, st.agencies[0], 'reported');
  }
}

/**
 * "In this interim final rule (IFR), the Bureau of Industry and Security (BIS) amends …": the
 * instrument the sentence opens with, when the party right after its comma acts (a verb follows).
 */
export function openingInstrument(s: Scope): { instrument: Placed; party?: Placed } | undefined {
  const { text, start, end } = s.ctx;
  const opening = memoRe('frameOpener', () => new RegExp(`^\\s*(?:${clauseWords().frameOpeners.join('|')})\\s+(?:(?:this|the|these|today[’']s)\\s+)?`, 'i')).exec(text.slice(start, end));
  if (!opening) return undefined;
  const instrument = s.ms.find((m) => m.start === start + opening[0].length);
  if (!instrument || !ACT.has(instrument.label)) return undefined;
  // Past its own abbreviation in brackets, to the comma that closes the opening phrase.
  const rest = /^\s*(?:\([^()]{1,12}\)\s*)?,\s*(?:the\s+)?/.exec(text.slice(instrument.end, end));
  if (!rest) return undefined;
  const at = instrument.end + rest[0].length;
  const party = s.ms.find((m) => m.start === at && PARTY.has(m.label));
  if (!party) return { instrument };
  // The party's own abbreviation may follow before its verb: "the Bureau … (BIS) amends".
  const verb = /^\s*(?:\([^()]{1,12}\)\s*)?(?:(?:also|further|hereby|now)\s+)?[a-z]+(?:s|ed)\b/.exec(text.slice(party.end, end));
  return verb ? { instrument, party } : { instrument };
}

/** In this IFR, BIS amends the EAR: the rule is BIS's and involves what it amends. */
function openingFrame(s: Scope): void {
  const frame = openingInstrument(s);
  if (!frame?.party || s.ctx.outletIds.has(frame.party.id)) return;
  s.add(frame.instrument.label === 'Policy' ? 'ISSUED_BY' : 'INVOLVES', frame.instrument, frame.party);
  const amend = memoRe('amendAfterParty', () => new RegExp(`^\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:${clauseWords().amendVerbs.join('|')})\\s+(?:the\\s+)?`, 'i')).exec(s.ctx.text.slice(frame.party.end, s.ctx.end));
  if (!amend) return;
  const amended = s.ms.find((m) => m.start === frame.party!.end + amend[0].length && m.label === 'Policy');
  if (amended) s.add('INVOLVES', frame.instrument, amended);
}

export function documentRelations(s: Scope): void {
  header(s);
  openingFrame(s);
}
