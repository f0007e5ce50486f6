import { describe, expect, it } from 'vitest';
import { parseVariables } from '../src/incidents/variables';

describe('variables fixed before an incident retry', () => {
  it('takes nothing as no change and a JSON object as the variables', () => {
    expect(parseVariables('  ')).toEqual({ ok: true, variables: null });
    expect(parseVariables('{"spin": false, "n": 2}')).toEqual({ ok: true, variables: { spin: false, n: 2 } });
  });

  it('refuses arrays, scalars, null and broken JSON', () => {
    for (const text of ['[1]', '3', 'null', '"x"', '{spin: false}']) expect(parseVariables(text)).toEqual({ ok: false });
  });
});
