import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, parseBriefing, sentencesOf, type Briefing } from '../../src/briefing/index.js';

const load = (name: string): Briefing => {
  const file = `fixtures/briefings/${name}`;
  return parseBriefing(readFileSync(file, 'utf8'), { name });
};
const b000 = load('000_dc3a894c5b6cdd65.txt');
const b001 = load('001_3be0362cfeeaa2b1.txt');
const b002 = load('002_9371488c945bfa01.txt');
const all = [b000, b001, b002];

const sentenceWith = (b: Briefing, fragment: string) => {
  const s = sentencesOf(b).find((x) => x.text.includes(fragment));
  if (!s) throw new Error(`no sentence contains ${fragment}`);
  return s;
};

describe('the three seed briefings', () => {
  it('reads the dateline of each: 2026-05-08, 2026-05-07, 2026-05-06', () => {
    expect(all.map((b) => b.date)).toEqual(['2026-05-08', '2026-05-07', '2026-05-06']);
  });

  it('takes the series title, without markdown `#`, not the committee line under it', () => {
    for (const b of all) expect(b.title).toBe('新质生产力每日动态');
    expect(b000.id).toBe('2026-05-08-新质生产力每日动态');
    expect(b002.id).not.toBe(b001.id);
  });

  it('reads them as Chinese', () => {
    for (const b of all) expect(b.language).toBe('zh');
  });

  it('takes the paragraph under 摘要 (or `## 摘要`) as the summary, and not as a section', () => {
    expect(b000.summary?.text.startsWith('特朗普-习近平北京峰会（5 月 14-15 日）进入倒计时一周')).toBe(true);
    expect(b000.summary?.text.endsWith('科技行业裁员潮与 AI 驱动重组成焦点。')).toBe(true);
    expect(b001.summary?.text.startsWith('美国总统特朗普将于 5 月 14-15 日访问北京与习近平会晤')).toBe(true);
    expect(b002.summary?.text.startsWith('华盛顿智库 ITIF 发布报告称')).toBe(true);
    expect(b000.summary?.sentences).toHaveLength(4);
    for (const b of all) expect(b.sections.some((s) => s.paragraphs.some((p) => p.start === b.summary?.start))).toBe(false);
  });

  it('reads the section tree of 000 (1, 1.1, 1.2, 2 … 4.2) and skips the Contents with its page numbers', () => {
    expect(b000.sections.map((s) => `${s.number}/${s.level}`)).toEqual([
      '1/1', '1.1/2', '1.2/2', '2/1', '2.1/2', '2.2/2', '3/1', '3.1/2', '3.2/2', '4/1', '4.1/2', '4.2/2',
    ]);
    expect(b000.sections[0].heading).toBe('特朗普-习近平北京峰会倒计时一周：贸易、台湾、AI 三大议题聚焦');
    expect(b000.sections[1].heading).toBe('关税框架 11 月到期，芯片管制成北京核心诉求');
    expect(b000.sections[9].heading).toBe('美国 4 月非农就业报告今日发布：AI 驱动裁员潮与就业结构变迁');
    expect(sentencesOf(b000).some((s) => s.text.includes('. . .'))).toBe(false);
  });

  it('strips `## **…**` and `### **…**` from the headings of 002', () => {
    expect(b002.sections.map((s) => s.number)).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2', '3', '3.1', '3.2', '4', '4.1', '4.2']);
    expect(b002.sections[0].heading).toBe('ITIF 报告：美国科技公司应继续在华运营——战略利益与竞争压力的双重考量');
    expect(b002.sections[1].heading).toBe('退出中国将削弱美国全球竞争力，中国可作” 战略监听站”');
  });

  it('does not take a sentence starting with a number (`12 英寸硅片…`, `70% 国产化率…`) for a heading', () => {
    const s32 = b002.sections.find((s) => s.number === '3.2');
    expect(s32?.paragraphs[0].text).toContain('12 英寸硅片的制造涉及区熔提纯');
    expect(s32?.paragraphs[0].text).toContain('70% 国产化率目标的实现');
  });

  it('joins 减少对中 ⏎⏎ 国关键原材料 (001) across the page break into one sentence', () => {
    const s = sentenceWith(b001, '减少对中');
    expect(s.text).toBe('特朗普此次访华的核心目标是维持这一休战, 同时利用时间窗口减少对中\n\n国关键原材料（尤其是稀土）的依赖。');
    expect(b001.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('joins PayPal 宣布裁员 20%（4760 ⏎⏎ 人) (000) across the page break', () => {
    const s = sentenceWith(b000, 'PayPal 宣布裁员');
    expect(s.text.startsWith('PayPal 宣布裁员 20%（4760\n\n人)、Meta 和 Amazon')).toBe(true);
    expect(s.text.endsWith('正在成为科技行业的结构性趋势。')).toBe(true);
  });

  it('gives every paragraph and sentence offsets into the original text', () => {
    for (const b of all) {
      for (const p of paragraphsOf(b)) {
        expect(b.text.slice(p.start, p.end)).toBe(p.text);
        for (const s of p.sentences) expect(b.text.slice(s.start, s.end)).toBe(s.text);
      }
      for (const r of b.references) expect(b.text.slice(r.raw.start, r.raw.end)).toBe(r.raw.text);
    }
  });

  it('leaves the footer out: 联系我们, QR captions, the committee self-description, site addresses', () => {
    for (const b of all) {
      const content = paragraphsOf(b).map((p) => p.text).join('\n');
      for (const boilerplate of ['联系我们', '官方公众号', '专注于推动工业人工智能', '网站地址', 'gyznsw', '工业智能算网']) {
        expect(content).not.toContain(boilerplate);
      }
      expect(b.sections.at(-1)?.number).toBe('4.2');
    }
  });

  it('keeps all ten references, including 8 and 9 split by a blank line, and none of them as content', () => {
    for (const b of all) {
      expect(b.references.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(sentencesOf(b).some((s) => /^\d+\. \w/.test(s.text))).toBe(false);
    }
    expect(b000.references[8]).toMatchObject({
      index: 9,
      outlet: 'AP News',
      date: '2026-04-30',
      title: "China's factory activity expands for a second month",
    });
  });

  it('reads an escaped `\\$` in a title as `$`', () => {
    expect(b001.references[6].title).toBe("Exclusive: Prices of Nvidia's B300 server at $1 million in China on US curbs");
    expect(b002.references[7].title).toBe('Global chip sales on track for $1 trillion milestone in 2026');
  });

  it('resolves 据 Invezz、RealClearWorld 及 EconoTimes 5 月 7 日发布 to references 1-3', () => {
    const s = sentenceWith(b000, '据 Invezz、RealClearWorld 及 EconoTimes');
    expect(s.attributedOutlets).toEqual(['Invezz', 'RealClearWorld', 'EconoTimes']);
    expect(s.citedRefs).toEqual([0, 1, 2]);
  });

  it('picks, of two Reuters references, the one whose date the sentence gives (Reuters 4 月 30 日报道)', () => {
    expect(sentenceWith(b000, 'Reuters 4 月 30 日报道').citedRefs).toEqual([7]);
    expect(sentenceWith(b000, '据 YourNews 5 月 6 日及 Reuters 5 月 6 日').citedRefs).toEqual([3]);
    expect(sentenceWith(b000, '据 YourNews').attributedOutlets).toEqual(['YourNews', 'Reuters']);
  });

  it('matches outlets by alias: Brookings → Brookings Institution, 日经亚洲 → Nikkei Asia, 南华早报 (SCMP) → South China Morning Post', () => {
    expect(sentenceWith(b001, 'Brookings 分析指出').citedRefs).toEqual([0]);
    expect(sentenceWith(b002, '据日经亚洲及').citedRefs).toEqual([3, 4]);
    const scmp = sentenceWith(b002, '南华早报 (SCMP)');
    expect(scmp.attributedOutlets).toContain('南华早报 (SCMP)');
    expect(scmp.citedRefs).toContain(1);
  });

  it('lets a sentence without an attribution of its own inherit its paragraph’s first one', () => {
    const s = sentenceWith(b000, '多位分析师认为峰会不太可能在芯片管制问题上取得突破');
    expect(s.citationInherited).toBe(true);
    expect(s.citedRefs).toEqual([0, 1, 2]);
    const own = sentenceWith(b000, 'RealClearWorld 分析指出');
    expect(own.citationInherited).toBeUndefined();
    expect(own.citedRefs).toEqual([1]);
  });

  it('does not take outlets from a phrase that names none (据 … 多家法律分析机构报道)', () => {
    expect(sentenceWith(b001, '据 SCOTUSblog、Congress.gov 及多家法律分析机构报道').attributedOutlets).toEqual(['SCOTUSblog', 'Congress.gov']);
  });
});

describe('section headings in the text', () => {
  it('locates each heading where it is printed, so it can serve as evidence', () => {
    for (const b of all) {
      for (const s of b.sections) {
        expect(s.headingSpan?.text).toBe(s.heading);
        expect(b.text.slice(s.headingSpan!.start, s.headingSpan!.end)).toBe(s.heading);
      }
    }
    // The body heading, not its Contents entry.
    expect(b000.sections[0].headingSpan!.start).toBeGreaterThan(b000.text.indexOf('Contents'));
    expect(b000.sections[0].headingSpan!.start).toBeGreaterThan(b000.text.indexOf('5\t参考文献\t5'));
  });
});
