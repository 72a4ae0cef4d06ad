import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../src/domain/result.js';

describe('result', () => {
  it('wraps a value in a successful result', () => {
    const result: Result<number> = ok(3);
    expect(result).toEqual({ ok: true, value: 3 });
  });

  it('wraps an error in a failed result', () => {
    const result: Result<number> = err('nope');
    expect(result).toEqual({ ok: false, error: 'nope' });
  });

  it('narrows on the ok flag', () => {
    const result: Result<number, { code: number }> = err({ code: 7 });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.code).toBe(7);
  });
});
