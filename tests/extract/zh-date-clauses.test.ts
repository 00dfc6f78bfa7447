// Which node a Chinese date belongs to when its clause says more than date + verb + object: lists,
// announcements heading a colon, an agent between a thing and its date, suspensions, an official
// text's signature. Sentences from the holdout and dev sets under tests/fixtures.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import type { GraphNode } from '../../src/model/index.js';

const nodesOf = (text: string, date: string) => extractText(text, { name: 'zh-date-clauses', date }).nodes;
function named(nodes: GraphNode[], name: RegExp): GraphNode {
  const n = nodes.find((x) => [x.name, ...x.aliases].some((a) => name.test(a)));
  if (!n) throw new Error(`no node ${name}; have ${nodes.map((x) => x.name).join(', ')}`);
  return n;
}

describe('a list takes the date of the clause that puts names on it', () => {
  it('dates the list a ministry updates right after the date (国防部 6 月 8 日扩充“1260H 清单”)', () => {
    const nodes = nodesOf('这两项措施被普遍解读为对美国国防部 6 月 8 日扩充“1260H 清单”的回应。', '2026-06-30');
    expect(named(nodes, /1260H/).start).toBe('2026-06-08');
  });

  it('dates each list of a sentence its date opens (2 月 24 日，商务部…将 A 列入 X，将 B 列入 Y)', () => {
    const nodes = nodesOf(
      '2 月 24 日，商务部又以 2026 年第 11 号、第 12 号公告，将三菱造船株式会社等 20 家日本实体列入出口管制管控名单，将斯巴鲁株式会社等 20 家日本实体列入关注名单。',
      '2026-06-26',
    );
    expect(named(nodes, /出口管制管控名单/).start).toBe('2026-02-24');
    expect(named(nodes, /关注名单/).start).toBe('2026-02-24');
  });

  it('reads 据 X 6 月 22 日报道， as opening the sentence it heads', () => {
    const nodes = nodesOf(
      '据 Benchmark Mineral Intelligence 6 月 22 日报道，商务部依据《中华人民共和国出口管制法》和《中华人民共和国两用物项出口管制条例》，将 10 家美国实体列入出口管制管控名单，自公布之日起禁止向其出口两用物项。',
      '2026-06-30',
    );
    expect(named(nodes, /出口管制管控名单/).start).toBe('2026-06-22');
    // The laws it acts under are older than that day.
    expect(named(nodes, /中华人民共和国出口管制法/).start).toBeUndefined();
  });

  it('does not date a listing a report only expects or someone only speaks of (variants of the sentence above)', () => {
    const hedged = nodesOf('据 Benchmark Mineral Intelligence 6 月 22 日报道，消息人士称商务部可能将 10 家美国实体列入出口管制管控名单。', '2026-06-30');
    expect(named(hedged, /出口管制管控名单/).start).toBeUndefined();
    const spoken = nodesOf('6 月 22 日，外交部发言人表示，美方将中国企业列入实体清单是错误的。', '2026-06-30');
    expect(named(spoken, /实体清单|entity list/i).start).toBeUndefined();
  });

  it('dates the measures listed after an announcement’s colon (中方 6 月 22 日出台两项措施：商务部将…列入…)', () => {
    const nodes = nodesOf(
      '中方 6 月 22 日同日出台两项对美限制措施：商务部将 MP Materials、USA Rare Earth 等 10 家美国实体列入出口管制管控名单，财政部禁止政府采购主体在相关项目中采购 46 家美国公司的货物和服务。',
      '2026-06-30',
    );
    expect(named(nodes, /出口管制管控名单/).start).toBe('2026-06-22');
  });

  it('keeps 6 月 8 日将 65 家实体列入… in the past: that 将 puts names on a list, it is no future', () => {
    const nodes = nodesOf('这两项措施出台于美国国防部 6 月 8 日将 65 家实体新增列入“中国军事企业”清单两周之后。', '2026-06-30');
    expect(named(nodes, /中国军事企业/).start).toBe('2026-06-08');
  });

  it('reads 同日 as the day of the last act, not of an effect still to come (自 12 月 1 日起实施；同日，…列入)', () => {
    const nodes = nodesOf(
      '商务部 10 月 9 日发布**商务部公告 2025 年第 61 号**和**第 62 号**，分别对境外相关稀土物项和稀土相关技术实施出口管制。根据第 61 号公告，境外制造的稀土永磁材料等产品，出口前须取得商务部颁发的两用物项出口许可，该条款自 12 月 1 日起实施；用于研发生产 14 纳米及以下逻辑芯片的申请将逐案审批。同日，商务部还将 TechInsights 等外国实体列入不可靠实体清单；10 月 10 日，市场监管总局宣布立案调查。',
      '2025-10-15',
    );
    expect(named(nodes, /不可靠实体清单|unreliable entity list/i).start).toBe('2025-10-09');
  });

  it('does not date a list a name was already on (被列入实体清单企业)', () => {
    const nodes = nodesOf(
      '去年 9 月 29 日，美国商务部工业与安全局（BIS）发布“关联实体规则”，将出口管制扩大至被列入实体清单企业持股 50% 以上的子公司。',
      '2026-06-26',
    );
    expect(named(nodes, /实体清单|entity list/i).start).toBeUndefined();
  });
});

describe('other shapes', () => {
  it('dates what an agent proposed (该法案由欧盟委员会于 3 月 4 日提出) by the thing before the agent', () => {
    const nodes = nodesOf(
      '欧盟成员国 5 月 28 日首次就《工业加速器法案》进行部长级辩论。该法案由欧盟委员会于 3 月 4 日提出，是“清洁工业协议”的旗舰立法。',
      '2026-05-29',
    );
    expect(named(nodes, /工业加速器法案/).start).toBe('2026-03-04');
  });

  it('ends the suspended measure when its suspension expires (暂停期将于 2026 年 11 月 27 日到期)', () => {
    const nodes = nodesOf(
      '值得注意的是，商务部 2024 年第 46 号公告中对美出口镓、锗、锑、超硬材料的禁止性条款目前仍处于暂停状态，暂停期将于 2026 年 11 月 27 日到期，届时是否延长，将取决于下半年中美经贸磋商的进展。',
      '2026-06-30',
    );
    const notice = named(nodes, /第\s*46\s*号公告/);
    expect([notice.end, notice.endKind]).toEqual(['2026-11-27', 'expires']);
  });

  it('dates the list an official text puts names on by the day under its signature', () => {
    const text = [
      '商务部:将20家日本实体列入关注名单',
      '根据《中华人民共和国出口管制法》和《中华人民共和国两用物项出口管制条例》等法律法规有关规定,决定将斯巴鲁株式会社等无法核实两用物项最终用户、最终用途的20家日本实体列入关注名单。',
      '本公告自公布之日起正式实施。',
      '附件:关注名单(2026年2月24日)',
      '商务部',
      '2026年2月24日',
      '',
    ].join('\n');
    const nodes = nodesOf(text, '2026-02-24');
    expect(named(nodes, /^关注名单$/).start).toBe('2026-02-24');
    expect(named(nodes, /中华人民共和国出口管制法/).start).toBeUndefined();
  });
});

describe('front matter', () => {
  it('dates what a headline’s verb issues by the text’s date (…公告2025年第18号 公布对…实施出口管制的决定)', () => {
    const text = [
      '商务部 海关总署公告2025年第18号 公布对部分中重稀土相关物项实施出口管制的决定',
      '【发布单位】安全与管制局',
      '【发布文号】商务部 海关总署公告2025年第18号',
      '【发文日期】2025年04月04日',
      '根据《中华人民共和国出口管制法》《中华人民共和国对外贸易法》有关规定,为维护国家安全和利益、履行防扩散等国际义务,经国务院批准,决定对下列物项实施出口管制:',
      '一、钐相关物项',
      '',
    ].join('\n');
    const nodes = nodesOf(text, '2025-04-04');
    expect(named(nodes, /实施出口管制的决定/).start).toBe('2025-04-04');
    expect(named(nodes, /中华人民共和国对外贸易法/).start).toBeUndefined();
  });
});

describe('events and launches', () => {
  it('dates an event held after a date standing alone behind a report’s lead (据中华网报道，11 月 13 日，…大会举行)', () => {
    const nodes = nodesOf('据中华网报道，11 月 13 日，2025 四川低空经济产业链生态大会举行，四川省省长施小琳为四川省低空经济产业研究院授牌。', '2025-11-21');
    expect(named(nodes, /生态大会/).start).toBe('2025-11-13');
  });

  it('dates the event the date finds someone at (冯兴亚昨日在2025广州车展上表示)', () => {
    const nodes = nodesOf('本报广州11月25日电  广汽集团董事长冯兴亚昨日在2025广州车展上表示，位于广州番禺的全固态电池中试线已经建成并投入生产。', '2025-11-25');
    expect(named(nodes, /广州车展/).start).toBe('2025-11-24');
  });

  it('dates what a launch announces (6 月 29 日主持“三极大跃进超大型项目”发布会 / 当天…主持发布会，公布“…”)', () => {
    const own = nodesOf('韩国总统李在明 6 月 29 日主持“三极大跃进超大型项目”发布会，三星电子与 SK 海力士宣布合计约 800 万亿韩元的半导体投资计划。', '2026-06-30');
    expect(named(own, /三极大跃进/).start).toBe('2026-06-29');
    const next = nodesOf(
      '据韩联社（Yonhap）6 月 29 日报道，韩国总统李在明当天在首尔总统府主持发布会，公布“三极大跃进超大型项目”，聚焦半导体、物理 AI 和 AI 数据中心三大领域。',
      '2026-06-30',
    );
    expect(named(next, /三极大跃进/).start).toBe('2026-06-29');
  });

  it('dates a product by the day its makers released it (“祖冲之三号”由…团队于今年 3 月 3 日发布)', () => {
    const nodes = nodesOf('“祖冲之三号”由中国科学技术大学潘建伟、朱晓波、彭承志等团队于今年 3 月 3 日发布，量子比特数目由“祖冲之二号”的 66 个增至 105 个。', '2025-11-21');
    expect(named(nodes, /祖冲之三号/).start).toBe('2025-03-03');
    expect(named(nodes, /祖冲之二号/).start).toBeUndefined();
  });
});
