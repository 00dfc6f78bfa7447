// Products and technologies named by their kind (rules/zh-product-phrase.ts, zh-shapes.json
// productHeads): the head noun and the noun words before it, never a verb, count or generic word; and
// 《titles》 typed by their last word even when a bracketed qualifier closes them (rules/titles.ts).
// Sentences are from real news and briefings.
import { describe, expect, it } from 'vitest';
import { found } from './fixtures.js';

const products = (s: string) => found(s).filter(([, l]) => l === 'Product').map(([n]) => n);

describe('products by head noun', () => {
  it('reads a technology compound with its modifiers (全固态电池中试线, 三元锂电池)', () => {
    expect(products('位于广州番禺的全固态电池中试线已经建成并投入生产，可制造60Ah以上的车规级电芯。')).toEqual(
      expect.arrayContaining(['全固态电池中试线', '车规级电芯']),
    );
    expect(products('业内测算，同等容量下全固态电池的成本是三元锂电池的3至5倍。')).toEqual(expect.arrayContaining(['全固态电池', '三元锂电池']));
  });
  it('types a hardware phrase a Product by its head (关键量子硬件 → 量子硬件)', () => {
    expect(products('高性能冷却系统、低温元器件等关键量子硬件长期受美国出口管制。')).toEqual(expect.arrayContaining(['低温元器件', '量子硬件']));
  });
  it('takes no count or verb as a modifier (两座存储芯片, 讨论可能严重影响电池)', () => {
    expect(products('三星电子拟在光州新建两座存储芯片晶圆厂。')).not.toContain('两座存储芯片');
    expect(products('中国欧盟商会表示，“欧洲优先”相关讨论可能严重影响电池等产业链。').join()).not.toMatch(/讨论|影响/);
  });
});

describe('titles by their last word', () => {
  it('reads past a bracketed qualifier (…实施方案（2024—2030 年） → Policy)', () => {
    expect(found('四部门联合印发《通用航空装备创新应用实施方案（2024—2030 年）》。')).toContainEqual(['通用航空装备创新应用实施方案（2024—2030 年）', 'Policy']);
  });
});

describe('security fields by head', () => {
  it('reads a field of security as a Concept (全球公共卫生安全), not the 安全 that modifies a noun (安全风险, 能源安全机构)', () => {
    expect(found('在全球公共卫生安全和生物技术竞争日趋激烈的背景下。')).toContainEqual(['全球公共卫生安全', 'Concept']);
    expect(found('要求其就对华销售的 H20 芯片存在的漏洞后门安全风险作出说明。').map(([n]) => n)).not.toContain('漏洞后门安全');
    expect(found('据日本金属与能源安全机构（JOGMEC）统计。').map(([n]) => n)).not.toContain('能源安全');
  });
});

describe('items of an official list', () => {
  const list = ['决定对下列物项实施出口管制:', '一、钐相关物项', '(一)1C902.a 金属钐、含钐的合金及相关制品:', '4. 钐钴永磁材料。', 'b. 钐铁合金;', '(二)1C902.b氧化钐及其混合物(参考海关商品编号:、、)。', '3. 稀土萃取分离工艺技术。', 'c. 碳酸锂;'].join('\n');
  it('reads each item alone on its line as a Product (钐铁合金, 稀土萃取分离工艺技术, 碳酸锂), not one with 的', () => {
    const f = found(list);
    for (const n of ['钐钴永磁材料', '钐铁合金', '氧化钐', '金属钐', '稀土萃取分离工艺技术', '碳酸锂']) expect(f).toContainEqual([n, 'Product']);
    expect(f.map(([n]) => n)).not.toContain('含钐的合金');
  });
  it('takes no heading with text after its colon (一、量子计算：…)', () => {
    expect(found('一、量子计算：“天衍—287”接入量子计算云平台').map(([n]) => n)).not.toContain('量子计算');
  });
});

describe('Latin names typed by their kind', () => {
  it('reads a Latin name before a product word as the product (Cupra Tavascan 车型), not a term or a maker (AI 芯片, Nvidia 芯片)', () => {
    expect(found('其在中国生产的 Cupra Tavascan 车型因此免缴反补贴税。')).toContainEqual(['Cupra Tavascan', 'Product']);
    const f = found('AI 芯片需求旺盛，Nvidia 芯片供不应求。');
    expect(f.filter(([, l]) => l === 'Product').map(([n]) => n)).not.toEqual(expect.arrayContaining(['AI']));
    expect(f).not.toContainEqual(['Nvidia', 'Product']);
  });
  it('types a Latin name by its last word (Clean Industrial Deal, Industrial Accelerator Act → Policy)', () => {
    expect(found('是“清洁工业协议”（Clean Industrial Deal）的旗舰立法。')).toContainEqual(['Clean Industrial Deal', 'Policy']);
    expect(found('欧盟成员国就《工业加速器法案》（Industrial Accelerator Act，IAA）进行部长级辩论。')).toContainEqual(['Industrial Accelerator Act', 'Policy']);
  });
});
