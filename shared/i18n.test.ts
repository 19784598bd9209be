import { describe, expect, it } from 'vitest';
// Node is fine in this test file only: it scans the source for keys.
// eslint-disable-next-line no-restricted-imports
import fs from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import path from 'node:path';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from './errors';
import en from './locales/en.json';
import id from './locales/id.json';

function flatten(object: object, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(object)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null)
      for (const [k, v] of flatten(value, full)) result.set(k, v);
    else result.set(full, String(value));
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const idKeys = flatten(id);
const enKeys = flatten(en);

describe('translations', () => {
  it('en.json has exactly the keys of id.json', () => {
    expect([...enKeys.keys()].sort()).toEqual([...idKeys.keys()].sort());
  });

  it('no English text is left empty', () => {
    expect([...enKeys].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...idKeys].filter(
      ([key, text]) =>
        JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(enKeys.get(key) ?? '')),
    );
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('every key used in code exists in id.json', () => {
    const files = ['main', 'renderer/src', 'shared'].flatMap((dir) =>
      sourceFiles(path.join(root, dir)),
    );
    const missing: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*['"]([a-zA-Z][\w.]+)['"]/g)) {
        const key = match[1]!;
        if (!idKeys.has(key) && !idKeys.has(`${key}_other`))
          missing.push(`${path.relative(root, file)}: ${key}`);
      }
      // Template keys such as t(`steps.${step}`): the fixed prefix must exist.
      for (const match of text.matchAll(/\bt\(\s*`([a-zA-Z][\w.]*)\.\$\{/g)) {
        const prefix = match[1]! + '.';
        if (![...idKeys.keys()].some((k) => k.startsWith(prefix)))
          missing.push(`${path.relative(root, file)}: ${prefix}*`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every error code has a message', () => {
    expect(ERROR_CODES.filter((code) => !idKeys.has(`errors.${code}`))).toEqual([]);
  });
});
