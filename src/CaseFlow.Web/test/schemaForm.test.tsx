import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { Form } from 'antd';
import activities from './fixtures/activities.json';
import '../src/i18n';
import { FieldInputs } from '../src/designer/SchemaForm';
import { fieldsFor, fromFormValues, toFormValues } from '../src/designer/schemaForm';
import type { ActivityDesc, JsonSchema } from '../src/designer/types';

// The server's activity descriptors (GET /api/definitions/activities); a test in CaseFlow.Web.Tests keeps this file equal to them.
const descriptors = activities as unknown as ActivityDesc[];

/** A value that satisfies the schema, different for each prop so a mix-up shows. */
function sample(schema: JsonSchema, seed: string): unknown {
  switch (schema.type) {
    case 'string': return schema.enum ? schema.enum[schema.enum.length - 1] : `${seed}-值`;
    case 'integer': return 3;
    case 'number': return 0.5;
    case 'boolean': return true;
    case 'array': return schema.items?.type === 'string' ? [`${seed}-a`, `${seed}-b`] : [{ action: 'notifyAssignee' }, { action: 'supervise', limit: { value: 1 } }];
    case 'object':
      return schema.properties
        ? Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, sample(s, `${seed}.${k}`)]))
        : { free: seed };
    default: return { free: seed };
  }
}

describe('property panel generator', () => {
  it('knows every shipped activity', () => {
    expect(descriptors.length).toBeGreaterThanOrEqual(20);
    expect(descriptors.map((d) => d.type)).toContain('FormReview');
  });

  for (const desc of descriptors) {
    it(`${desc.type}: renders a form with an input per prop and round-trips its props`, () => {
      const props = Object.fromEntries(desc.props.map((p) => [p.name, sample(p.schema, p.name)]));
      const values = toFormValues(desc, props);
      expect(fromFormValues(desc, values)).toEqual(props);

      const html = renderToString(
        <Form initialValues={values}><FieldInputs fields={fieldsFor(desc)} /></Form>,
      );
      for (const p of desc.props) {
        expect(html).toContain(`prop-${p.name}`);
        expect(html).toContain(p.label);
      }
      // Text inputs show the prop's value (the form really is filled from the props).
      for (const p of desc.props.filter((x) => x.schema.type === 'string' && !x.schema.enum))
        expect(html).toContain(`${p.name}-值`);
    });

    it(`${desc.type}: empty inputs leave props out and unknown props survive`, () => {
      const values = toFormValues(desc, { legacy: { kept: 1 } });
      expect(fromFormValues(desc, values)).toEqual({ legacy: { kept: 1 } });
    });
  }

  it('maps schema shapes to the inputs the designer expects', () => {
    const task = descriptors.find((d) => d.type === 'HumanTask')!;
    const kinds = Object.fromEntries(fieldsFor(task).map((f) => [f.name, f.kind]));
    expect(kinds).toMatchObject({ title: 'text', role: 'text', scope: 'enum', outcomes: 'stringList', limit: 'object', escalation: 'object' });
    const limit = fieldsFor(task).find((f) => f.name === 'limit')!;
    expect(limit.fields!.map((f) => [f.name, f.kind, f.required])).toEqual([['value', 'integer', true], ['unit', 'enum', false]]);
    const decision = descriptors.find((d) => d.type === 'Decision')!;
    expect(fieldsFor(decision).find((f) => f.name === 'expression')!.kind).toBe('expression');
  });
});
