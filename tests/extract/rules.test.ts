// Each rule for what the lexicon does not know, on real sentences of the fixtures (and one line of
// a real State Council document for the 《title》 and “campaign” forms, which the fixtures lack).
import { describe, expect, it } from 'vitest';
import { sentenceMentions } from '../../src/extract/mentions.js';
import { latinMentions } from '../../src/extract/rules/latin.js';
import { orgSuffixMentions, rolePersonMentions } from '../../src/extract/rules/names.js';
import { eventNounMentions } from '../../src/extract/rules/event-nouns.js';
import { quotedMentions, titleMentions } from '../../src/extract/rules/titles.js';

const all = (s: string) => sentenceMentions(s, 0, s.length, false).filter((m) => !m.anaphorHead);
const names = (ms: { name: string }[]) => ms.map((m) => m.name);

describe('Latin-script names inside Chinese text', () => {
  const s = '据 Invezz、RealClearWorld 及 EconoTimes 5 月 7 日发布的多角度分析，距离特朗普-习近平北京峰会仅剩一周。';
  it('finds each outlet the lexicon does not know, as an Organization', () => {
    const ms = latinMentions(s, 0, s.length);
    expect(names(ms)).toEqual(['Invezz', 'RealClearWorld', 'EconoTimes']);
    expect(ms.every((m) => m.label === 'Organization' && s.slice(m.start, m.end) === m.name)).toBe(true);
  });
  it('reads a model code as a Product and a first name plus surname as a Person', () => {
    const p = '据 Reuters 4 月 30 日独家报道，Nvidia 最先进的 AI 服务器 B300 在中国的价格已飙升至约 700 万元人民币。';
    expect(latinMentions(p, 0, p.length).find((m) => m.name === 'B300')?.label).toBe('Product');
    const q = 'Brookings 分析师 Jonathan Czin 警告，峰会可能成为中美关系的“高水位线”。';
    expect(latinMentions(q, 0, q.length).find((m) => m.name === 'Jonathan Czin')?.label).toBe('Person');
  });
  it('keeps a company name whole across its comma: Learning Resources, Inc. v. Trump', () => {
    const c = '美国最高法院于 2026 年 2 月 20 日在 Learning Resources, Inc. v. Trump 案中以 6-3 裁定';
    expect(names(latinMentions(c, 0, c.length))).toContain('Learning Resources, Inc. v. Trump');
  });
});

describe('organisations by suffix', () => {
  it('takes the noun phrase before 基金会, keeping 与 inside the name', () => {
    const s = '美国信息技术与创新基金会 (ITIF) 发布题为《美国科技公司应继续在华运营》的政策报告';
    expect(names(orgSuffixMentions(s, 0, s.length))).toContain('美国信息技术与创新基金会');
  });
  it('finds a company by 有限公司 and a Latin organisation by Institution', () => {
    const s = '西安奕斯伟材料技术有限公司是实现这一目标的核心企业';
    expect(names(orgSuffixMentions(s, 0, s.length))).toEqual(['西安奕斯伟材料技术有限公司']);
    const e = '据 Brookings Institution 5 月 4 日至 5 日发布的多位专家联合分析';
    expect(names(orgSuffixMentions(e, 0, e.length))).toContain('Brookings Institution');
  });
  it('does not take 部 in 组成部分 or a verb such as 会同 into a name', () => {
    const s = '这一议题已上升为美国国家安全战略的核心组成部分。';
    expect(orgSuffixMentions(s, 0, s.length)).toEqual([]);
  });
});

describe('《titles》 and quoted names', () => {
  it('labels a title by its last word (…意见 → Policy) and a quoted campaign by its kind', () => {
    const s = '国务院印发《关于深入实施“人工智能+”行动的意见》。';
    const t = titleMentions(s, 0, s.length);
    expect(t.map((m) => [m.name, m.label])).toEqual([['关于深入实施“人工智能+”行动的意见', 'Policy']]);
    expect(quotedMentions(s, 0, s.length).map((m) => [m.name, m.label])).toEqual([['人工智能+行动', 'Policy']]);
  });
  it('labels 题为《…》的政策报告 by the noun after it', () => {
    const s = '美国信息技术与创新基金会 (ITIF) 发布题为《美国科技公司应继续在华运营》的政策报告';
    expect(titleMentions(s, 0, s.length).map((m) => [m.name, m.label])).toEqual([['美国科技公司应继续在华运营', 'Event']]);
  });
  it('names “应对中国技术经济攻势”研讨会 by its quoted title', () => {
    const s = 'ITIF 同日举办“应对中国技术经济攻势”研讨会，发布 100+ 政策建议。';
    expect(quotedMentions(s, 0, s.length).map((m) => [m.name, m.label])).toEqual([['应对中国技术经济攻势', 'Event']]);
  });
});

describe('event nouns and the phrase before them', () => {
  it('reads 稀土生产和加工监管框架草案 up to the verb 发布了', () => {
    const s = '中国工业和信息化部于 4 月 29 日发布了稀土生产和加工监管框架草案，进一步收紧对稀土全产业链的管控。';
    const ms = eventNounMentions(s, 0, s.length).filter((m) => !m.anaphorHead);
    expect(ms.map((m) => [m.name, m.label])).toEqual([['稀土生产和加工监管框架草案', 'Policy']]);
  });
  it('keeps 发布前 inside 前沿 AI 模型发布前政府审查', () => {
    const s = '白宫考虑前沿 AI 模型发布前政府审查，对中国 AI 产业的出口管制与技术封锁可能进一步收紧。';
    expect(names(eventNounMentions(s, 0, s.length))).toContain('前沿 AI 模型发布前政府审查');
  });
  it('reads a bare or generic head (名义休战, 这一裁决) as a reference back, not a new name', () => {
    const s = '中国工信部 4 月 29 日发布稀土生产加工监管框架草案，在名义休战期内持续强化战略杠杆。';
    expect(eventNounMentions(s, 0, s.length).find((m) => m.name === '休战')?.anaphorHead).toBe('休战');
  });
  it('drops a phrase that describes something unnamed (突破性协议)', () => {
    const s = '核心目标是维持去年 10 月釜山贸易休战的脆弱平衡，而非达成突破性协议。';
    expect(names(eventNounMentions(s, 0, s.length))).not.toContain('突破性协议');
  });
  it('reads 特朗普此次北京之行 as the visit 特朗普访华, which the lexicon knows as the Trump-Xi summit', () => {
    const s = '据 YourNews 5 月 6 日及 Reuters 5 月 6 日时间线梳理，特朗普此次北京之行原本计划更早举行，但因伊朗冲突而推迟。';
    const visit = all(s).find((m) => m.rule === 'visit');
    expect(visit?.name).toBe('特朗普访华');
  });
});

describe('people after a role word', () => {
  it('finds a Latin name after 中国问题专家 and a Chinese name after 高级统计师', () => {
    const s = 'Brookings 中国问题专家 Ryan Hass 指出，2025 年的核心教训是”双方都能伤害对方”。';
    expect(rolePersonMentions(s, 0, s.length).map((m) => m.name)).toEqual(['Ryan Hass']);
    const z = '国家统计局服务业调查中心高级统计师霍丽慧表示，4 月制造业采购经理指数为 50.3%。';
    expect(rolePersonMentions(z, 0, z.length).map((m) => [m.name, m.label])).toEqual([['霍丽慧', 'Person']]);
  });
});
