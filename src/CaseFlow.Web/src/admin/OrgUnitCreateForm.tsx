import { useEffect, useState } from 'react';
import { App as AntApp, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { orgKinds, type OrgUnitDto, type OrgUnitKind } from './adminModel';
import ProblemAlert from './ProblemAlert';

interface Values {
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentCode?: string;
  category?: string;
}

/** 新增组织机构 under the unit selected in the tree (category for departments only; the server checks the rules). */
export default function OrgUnitCreateForm({ parent, onCreated }: { parent: OrgUnitDto | null; onCreated(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const kind = Form.useWatch('kind', form);

  useEffect(() => form.setFieldValue('parentCode', parent?.code), [form, parent]);

  const submit = async (values: Values) => {
    try {
      await api.post('/api/admin/org-units', undefined, {
        code: values.code, name: values.name, kind: values.kind, parentCode: values.parentCode ?? null,
        category: values.kind === 'Department' ? (values.category ?? null) : null,
      });
      void message.success(t('admin.org.created', { name: values.name }));
      setError(null);
      form.resetFields(['code', 'name', 'category']);
      onCreated();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="org-form">
      <ProblemAlert error={error} />
      <Form.Item name="parentCode" label={t('admin.org.parent')} extra={t('admin.org.parentHint')}><Input readOnly /></Form.Item>
      <Form.Item name="code" label={t('admin.org.code')} rules={[{ required: true }]}><Input autoComplete="off" /></Form.Item>
      <Form.Item name="name" label={t('admin.org.name')} rules={[{ required: true }]}><Input autoComplete="off" /></Form.Item>
      <Form.Item name="kind" label={t('admin.org.kindLabel')} rules={[{ required: true }]}>
        <Select options={orgKinds.map((k) => ({ value: k, label: t(`admin.org.kind.${k}`) }))} aria-label={t('admin.org.kindLabel')} />
      </Form.Item>
      {kind === 'Department' && <Form.Item name="category" label={t('admin.org.category')}><Input autoComplete="off" /></Form.Item>}
      <Button type="primary" htmlType="submit">{t('admin.org.create')}</Button>
    </Form>
  );
}
