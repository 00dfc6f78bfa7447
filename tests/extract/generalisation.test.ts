// General rules that carry extraction to briefings it was not tuned on: other layouts, official
// Chinese documents and English press releases. Each rule is shown on a real sentence (from the
// seed briefings or the held-out texts under tests/fixtures/eval/texts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractText } from '../../src/extract/index.js';
import { sentenceMentions } from '../../src/extract/mentions.js';
import { byAlias, fixture } from './fixtures.js';


describe('one node per long phrase and its short forms', () => {
  const f = fixture('001').fragment;
  it('knows 稀土生产和加工监管框架草案 also by its topic and head compound, 稀土监管框架草案', () => {
    const [rules] = byAlias(f, '稀土监管框架草案');
    expect(rules?.aliases).toContain('稀土生产和加工监管框架草案');
  });
  it('folds the section heading’s 稀土生产加工监管草案 (框架 cut from the middle) into the same node', () => {
    expect(byAlias(f, '稀土生产加工监管草案').map((n) => n.id)).toEqual(byAlias(f, '稀土监管框架草案').map((n) => n.id));
  });
  it('makes 访问北京与习近平会晤 the summit, not a second meeting', () => {
    // The summit itself may be known as a 会晤 (中美元首北京会晤); no other node may be.
    expect(f.nodes.filter((n) => n.id !== 'trump-xi-summit' && n.aliases.some((a) => a.includes('会晤')))).toEqual([]);
    const summit = f.nodes.find((n) => n.id === 'trump-xi-summit');
    expect(summit?.start).toBe('2026-05-14');
  });
});

describe('official Chinese documents (商务部公告2025年第61号, 稀土总量调控管理暂行办法)', () => {
  const text = readFileSync('tests/fixtures/eval/texts/zh_mofcom_rare_earth_61_2025-10-09.txt', 'utf8');
  const f = extractText(text, { name: 'mofcom-61' });
  const id = (name: string) => f.nodes.find((n) => n.name === name || n.aliases.includes(name))?.id;
  const has = (type: string, from: string, to: string) => f.edges.some((e) => e.type === type && e.from === id(from) && e.to === id(to) && e.evidence.length > 0);

  it('reads the headline 商务部公布对境外相关稀土物项实施出口管制的决定 as a Policy issued by 商务部, dated the text’s own date', () => {
    const decision = f.nodes.find((n) => n.name === '对境外相关稀土物项实施出口管制的决定');
    expect(decision?.label).toBe('Policy');
    expect(decision?.start).toBe('2025-10-09');
    expect(has('ISSUED_BY', '对境外相关稀土物项实施出口管制的决定', '商务部')).toBe(true);
  });
  it('reads the front-matter lines: 【发布单位】安全与管制局 is an Organization, 【发布文号】 a dated Policy', () => {
    expect(f.nodes.find((n) => n.name === '安全与管制局')?.label).toBe('Organization');
    expect(f.nodes.find((n) => n.name === '商务部公告2025年第61号')?.start).toBe('2025-10-09');
  });
  it('links 根据《…出口管制法》 to the measures it grounds and 经中国国务院批准 to the approving State Council', () => {
    expect(has('INVOLVES', '中华人民共和国出口管制法', '出口管制措施')).toBe(true);
    expect(has('INVOLVES', '中华人民共和国两用物项出口管制条例', '出口管制措施')).toBe(true);
    expect(has('INVOLVES', '出口管制措施', '国务院')).toBe(true);
  });
  it('makes the announced measures (采取以下出口管制措施：) constrain what an item holds for review (逐案审批)', () => {
    expect(has('CONSTRAINS', '出口管制措施', '芯片')).toBe(true);
    expect(has('CONSTRAINS', '出口管制措施', '人工智能')).toBe(true);
  });
  it('starts an organisation named by its suffix after a joining verb: 工业和信息化部会同自然资源部 is two organisations', () => {
    const s = '工业和信息化部会同自然资源部、国家发展改革委负责全国稀土开采和稀土冶炼分离总量调控管理。';
    const names = sentenceMentions(s, 0, s.length, false).map((m) => m.name);
    expect(names).toContain('自然资源部');
    expect(names).not.toContain('工业和信息化部会同自然资源部');
  });
});
