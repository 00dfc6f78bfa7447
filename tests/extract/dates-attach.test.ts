// Which node a date dates, on real sentences (BIS and USTR releases, NBS releases, the State
// Council's 人工智能+ opinion, days of 新质生产力每日动态 from the dev sets under tests/fixtures).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import type { GraphNode } from '../../src/model/index.js';

const nodesOf = (text: string, date: string) => extractText(text, { name: 'dates-attach', date }).nodes;
/** The node a name or alias of which matches `name`; fails when there is none. */
function named(nodes: GraphNode[], name: RegExp): GraphNode {
  const n = nodes.find((x) => [x.name, ...x.aliases].some((a) => name.test(a)));
  if (!n) throw new Error(`no node ${name}; have ${nodes.map((x) => x.name).join(', ')}`);
  return n;
}
const span = (n: GraphNode) => [n.start, n.end];

describe('a period dates the measures it opens', () => {
  it('dates 制造业采购经理指数 by 10月份 opening the sentence (the month of its value)', () => {
    const nodes = nodesOf('10月份 ,制造业采购经理指数(PMI)为49.0%,比上月下降0.8个百分点,制造业景气水平有所回落 。', '2025-10-31');
    expect(named(nodes, /制造业采购经理指数/).start).toBe('2025-10');
  });

  it('gives the trade deficit the span "Between April 1, 2025 and December 31, 2025" opens', () => {
    const nodes = nodesOf('Between April 1, 2025 and December 31, 2025, the trade deficit in goods has declined 17%.', '2026-02-20');
    expect(span(named(nodes, /trade deficit/))).toEqual(['2025-04-01', '2025-12-31']);
  });

  it('keeps a 9 月 indicator at 2025-09 when 1—9月份 follows, with no end from the longer span', () => {
    const nodes = nodesOf('9月份，规模以上工业增加值同比实际增长6.5%。1—9月份，规模以上工业增加值同比增长6.2%。', '2025-10-20');
    expect(span(named(nodes, /规模以上工业增加值|industrial output/))).toEqual(['2025-09', undefined]);
  });
});

describe('English dates and the noun they belong to', () => {
  const release =
    'The rules released on October 17, 2023, reinforce the October 7, 2022, controls to restrict the People’s Republic of China’s (PRC’s) ability to both purchase advanced computing chips and manufacture advanced chips critical for military advantage. ' +
    'These rules underscore our clear focus on strategically addressing the threats to our national security.';

  it('dates the rules by "released on October 17, 2023" and the controls by "the October 7, 2022, controls"', () => {
    const nodes = nodesOf(release, '2024-04-04');
    expect(named(nodes, /^rules$/).start).toBe('2023-10-17');
    expect(named(nodes, /^controls$/).start).toBe('2022-10-07');
  });

  it('dates what "Today, BIS added … to" names after the verb, past the dateline', () => {
    const nodes = nodesOf(
      'WASHINGTON, D.C. – Today, the U.S. Commerce Department’s Bureau of Industry and Security (BIS) added 37 entities to the Entity List under the Export Administration Regulations (EAR).',
      '2024-05-09',
    );
    expect(named(nodes, /^entity list$/i).start).toBe('2024-05-09');
  });

  it('dates what "Today, … signed" names after a fact sheet\'s capitalised lead-in (ADJUSTING IMPORTS: Today, …)', () => {
    const nodes = nodesOf(
      'STRENGTHENING AMERICA’S COPPER INDUSTRY: Today, President Donald J. Trump signed a Proclamation to address the effects of copper imports on America’s national security, including by imposing tariffs on several categories of copper imports.',
      '2025-07-30',
    );
    expect(named(nodes, /^proclamation$/i).start).toBe('2025-07-30');
  });

  it('gives "has published an interim final rule" the release date, and the rules it revises their own', () => {
    const nodes = nodesOf(
      'The U.S. Commerce Department’s Bureau of Industry and Security (BIS) has published an interim final rule (IFR) revising and clarifying two interim final rules released on October 17, 2023.',
      '2024-04-04',
    );
    expect(named(nodes, /^interim final rule$/i).start).toBe('2024-04-04');
    expect(named(nodes, /^interim final rules$/i).start).toBe('2023-10-17');
  });

  it('dates the invasion, not the nuclear programs twenty words before it, by "in February 2022"', () => {
    const nodes = nodesOf(
      'Additionally, some of these entities are linked to advancements in the PRC’s nuclear programs or have been involved in the shipment of controlled items to Russia following its invasion of Ukraine in February 2022.',
      '2024-05-09',
    );
    expect(nodes.filter((n) => n.start === '2022-02').map((n) => n.name)).toEqual(nodes.filter((n) => /invasion/i.test(n.name)).map((n) => n.name));
    expect(named(nodes, /nuclear programs/i).start).toBeUndefined();
  });
});

describe('Chinese dates and what they date', () => {
  it('ends what a target opening its sentence names (到2027年，…), each target its own sentence', () => {
    const nodes = nodesOf(
      '到2027年,率先实现人工智能与6大重点领域广泛深度融合,新一代智能终端、智能体等应用普及率超70%。到2030年,我国人工智能全面赋能高质量发展,智能经济成为我国经济发展的重要增长极。',
      '2025-08-26',
    );
    expect(named(nodes, /新一代智能终端/).end).toBe('2027');
    expect(named(nodes, /智能体/).end).toBe('2027');
    expect(named(nodes, /智能经济/).end).toBe('2030');
  });

  it('dates what the verb right after a date issues (商务部 10 月 9 日发布**商务部公告 2025 年第 61 号**)', () => {
    const nodes = nodesOf('商务部 10 月 9 日发布**商务部公告 2025 年第 61 号**和**第 62 号**，分别对境外相关稀土物项和稀土相关技术实施出口管制。', '2025-10-15');
    expect(named(nodes, /第\s*61\s*号/).start).toBe('2025-10-09');
  });

  it('does not date the Entity List by the day BIS 发布的 another rule that extends it', () => {
    const nodes = nodesOf('美国商务部工业与安全局（BIS）9 月 29 日发布的"50% 规则"又把实体清单限制扩展到子公司。', '2025-10-15');
    expect(named(nodes, /实体清单|entity list/i).start).toBeUndefined();
  });

  it('starts what a clause imposes from 自…起 (自 7 月 5 日起…征收为期 5 年的反倾销税)', () => {
    const nodes = nodesOf('此前一天，商务部发布欧盟白兰地反倾销调查终裁，自 7 月 5 日起对原产于欧盟的进口相关白兰地征收为期 5 年的反倾销税。', '2025-07-21');
    expect(named(nodes, /反倾销税/).start).toBe('2025-07-05');
  });

  it('reads past markdown emphasis: **互征特别港务费**于 10 月 14 日同步生效', () => {
    const nodes = nodesOf('中美**互征特别港务费**于 10 月 14 日同步生效，商务部同日宣布对韩华海洋株式会社 5 家美国相关子公司采取反制措施。', '2025-10-15');
    expect(named(nodes, /港务费/).start).toBe('2025-10-14');
    expect(named(nodes, /反制措施/).start).toBe('2025-10-14');
  });

  it('dates what a date and a verb with 的 lead into (国务院 8 月 26 日印发的《…意见》)', () => {
    const nodes = nodesOf('国务院 8 月 26 日印发的《关于深入实施“人工智能+”行动的意见》提出多项目标。', '2025-10-15');
    expect(named(nodes, /人工智能\+”?行动的意见/).start).toBe('2025-08-26');
  });

  it('dates what 近日 印发 issues by the briefing date, and lets a real date replace it later', () => {
    const nodes = nodesOf(
      '国家发展改革委近日印发《关于推动人工智能赋能新型工业化的指导意见》。据新华社报道，《关于推动人工智能赋能新型工业化的指导意见》于 10 月 9 日印发。',
      '2025-10-15',
    );
    expect(named(nodes, /关于推动人工智能赋能新型工业化的指导意见/).start).toBe('2025-10-09');
    const alone = nodesOf('国家发展改革委近日印发《关于推动人工智能赋能新型工业化的指导意见》。', '2025-10-15');
    expect(named(alone, /关于推动人工智能赋能新型工业化的指导意见/).start).toBe('2025-10-15');
  });

  it('dates no event by a week (上周，商务部发布…): a week is no day to issue something on', () => {
    const nodes = nodesOf('上周，商务部发布《关于加强出口管制的公告》。', '2025-10-15');
    expect(named(nodes, /关于加强出口管制的公告/).start).toBeUndefined();
  });

  it('dates 斯德哥尔摩经贸会谈 by 7 月 28-29 日的 before it', () => {
    const nodes = nodesOf('此次延期以 7 月 28-29 日的斯德哥尔摩经贸会谈为基础，双方当时同意推动暂停期延长。', '2025-08-15');
    expect(span(named(nodes, /斯德哥尔摩经贸会谈/))).toEqual(['2025-07-28', '2025-07-29']);
  });

  it('ends the truce by 新的截止时间为 11 月 10 日 in the clause after it', () => {
    const nodes = nodesOf('中美双方于 8 月 11 日至 12 日先后宣布将关税休战再延长 90 天，新的截止时间为 11 月 10 日，为年内可能举行的元首会晤预留了空间。', '2025-08-15');
    const truce = named(nodes, /休战/);
    expect([truce.end, truce.endKind]).toEqual(['2025-11-10', 'expires']);
  });

  it('ends a conference by 闭幕 and dates its opening by 举行', () => {
    const nodes = nodesOf('2025 世界机器人大会 8 月 8 日至 12 日在北京经济技术开发区举行。', '2025-08-15');
    expect(span(named(nodes, /世界机器人大会/))).toEqual(['2025-08-08', '2025-08-12']);
    const closed = nodesOf('2025 世界机器人大会 8 月 12 日在北京闭幕。', '2025-08-15');
    expect(span(named(closed, /世界机器人大会/))).toEqual([undefined, '2025-08-12']);
  });
});

describe('English wire sentences', () => {
  it('dates what a verb right after the date names (on Tuesday unveiled new export controls)', () => {
    // 2025-10-15 is a Wednesday.
    const nodes = nodesOf('The Commerce Department on Tuesday unveiled new export controls on advanced chips.', '2025-10-15');
    expect(named(nodes, /export controls/i).start).toBe('2025-10-14');
  });

  it('starts what "would take effect on November 1" names, as expected', () => {
    const nodes = nodesOf('Trump said on Sunday that additional tariffs of 100% on Chinese goods would take effect on November 1.', '2025-10-15');
    const tariffs = named(nodes, /tariffs/i);
    expect([tariffs.start, tariffs.modality]).toEqual(['2025-11-01', 'expected']);
  });

  it('ends, and does not start, what "expires on November 10"', () => {
    const truce = named(nodesOf('The Busan truce expires on November 10. The Busan truce has kept tariffs in check.', '2025-10-15'), /truce/i);
    expect([truce.start, truce.end, truce.endKind]).toEqual([undefined, '2025-11-10', 'expires']);
  });

  it('dates a measure by the relative period after it (exports rose 8.3% last month)', () => {
    const nodes = nodesOf('China’s exports rose 8.3% last month, customs data showed.', '2025-10-15');
    expect(named(nodes, /exports/i).start).toBe('2025-09');
  });

  it('dates nobody by a meeting date when no event is named (met in Busan on Thursday)', () => {
    const nodes = nodesOf('Chinese President Xi Jinping and U.S. President Donald Trump met in Busan on Thursday.', '2025-11-01');
    expect(nodes.filter((n) => n.start || n.end)).toEqual([]);
  });
});
