// The lexicon is data: every entry must make a fit node, and the matcher must treat width, case
// and spacing the way the briefings write names.
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/extract/lexicon.js';
import { isAcceptableName } from '../../src/extract/names.js';

describe('the bilingual lexicon', () => {
  it('has a fit canonical name for every entry and no alias shared by two entries', () => {
    const owner = new Map<string, string>();
    for (const e of lexicon().entries) {
      expect(isAcceptableName(e.name), e.name).toBe(true);
      for (const a of e.aliases) {
        const k = a.toLowerCase().replace(/\s+/g, '');
        expect(owner.get(k) ?? e.name, `${a} is claimed by ${owner.get(k)} and ${e.name}`).toBe(e.name);
        owner.set(k, e.name);
      }
    }
  });
  it('matches 制造业PMI and 制造业 PMI alike, full-width letters too', () => {
    for (const s of ['中国 4 月官方制造业PMI 为 50.3', '中国 4 月官方制造业 PMI 为 50.3', '中国 4 月官方制造业ＰＭＩ为 50.3']) {
      expect(lexicon().match(s, 0, s.length).map((m) => m.entry.name)).toContain('manufacturing PMI');
    }
  });
  it('keeps short Latin aliases case-sensitive: AP is the outlet, "ap" inside a word is nothing', () => {
    const s = 'Reuters、AP News 报道；the app shows';
    expect(lexicon().match(s, 0, s.length).map((m) => m.entry.name)).toEqual(['Reuters', 'AP News']);
  });
  it('reads a code cited by title and part (15 CFR part 744) as no name (CFR the think tank)', () => {
    const s = 'BIS amended the Export Administration Regulations (15 CFR parts 730-774), a CFR fellow said.';
    const found = lexicon().match(s, 0, s.length);
    expect(found.filter((m) => m.entry.name === 'Council on Foreign Relations').map((m) => m.start)).toEqual([s.indexOf('CFR fellow')]);
  });
  it('matches a capitalised name only when the text capitalises it (foreign policy interests is no magazine)', () => {
    const names = (s: string) => lexicon().match(s, 0, s.length).map((m) => m.entry.name);
    expect(names('The rule protects U.S. national security and foreign policy interests.')).not.toContain('Foreign Policy');
    expect(names('Foreign Policy reported that the talks stalled.')).toContain('Foreign Policy');
  });
  it('reads 商务部长 and 财政部长 as titles, not as the ministries (商务部新闻发言人 still is 商务部)', () => {
    const names = (s: string) => lexicon().match(s, 0, s.length).map((m) => m.entry.name);
    expect(names('美国商务部长卢特尼克表示，实体清单将继续扩大。财政部长贝森特同日称，谈判仍在进行。')).not.toContain('Ministry of Commerce');
    expect(names('财政部长贝森特同日称，谈判仍在进行。')).toEqual(['Scott Bessent']);
    expect(names('商务部新闻发言人 6 月 3 日回应称，中方将采取必要措施。')).toContain('Ministry of Commerce');
  });
});
