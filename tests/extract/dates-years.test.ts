// The year of a date written without one, on real sentences of the dev sets (tests/fixtures/eval-dev3,
// eval-dev4): the text's own date decides it, never a target year named nearby (到2027年, 2027年量产).
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/briefing/index.js';
import { findTemporalExpressions, type TemporalExpression } from '../../src/extract/dates.js';
import { extractText } from '../../src/extract/index.js';

/** The one expression whose text is `text` in `sentence`; fails if there is none or several. */
function the(sentence: string, text: string, date: string): TemporalExpression {
  const hits = findTemporalExpressions(sentence, date).filter((e) => e.text === text);
  expect(hits, `${text} in ${sentence}`).toHaveLength(1);
  return hits[0];
}

describe('the year of a news story whose dateline prints none', () => {
  // zh_news_solid_state_battery_2025-11-25: the headline and the story name 2027 as a target five times.
  const story =
    '全固态电池中试线密集落地 车企锁定2027年量产窗口\n\n' +
    '本报广州11月25日电  广汽集团董事长冯兴亚昨日在2025广州车展上表示，位于广州番禺的全固态电池中试线已经建成并投入生产，可制造60Ah以上的车规级电芯。按照计划，广汽将于2026年在昊铂品牌车型上开展小批量装车，2027年至2030年逐步转入批量生产。\n\n' +
    '本月21日，上汽集团通过投资者互动平台披露，其与清陶动力合作在上海安亭建设的全固态电池产线已全线贯通，计划年底产出样件，明年进行装车测试，2027年正式量产交付。宁德时代此前在深交所互动平台表示，公司有望在2027年实现全固态电池小批量生产。\n\n' +
    '行业加速的一个重要前提是标准先行。今年5月22日，中国汽车工程学会发布《全固态电池判定方法》。\n';

  it('dates `本报广州11月25日电` by the year of the event under way (2025广州车展), not the target year in the headline (2027年量产)', () => {
    expect(parseBriefing(story).date).toBe('2025-11-25');
  });

  it('so 今年5月22日 in that story is 2025-05-22', () => {
    expect(the('今年5月22日，中国汽车工程学会发布《全固态电池判定方法》', '今年5月22日', parseBriefing(story).date).value).toEqual({
      start: '2025-05-22',
    });
  });

  it('still takes a year printed as the issue’s (`新质生产力每日动态（2026年第120期）`) from the lines above', () => {
    const b = parseBriefing('新质生产力每日动态（2026年第120期）\n6月3日 星期三\n\n1 稀土总量控制\n\n据财新报道，2025 年 12 月 1 日起稀土价格上涨。');
    expect(b.date).toBe('2026-06-03');
  });
});

describe('a month and day without a year', () => {
  // zh_briefing_headings_2025-11-21: 2026-04-02 is nearer the briefing date, but the signing is reported as done.
  it('puts `4 月 2 日，…签署…` (a past event verb after the date’s comma) on or before the briefing date', () => {
    expect(the('4 月 2 日，合肥市与峰飞航空签署华东区域总部项目合作协议。', '4 月 2 日', '2025-11-21').value).toEqual({ start: '2025-04-02' });
  });

  it('puts `4 月 2 日，…将…签署` ahead when the clause after the comma looks ahead', () => {
    expect(the('4 月 2 日，合肥市将与峰飞航空签署华东区域总部项目合作协议。', '4 月 2 日', '2025-11-21').value).toEqual({ start: '2026-04-02' });
  });

  it('reads 原定于 11 月 29 日到期 as the nearest 29 November (a plan made before, the date itself still to come)', () => {
    const s = '据 STR 贸易报告梳理，原定于 11 月 29 日到期的部分 301 关税排除将延长至 2026 年 11 月 10 日；';
    expect(the(s, '11 月 29 日', '2025-11-21').value).toEqual({ start: '2025-11-29' });
  });

  it('reads 原定于 8 月 12 日到期 in a mid-August briefing as the date just past', () => {
    expect(the('原有的休战原定于美国东部时间 8 月 12 日凌晨到期', '8 月 12 日凌晨', '2025-08-15').value).toEqual({ start: '2025-08-12' });
  });
});

describe('a date inside a 的-clause (DATE 宣布的 X)', () => {
  // zh_briefing_headings_2025-11-21: 将 here takes 措施 as its object (将…暂停), it says nothing of 10 月 9 日.
  it('reads 并将 10 月 9 日宣布的稀土出口管制措施暂停实施一年 as the last 9 October, not the next', () => {
    expect(the('并将 10 月 9 日宣布的稀土出口管制措施暂停实施一年；', '10 月 9 日', '2025-11-21').value).toEqual({ start: '2025-10-09' });
  });
});

describe('words that look ahead or back without saying so of the date', () => {
  it('reads 商务部同日将 4 月针对…采取的…措施的暂停期延长 as the last April (将 takes the measure as its object)', () => {
    // zh_briefing_headings_2025-08-15
    const s = '8 月 12 日，国务院关税税则委员会宣布继续暂停对美加征 24% 的关税 90 天，保留 10% 的税率；商务部同日将 4 月针对部分美国企业采取的不可靠实体清单等限制措施的暂停期延长 90 天。';
    expect(the(s, '4 月', '2025-08-15').value).toEqual({ start: '2025-04' });
  });

  it('reads the heading `9 月外贸超预期` as the last September (超预期, beat expectations, is no 预期 of the future)', () => {
    // zh_briefing_markdown_2025-10-15
    expect(the('## 4. 9 月外贸超预期：出口增长 8.3%，多元化对冲关税冲击', '9 月', '2025-10-15').value).toEqual({ start: '2025-09' });
  });

  it('reads "the fiscal year that ended on Jan. 26" in an August story as the January past', () => {
    // en_wire_nvidia_amd_licences_2025-08-11
    const s = 'Nvidia booked about $17 billion of China revenue in the fiscal year that ended on Jan. 26, some 13% of its total.';
    expect(the(s, 'Jan. 26', '2025-08-11').value).toEqual({ start: '2025-01-26' });
  });

  it('reads 若下半年…升级 on 30 June as the half to come (若, if, looks ahead)', () => {
    // zh_briefing_headings_2026-06-30
    const s = '从新质生产力的角度看，若下半年中美清单博弈进一步升级，出口链条上的中小企业可能首先承压，稳订单、稳就业的政策仍需加力。';
    expect(the(s, '下半年', '2026-06-30').value).toEqual({ start: '2026-07', end: '2026-12' });
  });

  it('reads no calendar half in 2027 财年下半年 (a fiscal year’s half)', () => {
    // zh_briefing_pdf_2026-06-26
    const s = '日本政府对 Rapidus 的支持规模持续加码，2 纳米芯片计划于 2027 财年下半年量产，而中日出口管制摩擦自今年 1 月以来不断升级。';
    expect(findTemporalExpressions(s, '2026-06-26').map((e) => e.text)).not.toContain('下半年');
  });
});

describe('a bare day after a day named earlier in its sentence', () => {
  // zh_briefing_headings_2025-08-15, read as if in a briefing of 2 September: 17 日 is still August's.
  const s = '人形机器人方面，2025 世界机器人大会 8 月 12 日在北京闭幕，首届世界人形机器人运动会 8 月 14 日晚在国家速滑馆开幕，赛事持续至 17 日，具身智能产业进入密集展示期。';

  it('takes the month and year of that day (8 月 14 日…持续至 17 日 → 2025-08-17), not the briefing’s month', () => {
    expect(the(s, '17 日', '2025-09-02').value).toEqual({ start: '2025-08-17' });
  });
});

describe('English dates next to the noun they date (en_brief_rare_earth_magnets_2025-06-12)', () => {
  it('dates the framework of "A framework agreed in London yesterday" (a place between the verb and its date)', () => {
    const text =
      'A framework agreed in London yesterday may speed up approvals, but the licence regime itself stays in place. ' +
      'The framework does not remove the licence system, so approvals can be slowed again at any time.';
    const framework = extractText(text, { name: 'dates-years', date: '2025-06-12' }).nodes.find((n) => n.name === 'framework');
    expect([framework?.start, framework?.startEvidence?.text.slice(0, 38)]).toEqual(['2025-06-11', 'A framework agreed in London yesterday']);
  });

  it('dates the licences of "began granting licences for H20 shipments late last week" (a relative date closing its clause)', () => {
    // en_wire_nvidia_amd_licences_2025-08-11
    const text =
      'The Commerce Department began granting licences for H20 shipments late last week. Sales had stopped in April, when the administration told Nvidia that every H20 export would need a licence, a restriction it reversed last month.';
    const licences = extractText(text, { name: 'dates-years', date: '2025-08-11' }).nodes.find((n) => n.name === 'licences');
    expect(licences?.start).toBe('2025-08-04');
  });

  it('makes "the Geneva consensus of May 12" an event (consensus is an event word) dated by its of-date', () => {
    const text =
      "Yesterday, Li Chenggang, China's international trade representative, said negotiators meeting in London had agreed a framework to implement the Geneva consensus of May 12, under which both sides cut their tariffs for 90 days.";
    const geneva = extractText(text, { name: 'dates-years', date: '2025-06-12' }).nodes.find((n) => n.name === 'Geneva consensus');
    expect([geneva?.label, geneva?.start]).toEqual(['Event', '2025-05-12']);
  });

  it('reads the month of "in a May letter" as the last May, the modal of its that-clause (could) not its own', () => {
    const s = 'The Alliance for Automotive Innovation, whose members include General Motors, Toyota and Volkswagen, told the administration in a May letter that suppliers could not build motors, sensors and transmissions without steady access to magnets.';
    expect(the(s, 'May', '2025-06-12').value).toEqual({ start: '2025-05' });
  });

  it('leaves "May" alone where no noun follows it (Prime Minister May said)', () => {
    expect(findTemporalExpressions('the May of our lives', '2025-06-12')).toEqual([]);
  });
});

describe('a span of whole months written without a year', () => {
  // zh_news_nexperia_suspension_2025-11-20 style: statistics of the months so far are this year's.
  it('reads 前三季度 and 1-9月 in a November story as this year’s first nine months, not next year’s', () => {
    for (const text of ['前三季度', '1-9月']) {
      expect(the(`${text}，我国集成电路出口同比增长19.4%。`, text, '2025-11-20').value).toEqual({ start: '2025-01-01', end: '2025-09-30' });
    }
  });

  it('reads 11月至12月 in a February story as the past winter, once the verb looks back', () => {
    expect(the('11月至12月，稀土出口量明显回落。', '11月至12月', '2026-02-10').value).toEqual({ start: '2025-11', end: '2025-12' });
  });
});
