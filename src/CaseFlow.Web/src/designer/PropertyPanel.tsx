import { useEffect, useMemo, useRef, memo } from 'react';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldInputs } from './SchemaForm';
import { fieldsFor, fromFormValues, toFormValues } from './schemaForm';
import type { ActivityDesc, ActivityDoc } from './types';

/** The selected node's name and props, as a form generated from its activity's JSON schema. */
function PropertyPanel({ node, desc, onChange }: {
  node: ActivityDoc | null;
  desc: ActivityDesc | undefined;
  onChange(next: ActivityDoc): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const fields = useMemo(() => (desc ? fieldsFor(desc) : []), [desc]);
  const initial = useMemo<Record<string, unknown>>(() => (node && desc ? { __name: node.name ?? '', ...toFormValues(desc, node.props) } : {}), [node, desc]);

  // The form's own edits come back as `node`: only an outside change (another node, undo) resets the inputs.
  const emitted = useRef<ActivityDoc | null>(null);
  useEffect(() => {
    if (node !== null && node === emitted.current) return;
    form.resetFields();
    form.setFieldsValue(initial);
  }, [form, initial]);

  if (!node || !desc)
    return <div style={{ padding: 12 }}><Typography.Text type="secondary">{t('designer.selectNode')}</Typography.Text></div>;

  return (
    <div style={{ padding: 12 }} data-testid="property-panel">
      <Typography.Text type="secondary">{t('designer.nodeId')}：</Typography.Text> <Typography.Text code>{node.id}</Typography.Text>
      <br />
      <Typography.Text type="secondary">{t('designer.nodeType')}：</Typography.Text> {desc.displayName}（{desc.type}）
      <Form form={form} layout="vertical" size="small" style={{ marginTop: 8 }} initialValues={initial}
        onValuesChange={(_, all: Record<string, unknown>) => {
          const { __name, ...values } = all;
          const next: ActivityDoc = { ...node, name: typeof __name === 'string' && __name !== '' ? __name : null, props: fromFormValues(desc, { ...values, __extra: initial.__extra }) };
          emitted.current = next;
          onChange(next);
        }}>
        <Form.Item name="__name" label={t('designer.nodeName')} style={{ marginBottom: 8 }}>
          <Input data-testid="prop-name" />
        </Form.Item>
        <FieldInputs fields={fields} />
      </Form>
    </div>
  );
}

export default memo(PropertyPanel);
