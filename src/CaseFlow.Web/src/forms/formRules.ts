import type { components } from '../api/schema';

/** One field of an item's application form (申请表) as the catalog serves it (the server's FormField). */
export type FormFieldSpec = components['schemas']['FormField'];

/** The one rule a value breaks, with what its message needs; the same rules, in the same order, as the server's FormRules. */
export interface FieldProblem {
  rule: 'required' | 'maxLength' | 'option' | 'date' | 'number' | 'range' | 'pattern' | 'idNumber' | 'phone';
  params: Record<string, string | number>;
}

/** Longest text when the item says nothing (FormField.DefaultMaxLength). */
export const DEFAULT_MAX_LENGTH = 200;

const num = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : Number(v));

export const textLimit = (field: FormFieldSpec) => num(field.maxLength) ?? DEFAULT_MAX_LENGTH;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** 公民身份号码 (GB 11643): 17 digits, a valid birth date from 1900 and the ISO 7064 MOD 11-2 check character. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(value[i]), 0);
  if (value[17].toUpperCase() !== ID_CHECK[sum % 11]) return false;
  return isDate(`${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`, 1900, 9999);
}

/** A mainland mobile number: 11 digits from 1. */
export const isMobile = (value: string) => /^1\d{10}$/.test(value);

function isDate(text: string, from: number, to: number) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= from && y <= to;
}

function matches(pattern: string, text: string) {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(text);
  } catch {
    return true; // a pattern the browser cannot read is left to the server
  }
}

/** The problem of a value for its field, or null. Region codes are checked by the server against the org tree. */
export function fieldProblem(field: FormFieldSpec, value: unknown): FieldProblem | null {
  const label = field.label ?? field.name ?? '';
  const text = value === null || value === undefined ? '' : String(value);
  if (text.trim() === '') return field.required ? { rule: 'required', params: { label } } : null;
  if (text.length > textLimit(field)) return { rule: 'maxLength', params: { label, max: textLimit(field) } };
  if (field.type === 'select' && field.options && field.options.length > 0 && !field.options.includes(text))
    return { rule: 'option', params: { label, options: field.options.join('、') } };
  if (field.type === 'date' && !isDate(text, 1900, 2100)) return { rule: 'date', params: { label } };
  if (field.type === 'number') {
    const n = Number(text);
    if (!Number.isFinite(n)) return { rule: 'number', params: { label } };
    const [min, max] = [num(field.min), num(field.max)];
    if ((min !== undefined && n < min) || (max !== undefined && n > max))
      return { rule: 'range', params: { label, min: min ?? '-∞', max: max ?? '∞' } };
  }
  if (field.pattern && !matches(field.pattern, text)) return { rule: 'pattern', params: { label } };
  if (field.format === 'idNumber' && !isResidentIdNumber(text)) return { rule: 'idNumber', params: { label } };
  if (field.format === 'phone' && !isMobile(text)) return { rule: 'phone', params: { label } };
  return null;
}

/** The form to send: empty values left out, so an optional field not filled in is not sent as "". */
export function formPayload(fields: FormFieldSpec[], values: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const f of fields) {
    const v = values?.[f.name ?? ''];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    out[f.name!] = f.type === 'number' ? Number(v) : typeof v === 'string' ? v.trim() : String(v);
  }
  return out;
}

/** A server error's field name (`form.homeRegion`, `applicant.phone`, `materials[0].code`) as an antd name path. */
export function namePath(field: string): (string | number)[] {
  return field.replace(/^\$\.?/, '').split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
