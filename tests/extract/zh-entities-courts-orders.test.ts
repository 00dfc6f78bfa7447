// Courts named with their rank and seat (src/extract/rules/names.ts courtStart) and orders named only by
// their kind (bareOrderMentions). Sentences are real: a People's Daily report on the Nexperia order
// (2025-11-20) and the daily 新质生产力每日动态 (2025-10-15); the negative ones are everyday usage.
import { describe, expect, it } from 'vitest';
import { edgeLines, found } from './fixtures.js';

describe('a court by its 法院/法庭 head', () => {
  it('takes the rank (上诉, read by jieba as a verb) and the seat before it into the name', () => {
    expect(found('阿姆斯特丹上诉法院企业法庭同时裁定暂停 CEO 张学政的职务。')).toContainEqual(['阿姆斯特丹上诉法院企业法庭', 'Organization']);
  });
  it('reads a chamber named by its head alone after a name-like modifier (企业法庭)', () => {
    expect(found('随后，企业法庭暂停了闻泰科技董事长张学政在安世的首席执行官职务。')).toContainEqual(['企业法庭', 'Organization']);
  });
  it('adds no court where 法院 has no qualifier and no name before it', () => {
    expect(found('当事人可以向法院提起诉讼。').filter(([n]) => n.endsWith('法院'))).toEqual([]);
  });
});

describe('an order named only by its kind', () => {
  it('is a Policy when a verb acts on it (撤销行政令) or a demonstrative points at it (该行政令)', () => {
    expect(found('但要从根源上平息全球半导体产供链的动荡，荷方仍须撤销行政令。')).toContainEqual(['行政令', 'Policy']);
    expect(found('该行政令援引1952年以来几乎从未动用的《货物供应法》，规定安世在一年内不得调整资产。')).toContainEqual(['行政令', 'Policy']);
  });
  it('is the order a signing verb names (签发的行政令), and the party after 对 is its target, never its signer', () => {
    const text = '本报北京11月20日电 荷兰政府19日宣布，暂停经济大臣依据《货物供应法》对安世半导体（Nexperia）签发的行政令。';
    expect(found(text)).toContainEqual(['行政令', 'Policy']);
    expect(edgeLines(text, '2025-11-20').filter((e) => e.startsWith('ISSUED_BY 行政令'))).toEqual([]);
    expect(edgeLines('特朗普周一对中国签署了行政命令。', '2025-11-20')).toContain('ISSUED_BY 行政命令 -> Donald Trump');
  });
  it('stays generic where nothing points at it (禁令 as a kind of measure)', () => {
    expect(found('各国对禁令的效果看法不一。').filter(([n]) => n === '禁令')).toEqual([]);
  });
});
