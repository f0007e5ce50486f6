import type { ActivityDesc, JsonSchema, PropDesc } from './types';

/** One input of the property panel, derived from a prop's JSON schema. */
export interface Field {
  name: string;
  label: string;
  kind: 'text' | 'expression' | 'enum' | 'stringList' | 'integer' | 'number' | 'boolean' | 'object' | 'json';
  required: boolean;
  options?: string[];
  min?: number;
  fields?: Field[];
}

function fieldOf(name: string, label: string, schema: JsonSchema, required: boolean, isExpression = false): Field {
  const base = { name, label, required };
  switch (schema.type) {
    case 'string':
      if (schema.enum) return { ...base, kind: 'enum', options: schema.enum };
      return { ...base, kind: isExpression || schema.format === 'javascript' ? 'expression' : 'text' };
    case 'integer':
      return { ...base, kind: 'integer', min: schema.minimum };
    case 'number':
      return { ...base, kind: 'number', min: schema.minimum };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'array':
      return schema.items?.type === 'string' ? { ...base, kind: 'stringList' } : { ...base, kind: 'json' };
    case 'object':
      if (schema.properties)
        return {
          ...base, kind: 'object',
          fields: Object.entries(schema.properties).map(([n, s]) => fieldOf(n, n, s, schema.required?.includes(n) ?? false)),
        };
      return { ...base, kind: 'json' };
    default:
      return { ...base, kind: 'json' };
  }
}

export function fieldsFor(desc: ActivityDesc): Field[] {
  return desc.props.map((p: PropDesc) => fieldOf(p.name, p.label, p.schema, p.required ?? false, p.isExpression));
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function toValue(field: Field, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (field.kind === 'json') return JSON.stringify(value, null, 2);
  if (field.kind === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return undefined;
    const obj = value as Record<string, unknown>;
    const known = new Set(field.fields!.map((f) => f.name));
    const result: Record<string, unknown> = Object.fromEntries(field.fields!.map((f) => [f.name, toValue(f, obj[f.name])]));
    // Keys the schema does not list are kept as they are, so nothing is lost on a round trip.
    const extra = Object.fromEntries(Object.entries(obj).filter(([k]) => !known.has(k)));
    if (Object.keys(extra).length > 0) result.__extra = extra;
    return result;
  }
  return value;
}

function fromValue(field: Field, value: unknown): unknown {
  if (field.kind === 'json') {
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (field.kind === 'object') {
    if (typeof value !== 'object' || value === null) return undefined;
    const obj = value as Record<string, unknown>;
    const result: Record<string, unknown> = { ...((obj.__extra as Record<string, unknown>) ?? {}) };
    for (const f of field.fields!) {
      const v = fromValue(f, obj[f.name]);
      if (!isEmpty(v)) result[f.name] = v;
    }
    return Object.keys(result).length === 0 ? undefined : result;
  }
  if (field.kind === 'stringList') return Array.isArray(value) ? value.filter((x) => typeof x === 'string' && x.trim() !== '') : undefined;
  if (field.kind === 'text' || field.kind === 'expression') return typeof value === 'string' && value !== '' ? value : undefined;
  return value;
}

/** A node's props as the form's values. */
export function toFormValues(desc: ActivityDesc, props: Record<string, unknown>): Record<string, unknown> {
  const fields = fieldsFor(desc);
  const values: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f.name, toValue(f, props[f.name])]));
  const known = new Set(fields.map((f) => f.name));
  const extra = Object.fromEntries(Object.entries(props).filter(([k]) => !known.has(k)));
  if (Object.keys(extra).length > 0) values.__extra = extra;
  return values;
}

/** The form's values back as props; empty inputs leave the prop out. */
export function fromFormValues(desc: ActivityDesc, values: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = { ...((values.__extra as Record<string, unknown>) ?? {}) };
  for (const f of fieldsFor(desc)) {
    const v = fromValue(f, values[f.name]);
    if (!isEmpty(v)) props[f.name] = v;
  }
  return props;
}
