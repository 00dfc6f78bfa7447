// An English text through the same extraction: the summary of CRS report R48642 (a US government
// work, public domain), "U.S. Export Controls and China: Advanced Semiconductors", August 22, 2025.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const TEXT = `U.S. Export Controls and China: Advanced Semiconductors

August 22, 2025

Semiconductors are strategic and uniquely important electronic devices. They are fundamental to most industrial and national security activities and serve as essential building blocks of other technologies, such as artificial intelligence (AI). Policymakers, including top leaders in the United States, the People's Republic of China (PRC, or China), and elsewhere, see semiconductors and AI technologies as critical to future economic competitiveness, national security, and global leadership. In 2014, the PRC government issued a national semiconductor industrial policy with the stated goal of establishing a world-leading semiconductor industry in all areas of the integrated circuit supply chain by 2030.

Since 2018, the U.S. government has sought to strengthen U.S. export controls of advanced semiconductors with the stated intent of both restricting PRC access to the technologies and ability to produce advanced chips, and curtailing PRC access to related computing and AI applications.
`;

describe('an English report paragraph', () => {
  const f = extractText(TEXT);
  const ids = f.nodes.map((n) => n.id);
  it('finds the date, places, policies and products under the same ids as the Chinese briefings', () => {
    expect(f.briefing.date).toBe('2025-08-22');
    expect(ids).toEqual(expect.arrayContaining(['china', 'united-states', 'export-controls', 'semiconductors', 'artificial-intelligence', 'national-security']));
    const zh = extractText('2026 年 5 月 7 日\n\n美国出口管制限制了中国获取最先进芯片的渠道。\n');
    expect(zh.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['china', 'export-controls', 'semiconductors']));
    expect(f.nodes.find((n) => n.id === 'china')?.aliases).toEqual(expect.arrayContaining(["People's Republic of China", 'PRC']));
  });
  it('reads "export controls of advanced semiconductors … restricting PRC access" as controls constraining China', () => {
    const e = f.edges.find((x) => x.type === 'CONSTRAINS' && x.from === 'export-controls' && x.to === 'china');
    expect(e?.evidence[0].text).toMatch(/^Since 2018, the U\.S\. government has sought/);
  });
  it('keeps plain noun phrases only when they matter (mentioned twice or related)', () => {
    const concepts = f.nodes.filter((n) => n.label === 'Concept').map((n) => n.name);
    expect(concepts).not.toContain('building blocks');
  });
});

describe('English names that are no people or organisations', () => {
  const nodes = (text: string) => extractText(`May 8, 2026\n\n${text}\n`).nodes.filter((n) => n.label !== 'Briefing');
  it('makes no Person of a regulation identifier (RIN 0694-AK11) or of a bare title (the President’s order)', () => {
    const people = nodes('RIN 0694-AK11. USTR is seeking comments on the proposed fees, in line with the President’s Maritime Executive Order.').filter((n) => n.label === 'Person');
    expect(people).toEqual([]);
  });
  it('makes no Organization of an acronym used as a term (the IPO)', () => {
    expect(nodes('The company delayed its IPO after the tariffs took effect.').filter((n) => n.name === 'IPO' && n.label === 'Organization')).toEqual([]);
  });
});
