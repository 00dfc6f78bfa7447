// A Chinese date keyed on the verb it modifies (rules/zh-dated-verbs.ts): the act a date is the day of
// becomes an Event (or dates the thing it issues), by the clause's shape, not by a listed noun.
// Sentences from eval-dev5 (read set) and from news pages (新华社, 中新社, 日经中文网, 商务部 reports).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import type { GraphNode } from '../../src/model/index.js';

// A headline first: the sentence under test is body text, not the title line.
const nodesOf = (text: string, date: string) => extractText(`新闻\n\n${text}`, { name: 'zh-dated-verbs', date }).nodes;
function named(nodes: GraphNode[], name: RegExp): GraphNode {
  const n = nodes.find((x) => [x.name, ...x.aliases].some((a) => name.test(a)));
  if (!n) throw new Error(`no node ${name}; have ${nodes.map((x) => x.name).join(', ')}`);
  return n;
}
/** No Event so named, and nothing so named has a date. */
const none = (nodes: GraphNode[], name: RegExp) => expect(nodes.filter((x) => name.test(x.name) && (x.label === 'Event' || x.start))).toEqual([]);

describe('an act the date is the day of becomes an Event named by the verb and its object', () => {
  it('DATE + 宣布，V…的 N: the suspension announced that day, named by the verb and the head (暂停行政令)', () => {
    const nodes = nodesOf('本报北京11月20日电 荷兰政府19日宣布，暂停经济大臣依据《货物供应法》对安世半导体（Nexperia）签发的行政令。', '2025-11-20');
    const e = named(nodes, /^暂停行政令$/);
    expect(e.label).toBe('Event');
    expect(e.start).toBe('2025-11-19');
  });

  it('DATE，SUBJECT 宣布 V 向 X V N: the preposition’s object leaves the name (停止供应晶圆)', () => {
    const nodes = nodesOf('10月26日，安世荷兰宣布停止向安世（中国）东莞工厂供应晶圆，导致后者生产受阻。', '2025-11-20');
    expect(named(nodes, /^停止供应晶圆$/).start).toBe('2025-10-26');
    // The factory is still a place of its own.
    expect(named(nodes, /东莞/).label).toBe('Place');
  });

  it('宣布，…，对 X 予以 V: an announcement’s content runs on to the act, named by what 对 names', () => {
    const nodes = nodesOf('为缓解供应紧张，商务部本月1日宣布，将综合考虑企业实际情况，对符合条件的民用出口予以豁免。', '2025-11-20');
    expect(named(nodes, /豁免/).start).toBe('2025-11-01');
  });

  it('自 DATE 起，对 X V N: what takes effect that day (加征关税)', () => {
    const nodes = nodesOf('经国务院批准，自2025年3月10日起，对原产于美国的部分进口商品加征关税。', '2025-03-04');
    expect(named(nodes, /^加征关税$/).start).toBe('2025-03-10');
  });

  it('将于 DATE V: a future act is expected, and a count after the object is no part of its name', () => {
    const nodes = nodesOf('交通运输部同日注意到，美方宣布将于11月10日暂停实施对华造船等行业301调查措施一年。', '2025-11-09');
    const e = named(nodes, /^暂停调查措施$/);
    expect(e.start).toBe('2025-11-10');
    expect(e.modality).toBe('expected');
  });
});

describe('what the act’s name leaves out', () => {
  it('a count opening the object (恢复3家美国企业大豆输华资质 → 恢复美国企业大豆输华资质)', () => {
    const nodes = nodesOf('大陆海关总署11月7日发布公告称，将于下星期一即11月10日恢复3家美国企业大豆输华资质。', '2025-11-08');
    const e = named(nodes, /^恢复美国企业大豆输华资质$/);
    expect(e.start).toBe('2025-11-10');
    expect(e.modality).toBe('expected');
  });

  it('no act where the verb phrase only modifies a noun after 的 (加征100%关税的计划暂缓执行)', () => {
    none(nodesOf('美方11月1日起对中国商品加征100%关税的计划暂缓执行。', '2025-10-31'), /^加征/);
  });
});

describe('a light verb’s verbal noun is the event (举行磋商, 进行调查)', () => {
  it('于 DATE 和 DATE 在 PLACE 就 X 举行 N: the consultations span both days', () => {
    const nodes = nodesOf('发言人介绍，中荷两国政府部门于本月18日和19日在北京就安世半导体问题举行了两轮面对面磋商。', '2025-11-20');
    const e = named(nodes, /磋商$/);
    expect(e.start).toBe('2025-11-18');
    expect(e.end).toBe('2025-11-19');
    // 两轮 counts the rounds; it does not name them.
    expect(e.name).not.toMatch(/两轮/);
  });

  it('DATE 在 PLACE 举行 N, with its modifiers but not the round (外交磋商, 经贸会谈)', () => {
    expect(named(nodesOf('中日两国政府11月29日在北京举行了副部长级外交磋商。', '2016-11-30'), /外交磋商$/).start).toBe('2016-11-29');
    const talks = named(nodesOf('当地时间7月28日至29日，中美双方经贸团队在斯德哥尔摩举行新一轮经贸会谈。', '2025-07-30'), /经贸会谈$/);
    expect([talks.start, talks.end]).toEqual(['2025-07-28', '2025-07-29']);
  });

  it('就 X 进行 N: a verb inside the topic (启动) is not the act, and a bare verbal noun names nothing', () => {
    const nodes = nodesOf('11月25日，中日两国政府在东京就尽早启动海空联络机制进行了谈判。', '2016-11-30');
    // …and a bare 谈判 would be every talk of the text: no node of its own.
    none(nodes, /^谈判$/);
    for (const n of nodes) if (/海空联络机制/.test(n.name)) expect(n.start).toBeUndefined();
  });

  it('DATE 宣布，对 X 进行 N: the investigation opened that day', () => {
    const nodes = nodesOf('商务部7日宣布，对原产于日本的进口二氯二氢硅进行反倾销立案调查。', '2026-01-07');
    expect(named(nodes, /立案调查$/).start).toBe('2026-01-07');
  });

  it('N DATE 至 DATE 在 PLACE 举行: the event before its date is what was held', () => {
    const e = named(nodesOf('中美两国最近一轮高级贸易谈判2月14日至15日在北京举行。', '2019-02-16'), /贸易谈判/);
    expect([e.start, e.end]).toEqual(['2019-02-14', '2019-02-15']);
  });
});

describe('an issuing verb dates what it issues; a year dates the law after it', () => {
  it('DATE V 的 N: the order issued that day (荷兰政府9月30日签发的行政令)', () => {
    expect(named(nodesOf('事件起因于荷兰政府9月30日签发的行政令。', '2025-11-20'), /^行政令$/).start).toBe('2025-09-30');
  });

  it('YEAR《title》: the law of that year', () => {
    expect(named(nodesOf('荷兰经济大臣依据1952年《货物供应法》签发行政令。', '2025-11-20'), /货物供应法/).start).toBe('1952');
  });
});

describe('no date where the clause does not say the act happened that day', () => {
  it('a verb of saying or agreeing between the date and the act (表示，中方同意…恢复…)', () => {
    const nodes = nodesOf('本月8日，欧盟委员会贸易和经济安全委员谢夫乔维奇表示，中方同意在仅限民用的前提下恢复安世相关芯片对欧洲汽车业的供应。', '2025-11-20');
    none(nodes, /^恢复/);
  });

  it('what someone says will happen (…表示，美国将自11月1日起…加征100%的关税)', () => {
    const nodes = nodesOf('特朗普10月10日在Truth Social上表示，美国将自11月1日起对中国商品在现有关税之上再加征100%的关税。', '2025-10-15');
    none(nodes, /^加征/);
  });

  it('a plan or a hedge (或将推迟计划于3月1日实施的…; 双方同意于下月…举行…)', () => {
    const nodes = nodesOf('特朗普还表示，他或将推迟计划于3月1日实施的对华加征关税政策。', '2019-02-16');
    none(nodes, /^(?:推迟|实施)/);
    for (const n of nodesOf('双方同意于下月在北京举行新一轮经贸磋商。', '2019-02-16')) expect(n.start).toBeUndefined();
  });

  it('two days 分别 of two acts make no span (4月4日和9日分别发布了第21号和22号公告)', () => {
    const nodes = nodesOf('商务部于2025年4月4日和9日分别发布了第21号和22号公告，将17家美国实体列入不可靠实体清单。', '2025-08-12');
    for (const n of nodes) expect(n.end).toBeUndefined();
  });

  it('a period (一季度) is no day of an act, and a bare verb names nothing', () => {
    const nodes = nodesOf('19日，河北雄安新区一批重点项目开工，一季度开工项目共56个。', '2024-02-22');
    none(nodes, /^开工/);
  });

  it('a date bounding a period (1952年以来) dates nothing after it', () => {
    const nodes = nodesOf('该行政令援引1952年以来几乎从未动用的《货物供应法》。', '2025-11-20');
    expect(named(nodes, /货物供应法/).start).toBeUndefined();
  });
});
