import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Field } from './schemaForm';

/** Renders the inputs for fields generated from a JSON schema (see schemaForm.ts); nested objects get nested names. */
export function FieldInputs({ fields, prefix = [] }: { fields: Field[]; prefix?: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => {
        const name = [...prefix, f.name];
        const testId = `prop-${name.join('.')}`;
        const label = f.label === f.name ? f.name : `${f.label}（${f.name}）`;
        if (f.kind === 'object')
          return (
            <fieldset key={f.name} style={{ border: '1px solid #eef1f5', borderRadius: 4, padding: '4px 8px', margin: '0 0 8px' }} data-testid={testId}>
              <legend style={{ fontSize: 12, width: 'auto', margin: 0, padding: '0 4px' }}>{label}</legend>
              <FieldInputs fields={f.fields!} prefix={name} />
            </fieldset>
          );
        const rules = f.required ? [{ required: true }] : [];
        const common = { name, label, rules, style: { marginBottom: 8 } };
        switch (f.kind) {
          case 'enum':
            return (
              <Form.Item key={f.name} {...common}>
                <Select allowClear data-testid={testId} options={f.options!.map((o) => ({ value: o, label: t(`schema.${o}`, o) }))} />
              </Form.Item>
            );
          case 'integer':
          case 'number':
            return <Form.Item key={f.name} {...common}><InputNumber data-testid={testId} min={f.min} precision={f.kind === 'integer' ? 0 : undefined} style={{ width: '100%' }} /></Form.Item>;
          case 'boolean':
            return <Form.Item key={f.name} {...common} valuePropName="checked"><Switch data-testid={testId} /></Form.Item>;
          case 'stringList':
            return <Form.Item key={f.name} {...common}><Select mode="tags" data-testid={testId} tokenSeparators={[',', '，']} open={false} /></Form.Item>;
          case 'expression':
            return <Form.Item key={f.name} {...common}><Input.TextArea data-testid={testId} autoSize={{ minRows: 1, maxRows: 4 }} style={{ fontFamily: 'monospace' }} /></Form.Item>;
          case 'json':
            return <Form.Item key={f.name} {...common}><Input.TextArea data-testid={testId} autoSize={{ minRows: 1, maxRows: 6 }} style={{ fontFamily: 'monospace' }} placeholder={t('schema.json')} /></Form.Item>;
          default:
            return <Form.Item key={f.name} {...common}><Input data-testid={testId} /></Form.Item>;
        }
      })}
    </>
  );
}
