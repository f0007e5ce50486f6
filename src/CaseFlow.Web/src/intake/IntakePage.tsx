import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Descriptions, Form, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import ItemForm from '../forms/ItemForm';
import { namePath } from '../forms/formRules';
import { navigate } from '../shell/router';
import ApplicantFields from './ApplicantFields';
import ItemPicker from './ItemPicker';
import MaterialsChecklist from './MaterialsChecklist';
import { knownFields, toApplyRequest, type CaseDto, type IntakeValues, type Item } from './intakeModel';

const limitText = (l: Item['committedLimit'], t: (k: string) => string) => `${l.value ?? ''} ${t(`schema.${l.unit ?? 'workingDays'}`)}`;

/** 窗口收件: the clerk takes an application in at the window and the case starts (POST /api/cases; README "Web app"). */
export default function IntakePage() {
  const { t } = useTranslation();
  const { notification } = AntApp.useApp();
  const [form] = Form.useForm<IntakeValues>();
  const [item, setItem] = useState<Item>();
  const [loadError, setLoadError] = useState<string>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const situationCode = Form.useWatch('situationCode', form);
  const situation = item?.situations.find((s) => s.code === situationCode);
  const fields = item?.formFields ?? [];

  const pick = async (code: string | undefined) => {
    setItem(undefined);
    setGeneral([]);
    form.setFieldsValue({ situationCode: undefined, form: {}, materials: {} });
    if (!code) return;
    try {
      const loaded = await api.get('/api/catalog/items/{code}', { code });
      setItem(loaded);
      setLoadError(undefined);
      if (loaded.situations.length === 1) form.setFieldValue('situationCode', loaded.situations[0].code);
    } catch (e) {
      setLoadError(e instanceof Error ? e.message : String(e));
    }
  };

  const submit = async (values: IntakeValues) => {
    setBusy(true);
    setGeneral([]);
    try {
      const created = (await api.post('/api/cases', undefined, toApplyRequest(values, fields, situation))) as unknown as CaseDto;
      notification.success({
        title: t('intake.created'), duration: 10,
        description: <span data-testid="intake-case-no">{t('intake.caseNo', { caseNo: created.caseNo })}</span>,
      });
      navigate(`/cases/${created.id}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // The server's problem details: each error on the field it names, anything else above the form.
      const known = knownFields(fields);
      const errors = Object.entries(e.problem.errors ?? {});
      form.setFields(errors.filter(([k]) => known.has(k)).map(([k, messages]) => ({ name: namePath(k) as never, errors: messages })));
      const rest = errors.filter(([k]) => !known.has(k)).map(([k, m]) => `${k}: ${m.join(' ')}`);
      setGeneral(rest.length > 0 || errors.length === 0 ? [...rest, ...(errors.length === 0 ? [e.message] : [])] : []);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="intake" style={{ maxWidth: 1180 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('intake.title')}</Typography.Title>
      <Form form={form} layout="vertical" onFinish={submit} scrollToFirstError requiredMark>
        <Card size="small" title={t('intake.itemSection')} style={{ marginBottom: 12 }}>
          <ItemPicker onPick={(code) => void pick(code)} />
          {loadError && <Alert type="error" showIcon title={loadError} />}
          {item && (
            <>
              <Descriptions size="small" column={3} style={{ marginBottom: 12 }} data-testid="intake-item-facts"
                items={[
                  { key: 'type', label: t('intake.facts.type'), children: `${item.typeName} · ${item.homeDepartmentCategory}` },
                  { key: 'committed', label: t('intake.facts.committed'), children: limitText(item.committedLimit, t) },
                  { key: 'statutory', label: t('intake.facts.statutory'), children: limitText(item.statutoryLimit, t) },
                  { key: 'fee', label: t('intake.facts.fee'), children: item.fee },
                  { key: 'result', label: t('intake.facts.result'), children: item.resultName },
                  { key: 'scopes', label: t('intake.facts.scopes'), children: item.crossRegionScopes.join('、') },
                ]} />
              <Form.Item name="situationCode" label={t('intake.situation')} rules={[{ required: true, message: t('intake.situationRequired') }]}>
                <Radio.Group data-testid="intake-situation" options={item.situations.map((s) => ({ value: s.code, label: s.name }))} />
              </Form.Item>
            </>
          )}
        </Card>
        {item && (
          <>
            <Card size="small" title={t('intake.applicantSection')} style={{ marginBottom: 12 }}>
              <ApplicantFields item={item} />
            </Card>
            <Card size="small" title={t('intake.formSection')} style={{ marginBottom: 12 }}>
              <div data-testid="item-form" style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: 16 }}>
                <ItemForm fields={fields} />
              </div>
            </Card>
            <Card size="small" title={t('intake.materialsSection')} style={{ marginBottom: 12 }}>
              {situation ? <MaterialsChecklist key={situation.code} materials={situation.materials ?? []} /> : <Typography.Text type="secondary">{t('intake.chooseSituation')}</Typography.Text>}
            </Card>
            {general.length > 0 && <Alert type="error" showIcon data-testid="intake-errors" style={{ marginBottom: 12 }} title={t('intake.failed')} description={general.map((g) => <div key={g}>{g}</div>)} />}
            <Space>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="intake-submit">{t('intake.submit')}</Button>
              <Button onClick={() => { form.resetFields(); setItem(undefined); setGeneral([]); }}>{t('intake.reset')}</Button>
            </Space>
          </>
        )}
      </Form>
    </div>
  );
}
