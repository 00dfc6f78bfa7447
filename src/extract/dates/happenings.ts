// Dates for things other than events and policies, by the verb that happens to them: an
// organisation established (国家数据局于 11 月 28 日正式挂牌; 国家发展改革委 12 月 27 日成立低空经济发展司;
// was founded in March 2019), a product launched (本月 5 日，小米汽车发布 YU7; launched the YU7 on June 26).
// Only in a sentence with one date (a point, kept to its precision), and only where the verb touches the mention:
// its subject with nothing after the verb, or its object right after it. Verb classes and the
// labels they date: lexicon/temporal.json happenings.
import type { Placed } from '../relations.js';
import { hasStart, setStart, type DateContext } from '../temporal.js';
import { lexicon as L, wordsPattern } from './lexicon.js';

const CJK = /[\u3400-\u9fff]/;
const BREAK = /[，,。；;：:！？!?\n]/;

const CLASSES = Object.values(L.happenings).map((c) => ({
  labels: new Set(c.labels),
  zhVerb: new RegExp(`^[\\s*]*(?:正式|首次|已|全新|隆重)*[\\s*]*(?:${wordsPattern(c.zh)})`),
  zhVerbEnd: new RegExp(`(?:${wordsPattern(c.zh)})[\\s*“”"《]*(?:了|全新|新款|首款|首张|新一代|旗下)?[\\s*“”"《]*$`),
  enVerb: new RegExp(`^\\s*(?:(?:was|were|has been|had been|is|are)\\s+)?(?:officially\\s+|formally\\s+)?(?:${wordsPattern(c.en, true)})\\s+(?:on|in)?\\s*$`),
  enVerbEnd: new RegExp(`\\b(?:${wordsPattern(c.en, true)})\\s+(?:(?:a|an|the|its|their|new|first)\\s+){0,2}$`),
}));
/** Between a Chinese subject and its date: 于/在, 已. */
const ZH_SUBJECT_DATE = /^[\s*”"》]*(?:已经|已|将)?[\s*]*(?:于|在)?[\s*]*$/;
/** What may follow a verb whose subject is dated: the clause's end, 了, 运行, 仪式. */
const ZH_NOTHING_AFTER = /^[\s*]*(?:了|运行|运营|仪式|大会)?[\s*]*(?:[，,。；;！!\n]|$)/;

export function happeningDates(ctx: DateContext): void {
  const { text, start, end } = ctx;
  if (ctx.expressions.length !== 1) return;
  const x = ctx.expressions[0];
  if (x.kind !== 'point' || x.vague) return;
  const zh = CJK.test(text.slice(start, end));
  const date = (m: Placed) => {
    const node = ctx.node(m.id);
    if (!node || hasStart(node)) return;
    setStart(node, x.value.start, ctx.evidence());
    if (x.value.start > ctx.briefingDate && node.modality !== 'possible') node.modality = 'expected';
  };
  // A date heading its sentence (11 月 28 日，… / On June 26, …) reaches past its comma.
  const heads = /^[\s*]*(?:on|in)?\s*$/i.test(text.slice(start, x.start)) && /^[\s*]*[，,]/.test(text.slice(x.end));
  for (const c of CLASSES) {
    for (const m of ctx.mentions) {
      if (m.nested || !c.labels.has(m.label)) continue;
      if (zh) {
        const afterDate = text.slice(x.end, end);
        const verbAfterDate = c.zhVerb.exec(afterDate);
        // 国家数据局于 11 月 28 日正式挂牌。
        if (m.end <= x.start && ZH_SUBJECT_DATE.test(text.slice(m.end, x.start)) && verbAfterDate && ZH_NOTHING_AFTER.test(afterDate.slice(verbAfterDate[0].length))) {
          date(m);
          continue;
        }
        if (m.start < x.end) continue;
        let lead = text.slice(x.end, m.start);
        if (heads) lead = lead.replace(/^[\s*]*[，,]/, '');
        if (BREAK.test(lead)) continue;
        // 11 月 28 日，上海市低空经济发展中心正式挂牌。
        const verbAfter = c.zhVerb.exec(text.slice(m.end, end));
        if (verbAfter && !lead.trim() && ZH_NOTHING_AFTER.test(text.slice(m.end + verbAfter[0].length, end))) date(m);
        // 12 月 27 日成立低空经济发展司 / 本月 5 日，小米汽车发布 YU7.
        else if (c.zhVerbEnd.test(lead)) date(m);
      } else {
        // "was founded in March 2019" / "the YU7 was launched on June 26".
        if (m.end <= x.start && c.enVerb.test(text.slice(m.end, x.start))) {
          date(m);
          continue;
        }
        // "launched the YU7 on June 26" / "On June 26, Xiaomi launched the YU7".
        const before = text.slice(Math.max(start, m.start - 60), m.start);
        if (!c.enVerbEnd.test(before)) continue;
        if ((m.end <= x.start && /^\s*(?:on|in)?\s*$/i.test(text.slice(m.end, x.start))) || (heads && x.end <= m.start)) date(m);
      }
    }
  }
}
