import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isMobile, isResidentIdNumber } from '../forms/formRules';
import type { Item } from './intakeModel';

/** ID documents whose number the server checks by GB 11643 (the 港澳台居民居住证 number follows it too). */
const idTypes = ['residentId', 'residencePermit'] as const;

const check = (ok: (v: string) => boolean, message: string) => ({
  validator: (_: unknown, v?: string) => (!v || ok(v.trim()) ? Promise.resolve() : Promise.reject(new Error(message))),
});

/** The applicant (申请人) and how the result reaches them (送达方式). */
export default function ApplicantFields({ item }: { item: Item | undefined }) {
  const { t } = useTranslation();
  const delivery = Form.useWatch('deliveryMethod');
  const offered = (item?.deliveryOptions.length ? item.deliveryOptions : ['Mail', 'Window']).map((d) => d.toLowerCase());
  return (
    <>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name={['applicant', 'name']} label={t('intake.applicant.name')} rules={[{ required: true, whitespace: true, message: t('intake.applicant.nameRequired') }, { max: 50, message: t('intake.tooLong', { max: 50 }) }]}>
            <Input data-testid="applicant-name" maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['applicant', 'idType']} label={t('intake.applicant.idType')} initialValue="residentId">
            <Select data-testid="applicant-id-type" options={idTypes.map((v) => ({ value: v, label: t(`intake.idType.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['applicant', 'idNumber']} label={t('intake.applicant.idNumber')} validateFirst
            rules={[{ required: true, message: t('intake.applicant.idNumberRequired') }, check(isResidentIdNumber, t('itemForm.rule.idNumber', { label: t('intake.applicant.idNumber') }))]}>
            <Input data-testid="applicant-id-number" maxLength={18} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['applicant', 'phone']} label={t('intake.applicant.phone')} validateFirst
            rules={[{ required: true, message: t('intake.applicant.phoneRequired') }, check(isMobile, t('itemForm.rule.phone', { label: t('intake.applicant.phone') }))]}>
            <Input data-testid="applicant-phone" maxLength={11} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={['applicant', 'address']} label={t('intake.applicant.address')} rules={[{ max: 200, message: t('intake.tooLong', { max: 200 }) }]}>
            <Input data-testid="applicant-address" maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="deliveryMethod" label={t('intake.delivery.title')} initialValue="window">
            <Radio.Group data-testid="delivery-method" options={offered.map((d) => ({ value: d, label: t(`intake.delivery.${d}`) }))} />
          </Form.Item>
        </Col>
        {delivery === 'mail' && (
          <Col span={7}>
            <Form.Item name="deliveryAddress" label={t('intake.delivery.address')}
              rules={[{ required: true, whitespace: true, message: t('intake.delivery.addressRequired') }, { max: 200, message: t('intake.tooLong', { max: 200 }) }]}>
              <Input data-testid="delivery-address" maxLength={200} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </>
  );
}
