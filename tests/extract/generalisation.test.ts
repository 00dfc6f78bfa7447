// General rules that carry extraction to briefings it was not tuned on: other layouts, official
// Chinese documents and English press releases. Each rule is shown on a real sentence (from the
// seed briefings or the held-out texts under tests/fixtures/eval/texts).
import { describe, expect, it } from 'vitest';
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
    expect(f.nodes.filter((n) => n.aliases.some((a) => a.includes('会晤')))).toEqual([]);
    const summit = f.nodes.find((n) => n.id === 'trump-xi-summit');
    expect(summit?.start).toBe('2026-05-14');
  });
});
