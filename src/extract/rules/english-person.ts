// One node per person: the words around a person's name that are not the name. A title before it
// (President Donald J. Trump) and a middle initial (Donald J. Trump) fold into the plain name the
// lexicon or a later mention uses (Donald Trump), the written form kept as an alias. In a Title Case
// headline every word is capitalised, so a name runs on into the verb after it (… Trump Takes Action):
// the run stops at the first word compromise reads as a verb once lower-cased.
import nlp from 'compromise';
import { lexicon } from '../lexicon.js';
import type { Mention } from '../mention.js';

const SMALL = /^(?:of|the|and|for|to|on|in|a|an|with|by|at|from|as|or|&)$/;
/** A Title Case line (Ambassador Greer Issues Statement on …): its capitals say nothing about names. */
export function isHeadline(line: string): boolean {
  const ws = (line.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((x) => !SMALL.test(x));
  return ws.length >= 4 && ws.filter((x) => /^\p{Lu}/u.test(x)).length / ws.length >= 0.8;
}

const verbCache = new Map<string, boolean>();
function verbLike(word: string): boolean {
  const w = word.toLowerCase();
  let v = verbCache.get(w);
  if (v === undefined) verbCache.set(w, (v = nlp(w).has('#Verb')));
  return v;
}

const INITIAL = /^\p{Lu}\.$/u;
const lineAt = (text: string, at: number) => {
  const e = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, e < 0 ? text.length : e);
};

interface Tok {
  t: string;
  s: number;
  e: number;
}

/** The person mentions of `found` cut to the name itself and named by its plain form. */
export function tidyPersons(text: string, found: Mention[], isRole: (words: string) => boolean): Mention[] {
  const out = found.map((m) => {
    const surface = text.slice(m.start, m.end);
    if (m.label !== 'Person' || m.rule !== 'english' || m.name !== surface) return m;
    let ts: Tok[] = [...surface.matchAll(/\S+/g)].map((x) => ({ t: x[0], s: m.start + x.index!, e: m.start + x.index! + x[0].length }));
    const n = ts.length;
    // Leading titles ("President", "Executive Vice-President"), two words kept at least.
    for (;;) {
      const k = ts.length > 3 && isRole(`${ts[0].t} ${ts[1].t}`) ? 2 : ts.length > 2 && isRole(ts[0].t) ? 1 : 0;
      // ("Secretary of Commerce" is an office: no title comes off a name the rest of which opens with "of".)
      if (!k || SMALL.test(ts[k].t)) break;
      ts = ts.slice(k);
    }
    if (isHeadline(lineAt(text, m.start))) {
      // "Donald J. Trump Takes Action": two name words (initials aside) come before any verb.
      let names = 0;
      const cut = ts.findIndex((x) => {
        if (names >= 2 && verbLike(x.t)) return true;
        if (!INITIAL.test(x.t)) names++;
        return false;
      });
      if (cut > 0) ts = ts.slice(0, cut);
    }
    const core = ts.filter((x) => !INITIAL.test(x.t)).map((x) => x.t).join(' ');
    if (ts.length === n && core === surface) return m;
    if (core.split(' ').length < 2) return m;
    const start = ts[0].s;
    const end = ts[ts.length - 1].e;
    const written = text.slice(start, end);
    const entry = lexicon().lookup(core);
    const known = entry?.label === 'Person' ? entry : undefined;
    const aliases = [...new Set([written, ...(m.aliases ?? [])])].filter((a) => a !== core);
    return { ...m, start, end, name: known?.name ?? core, ...(known ? { entry: known } : {}), ...(aliases.length ? { aliases } : {}) };
  });
  // "… Trump Takes Action": an event phrase that starts inside a person's name is the headline's
  // name and verb run together, no event.
  const persons = out.filter((m) => m.label === 'Person' && m.rule === 'english');
  return out.filter((m) => m.label !== 'Event' || m.rule !== 'english' || !persons.some((p) => m.start > p.start && m.start < p.end));
}
