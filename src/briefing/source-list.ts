// Reads the source list of a `据 …` phrase: `Invezz、RealClearWorld 及 EconoTimes 5 月 7 日发布的`
// → Invezz, RealClearWorld, EconoTimes, each with the days the phrase gives it (05-07).
import cues from './attribution-cues.json' with { type: 'json' };

/** A month-day range given for a source, as MMDD numbers (`5 月 4 日至 5 日` → 504..505). */
export interface DayRange {
  from: number;
  to: number;
}

export interface Attribution {
  /** The name as printed. */
  name: string;
  /** Offset in the sentence. */
  at: number;
  days?: DayRange;
}

const MONTH_PART = '初|上旬|中旬|中|下旬|底|末';
const MONTH_DAY = new RegExp(
  `(?:\\d{4}\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|(${MONTH_PART}))` +
    `(?:\\s*(?:至|到|-|–|~|～)\\s*(?:(\\d{1,2})\\s*月\\s*)?(?:(\\d{1,2})\\s*日|(${MONTH_PART})))?`,
  'g',
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');
const SEPARATORS = ['、', ',', '，', '/', '|', ';', '；', '以及', '及', '和', '与', '跟'];
/**
 * Separators, reporting verbs and modifiers: what is left between them in a source list are names.
 * Kept by first character, longest first, so a list is cut in one pass without a large regex.
 */
const SPLITTERS = new Map<string, string[]>();
for (const w of [...SEPARATORS, ...cues.zhVerbs, ...cues.zhModifiers].sort((a, b) => b.length - a.length)) {
  const list = SPLITTERS.get(w[0]) ?? [];
  list.push(w);
  SPLITTERS.set(w[0], list);
}

/** The splitter written at `i`, if any. */
function splitterAt(s: string, i: number): string | undefined {
  const list = SPLITTERS.get(s[i]);
  return list?.find((w) => s.startsWith(w, i));
}
const NAMELESS = new RegExp(`^(?:${alternation(cues.zhNamelessLeads)})`);
const ORG_SUFFIX = new RegExp(`(?:${alternation(cues.zhOrgSuffixes)})$`);

/**
 * Reads a source list. `known` are where outlet names were found whole (offsets in `list`) (so 国家发展和改革委员会 is not
 * cut at 和); what is left between separators and verbs is kept when it looks like a name:
 * Latin script (YourNews, Tom's Hardware) or a Chinese organisation (…局, …协会), not a
 * description (多家法律分析机构).
 */
export function readSourceList(list: string, offset: number, known: ReadonlyArray<{ at: number; end: number }>): Attribution[] {
  const dates: Array<{ at: number; days: DayRange }> = [];
  let masked = list.replace(MONTH_DAY, (whole, ...g: Array<string | number | undefined>) => {
    dates.push({ at: g[6] as number, days: dayRange(g as Array<string | undefined>) });
    return '|'.repeat(whole.length);
  });
  const names: Attribution[] = [];
  for (const { at, end } of known) {
    if (masked[at] === '|') continue; // inside a date or a name already taken
    names.push({ name: list.slice(at, end), at: offset + at });
    masked = masked.slice(0, at) + '|'.repeat(end - at) + masked.slice(end);
  }
  let last = 0;
  const pieces: Array<[string, number]> = [];
  for (let i = 0; i < masked.length; ) {
    const w = splitterAt(masked, i);
    if (w) {
      pieces.push([masked.slice(last, i), last]);
      i += w.length;
      last = i;
    } else i++;
  }
  pieces.push([masked.slice(last), last]);
  for (const [raw, at] of pieces) {
    const piece = raw.replace(/\|+/g, ' ').trim();
    if (piece === '' || !isSourceName(piece)) continue;
    names.push({ name: piece, at: offset + at + raw.indexOf(piece) });
  }
  names.sort((a, b) => a.at - b.at);
  for (const n of names) {
    // A date written after a name (or after the names listed with it) is that source's date;
    // a name with none after it takes the list's last date before it.
    const local = n.at - offset;
    n.days = (dates.find((d) => d.at > local) ?? dates.filter((d) => d.at < local).at(-1))?.days;
  }
  return names;
}

function isSourceName(piece: string): boolean {
  if (piece.length > 40 || NAMELESS.test(piece)) return false;
  if (/^[A-Za-z0-9]/.test(piece)) return /[A-Za-z]/.test(piece) && piece.split(/\s+/).length <= 6;
  return piece.length >= 2 && piece.length <= 15 && /^[\p{Script=Han}（）()A-Za-z\s]+$/u.test(piece) && ORG_SUFFIX.test(piece);
}

/** Whether a name would be cut apart by the list's separators or verbs (国家发展和改革委员会). */
export function splitsInList(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (splitterAt(name, i)) return true;
  return false;
}

/** The days right at the start of `after`: `Reuters 4 月 30 日报道` → 430..430. */
export function daysAt(after: string): DayRange | undefined {
  MONTH_DAY.lastIndex = 0;
  const m = MONTH_DAY.exec(after);
  if (!m || m.index > 3) return undefined;
  return dayRange(m.slice(1));
}

function dayRange(g: Array<string | undefined>): DayRange {
  const [m1, d1, p1, m2, d2, p2] = g;
  const month = Number(m1);
  const fromDay = d1 ? Number(d1) : partStart(p1);
  const toMonth = m2 ? Number(m2) : month;
  const toDay = d2 ? Number(d2) : p2 ? partEnd(p2) : d1 ? Number(d1) : partEnd(p1);
  return { from: month * 100 + fromDay, to: toMonth * 100 + toDay };
}

function partStart(p: string | undefined): number {
  return p === '中' || p === '中旬' ? 11 : p === '下旬' || p === '底' || p === '末' ? 21 : 1;
}

function partEnd(p: string | undefined): number {
  return p === '初' || p === '上旬' ? 10 : p === '中' || p === '中旬' ? 20 : 31;
}
