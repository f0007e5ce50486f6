import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fieldProblem, textLimit, type FormFieldSpec } from './formRules';

interface Props {
  fields: FormFieldSpec[];
  /** Where the values sit in the surrounding antd Form (`form` → `{ form: { homeRegion: … } }`, as the server names its errors). */
  prefix?: string;
  disabled?: boolean;
}

/**
 * An item's application form (申请表) rendered from its schema: one input per field by its type (text, number, date, select,
 * region), the required mark, and the server's rules checked in the browser with translated messages (formRules.ts).
 * Render it inside an antd Form; the server's own answer is set on the same names.
 */
export default function ItemForm({ fields, prefix = 'form', disabled }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((field) => {
        const name = field.name ?? '';
        const label = field.label || name;
        const rule = {
          validator: (_: unknown, value: unknown) => {
            const problem = fieldProblem(field, value);
            return problem ? Promise.reject(new Error(t(`itemForm.rule.${problem.rule}`, problem.params))) : Promise.resolve();
          },
        };
        const common = { name: [prefix, name], label, required: !!field.required, rules: [rule], validateFirst: true };
        const id = `field-${name}`;
        switch (field.type) {
          case 'number':
            return (
              <Form.Item key={name} {...common}>
                <InputNumber data-testid={id} disabled={disabled} style={{ width: '100%' }}
                  min={field.min === null || field.min === undefined ? undefined : Number(field.min)}
                  max={field.max === null || field.max === undefined ? undefined : Number(field.max)} />
              </Form.Item>
            );
          case 'date':
            return (
              <Form.Item key={name} {...common}
                getValueProps={(v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : undefined })}
                normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}>
                <DatePicker data-testid={id} disabled={disabled} style={{ width: '100%' }} format="YYYY-MM-DD" />
              </Form.Item>
            );
          case 'select':
            return (
              <Form.Item key={name} {...common}>
                <Select data-testid={id} disabled={disabled} allowClear={!field.required} placeholder={t('itemForm.choose')}
                  options={(field.options ?? []).map((o) => ({ value: o, label: o }))} />
              </Form.Item>
            );
          case 'region':
            return (
              <Form.Item key={name} {...common} extra={t('itemForm.regionHint')}>
                <Input data-testid={id} disabled={disabled} maxLength={textLimit(field)} placeholder={t('itemForm.regionPlaceholder')} />
              </Form.Item>
            );
          default:
            return (
              <Form.Item key={name} {...common}>
                <Input data-testid={id} disabled={disabled} maxLength={textLimit(field)}
                  placeholder={field.format ? t(`itemForm.format.${field.format}`, { defaultValue: '' }) : undefined} />
              </Form.Item>
            );
        }
      })}
    </>
  );
}
