import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from './caseModel';
import { fieldText } from './caseModel';

/** The submitted form, read-only, as the item's schema describes it: its fields in order with their labels; fields the schema does not name follow. */
export default function CaseFormView({ fields, form }: { fields: FormField[]; form: Record<string, unknown> }) {
  const { t } = useTranslation();
  const named = new Set(fields.map((f) => f.name));
  const rows = [
    ...fields.map((f) => ({ key: f.name ?? '', label: f.label ?? f.name ?? '', value: form[f.name ?? ''], required: f.required })),
    ...Object.keys(form).filter((k) => !named.has(k)).map((k) => ({ key: k, label: k, value: form[k], required: false })),
  ];
  return (
    <Descriptions size="small" bordered column={1} data-testid="case-form" title={t('casePage.form')}>
      {rows.map((r) => (
        <Descriptions.Item key={r.key} label={r.required ? `${r.label} *` : r.label}>{fieldText(r.value)}</Descriptions.Item>
      ))}
    </Descriptions>
  );
}
