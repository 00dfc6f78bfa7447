import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseBriefing, readBriefingFile } from '../../src/briefing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'briefgraph-briefing-'));
const file = (name: string, bytes: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** The InputError a promise rejects with. */
async function refusal(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('readBriefingFile', () => {
  it('reads a UTF-8 briefing', async () => {
    const path = file('ok.txt', '新质生产力每日动态\n\n2026 年 5 月 8 日\n');
    expect(await readBriefingFile(path)).toBe('新质生产力每日动态\n\n2026 年 5 月 8 日\n');
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), /missing\.txt: no such file/],
    ['a directory', () => dir, /is a directory/],
    ['a binary file', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a])), /image\.txt is a binary file/],
    ['a GBK file', () => file('gbk.txt', Buffer.from([0xd0, 0xc2, 0xd6, 0xca, 0xc9, 0xfa])), /gbk\.txt is not UTF-8/],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt is empty/],
    ['a whitespace-only file', () => file('blank.txt', ' \n\t\n　\n'), /blank\.txt is empty/],
  ])('refuses %s with a one-line InputError naming it', async (_what, path, message) => {
    const err = await refusal(readBriefingFile(path()));
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });
});

describe('parseBriefing refuses', () => {
  it('an empty or whitespace-only text', () => {
    expect(() => parseBriefing('')).toThrow(InputError);
    expect(() => parseBriefing(' \n\n ')).toThrow(/empty/);
  });

  it('a text with nothing but headings and boilerplate', () => {
    const text = '新质生产力每日动态\n\n2026 年 5 月 8 日\n\n摘要\n\n1 峰会\n\n1.1 关税\n\n联系我们，请扫描二维码\n\n官方公众号\n\n网站地址：<https://gyznswn.cn>\n';
    expect(() => parseBriefing(text, { name: 'hollow.txt' })).toThrow(/hollow\.txt has no content/);
  });
});
