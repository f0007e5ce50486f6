import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { Form } from 'antd';
import i18n from '../src/i18n';
import ItemForm from '../src/forms/ItemForm';
import { fieldProblem, formPayload, isResidentIdNumber, namePath, type FormFieldSpec } from '../src/forms/formRules';

// Every item of samples/catalog, as the server imports them.
const catalog = Object.values(import.meta.glob<{ name: string; formFields: FormFieldSpec[] }>('../../../samples/catalog/*.json', { eager: true, import: 'default' }));

const oneOfEach: FormFieldSpec[] = [
  { name: 'nickname', label: '称谓', type: 'text', required: true, maxLength: 4 },
  { name: 'area', label: '建筑面积', type: 'number', required: false, min: 1, max: 1000 },
  { name: 'married', label: '登记日期', type: 'date', required: true },
  { name: 'reason', label: '补换原因', type: 'select', required: true, options: ['丢失补卡', '损坏换卡'] },
  { name: 'homeRegion', label: '户籍地', type: 'region', required: true },
];

const html = (fields: FormFieldSpec[], values: Record<string, unknown> = {}) =>
  renderToString(<Form initialValues={{ form: values }}><ItemForm fields={fields} /></Form>);

describe('ItemForm', () => {
  it('renders an input of its kind for each field type, labelled, with the required mark on required fields only', () => {
    const out = html(oneOfEach, { nickname: '小张', area: 88.5 });
    for (const f of oneOfEach) {
      expect(out).toContain(`data-testid="field-${f.name}"`);
      expect(out).toContain(f.label);
    }
    expect(out).toMatch(/data-testid="field-nickname"[^>]*value="小张"|value="小张"[^>]*data-testid="field-nickname"/);
    expect(out).toContain('ant-input-number'); // number
    expect(out).toContain('ant-picker'); // date
    expect(out).toContain('ant-select'); // select
    expect(out).toContain('行政区划代码'); // region hint
    expect(out).toContain('88.5');
    // antd marks required items on their label; 建筑面积 is the one optional field.
    const required = [...out.matchAll(/class="([^"]*ant-form-item-required[^"]*)"[^>]*title="([^"]+)"/g)].map((m) => m[2]);
    expect(required.sort()).toEqual(['称谓', '登记日期', '补换原因', '户籍地'].sort());
  });

  it('knows the sample catalog', () => expect(catalog.length).toBeGreaterThanOrEqual(8));

  it.each(catalog.map((item) => [item.name, item] as [string, { name: string; formFields: FormFieldSpec[] }]))('renders every field of the sample item %s', (_, item) => {
    const out = html(item.formFields);
    for (const f of item.formFields) expect(out).toContain(`data-testid="field-${f.name}"`);
  });
});

describe('form rules (the server\'s FormRules, in the browser)', () => {
  const [text, number, date, select] = oneOfEach;
  const idField: FormFieldSpec = { name: 'idNumber', label: '公民身份号码', type: 'text', required: true, format: 'idNumber', maxLength: 18 };
  const phoneField: FormFieldSpec = { name: 'tel', label: '手机', type: 'text', format: 'phone' };
  const codeField: FormFieldSpec = { name: 'code', label: '不动产单元号', type: 'text', pattern: '[0-9]{6}[A-Z]{2}' };

  it('a required field left empty or blank is required; an optional one is not', () => {
    expect(fieldProblem(text, undefined)?.rule).toBe('required');
    expect(fieldProblem(text, '   ')?.rule).toBe('required');
    expect(fieldProblem(number, undefined)).toBeNull();
    expect(fieldProblem(number, '')).toBeNull();
  });

  it('checks length, options, dates, numbers and their bounds, patterns, ID numbers and phones', () => {
    expect(fieldProblem(text, '张三丰大侠')).toEqual({ rule: 'maxLength', params: { label: '称谓', max: 4 } });
    expect(fieldProblem(text, '张三')).toBeNull();
    expect(fieldProblem(select, '其他')?.rule).toBe('option');
    expect(fieldProblem(select, '损坏换卡')).toBeNull();
    expect(fieldProblem(date, '2026-02-30')?.rule).toBe('date');
    expect(fieldProblem(date, '1899-12-31')?.rule).toBe('date');
    expect(fieldProblem(date, '2026-12-02')).toBeNull();
    expect(fieldProblem(number, 'abc')?.rule).toBe('number');
    expect(fieldProblem(number, 0)).toEqual({ rule: 'range', params: { label: '建筑面积', min: 1, max: 1000 } });
    expect(fieldProblem(number, 1000)).toBeNull();
    expect(fieldProblem(codeField, '500103AB')).toBeNull();
    expect(fieldProblem(codeField, '500103ab')?.rule).toBe('pattern');
    expect(fieldProblem(idField, '520102199001191234')).toBeNull();
    expect(fieldProblem(idField, '520102199001191235')?.rule).toBe('idNumber'); // wrong check digit
    expect(fieldProblem(idField, '520102199002301234')?.rule).toBe('idNumber'); // no 30 February
    expect(fieldProblem(phoneField, '13800138000')).toBeNull();
    expect(fieldProblem(phoneField, '23800138000')?.rule).toBe('phone');
    expect(fieldProblem(phoneField, '1380013800')?.rule).toBe('phone');
    expect(isResidentIdNumber('11010519491231002x')).toBe(true); // a lower-case X check character
  });

  it('a text without a maxLength is limited to the server\'s default of 200', () => {
    const free: FormFieldSpec = { name: 'note', label: '备注', type: 'text' };
    expect(fieldProblem(free, 'x'.repeat(200))).toBeNull();
    expect(fieldProblem(free, 'x'.repeat(201))).toEqual({ rule: 'maxLength', params: { label: '备注', max: 200 } });
  });

  it('a rule\'s message is translated with the field\'s label from the schema', async () => {
    await i18n.changeLanguage('zh-CN');
    const problem = fieldProblem(idField, '520102199001191235')!;
    expect(i18n.t(`itemForm.rule.${problem.rule}`, problem.params)).toBe('公民身份号码须为 18 位公民身份号码（出生日期有效、校验位正确）');
    const required = fieldProblem(text, '')!;
    expect(i18n.t(`itemForm.rule.${required.rule}`, required.params)).toBe('请填写称谓');
  });

  it('sends only filled fields, numbers as numbers, and reads the server\'s field names as form paths', () => {
    expect(formPayload(oneOfEach, { nickname: ' 小张 ', area: '12', married: '', reason: undefined })).toEqual({ nickname: '小张', area: 12 });
    expect(namePath('form.homeRegion')).toEqual(['form', 'homeRegion']);
    expect(namePath('applicant.phone')).toEqual(['applicant', 'phone']);
    expect(namePath('materials[0].code')).toEqual(['materials', 0, 'code']);
  });
});
