// English sentences: people, places and organisations through compromise (fed the lexicon's Latin
// names as a plugin, so Trump, Xi, Brookings and Reuters are known), and event phrases ending in an
// English event noun (the Busan truce, a Supreme Court ruling, trade talks).
import nlp from 'compromise';
import type { NodeLabel } from '../../model/index.js';
import { lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';

const TAG: Partial<Record<NodeLabel, string>> = { Person: 'Person', Place: 'Place', Organization: 'Organization' };
let ready = false;

function prepare(): void {
  if (ready) return;
  const words: Record<string, string> = {};
  for (const e of lexicon().entries) {
    const tag = TAG[e.label];
    if (!tag) continue;
    for (const a of e.aliases) if (/^[A-Za-z][A-Za-z .'-]+$/.test(a) && a.length > 2) words[a.toLowerCase()] = tag;
  }
  nlp.plugin({ words });
  ready = true;
}

const EVENT_PHRASE =
  /\b((?:[A-Z][\w'’-]*\s+){1,4})(summit|truce|ruling|talks|agreement|deal|ban|sanctions|investigation|hearing|conference|forum|war|conflict|report|framework|rules|regulations|order)\b/g;
const EVENT_LABEL: Record<string, NodeLabel> = { ban: 'Policy', sanctions: 'Policy', framework: 'Policy', rules: 'Policy', regulations: 'Policy', order: 'Policy' };

interface Found {
  text: string;
  offset: { start: number; length: number };
}

export function englishMentions(text: string, start: number, end: number): Mention[] {
  prepare();
  const slice = text.slice(start, end);
  const doc = nlp(slice);
  const out: Mention[] = [];
  const add = (found: Found[], label: NodeLabel) => {
    for (const f of found) {
      const name = f.text.replace(/^(?:the|a|an)\s+/i, '').replace(/[’']s$/, '').replace(/[.,;:!?"”)]+$/, '').trim();
      if (name.length < 2) continue;
      const s = start + f.offset.start + f.text.indexOf(name);
      out.push({ start: s, end: s + name.length, name, label, rule: 'english' });
    }
  };
  add(doc.people().json({ offset: true }) as Found[], 'Person');
  add(doc.places().json({ offset: true }) as Found[], 'Place');
  add(doc.organizations().json({ offset: true }) as Found[], 'Organization');
  EVENT_PHRASE.lastIndex = 0;
  for (let m = EVENT_PHRASE.exec(slice); m; m = EVENT_PHRASE.exec(slice)) {
    const name = `${m[1].trim()} ${m[2]}`;
    if (/^(The|A|An|This|That|Its|Their)\s/.test(m[1]) && m[1].trim().split(/\s+/).length === 1) continue;
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, name: name.replace(/^(?:The|A|An)\s+/, ''), label: EVENT_LABEL[m[2]] ?? 'Event', rule: 'english', dateRole: 'occurred' });
  }
  return out;
}
