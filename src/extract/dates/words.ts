// A list of words found in text by their first character: one table look per character, then a
// few startsWith checks. Dates are looked for in every briefing, so this runs over every
// character; a regex alternation of the same words costs several times more per character.

const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export interface WordHit<T> {
  index: number;
  word: string;
  tag: T;
}

export class WordList<T> {
  private readonly byFirst = new Map<number, { word: string; tag: T }[]>();
  /** 1 where some word starts with that UTF-16 code unit: a cheaper test than the map's. */
  private readonly first = new Uint8Array(0x10000);

  /** Later entries for the same word replace earlier ones. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const tags = new Map<string, T>();
    for (const [word, tag] of entries) if (word) tags.set(word, tag);
    for (const [word, tag] of tags) {
      const c = word.charCodeAt(0);
      const list = this.byFirst.get(c) ?? [];
      list.push({ word, tag });
      this.byFirst.set(c, list);
      this.first[c] = 1;
    }
    // Longest first, so 将于 is found rather than 将, and 崛起 rather than 起.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** Whether some listed word starts with this character code. */
  starts(c: number): boolean {
    return this.first[c] === 1;
  }

  /** The longest listed word at i; Latin words only as whole words (`will`, not `William`). */
  at(text: string, i: number): WordHit<T> | undefined {
    const list = this.byFirst.get(text.charCodeAt(i));
    if (!list) return undefined;
    for (const { word, tag } of list) {
      if (!text.startsWith(word, i)) continue;
      if (isLatin(word.charCodeAt(0)) && i > 0 && isLatin(text.charCodeAt(i - 1))) continue;
      const after = i + word.length;
      if (isLatin(word.charCodeAt(word.length - 1)) && after < text.length && isLatin(text.charCodeAt(after))) continue;
      return { index: i, word, tag };
    }
    return undefined;
  }

  /** Every listed word in text, left to right, none overlapping. */
  all(text: string): WordHit<T>[] {
    const hits: WordHit<T>[] = [];
    for (let i = 0; i < text.length; i++) {
      if (this.first[text.charCodeAt(i)] !== 1) continue;
      const hit = this.at(text, i);
      if (hit) {
        hits.push(hit);
        i += hit.word.length - 1;
      }
    }
    return hits;
  }
}
