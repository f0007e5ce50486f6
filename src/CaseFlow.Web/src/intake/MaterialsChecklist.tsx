import { Form, Radio, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { materialStates, type Material } from './intakeModel';

/** 材料清单: each material of the chosen situation marked submitted, original verified, from an e-licence (免提交) or missing. */
export default function MaterialsChecklist({ materials }: { materials: Material[] }) {
  const { t } = useTranslation();
  return (
    <Table<Material> size="small" pagination={false} rowKey={(m) => m.code ?? ''} dataSource={materials} data-testid="materials"
      columns={[
        { title: t('intake.materials.code'), dataIndex: 'code', width: 60 },
        {
          title: t('intake.materials.name'), key: 'name',
          render: (_, m) => (
            <>
              {m.name} {m.required ? <Tag color="red">{t('intake.materials.required')}</Tag> : <Tag>{t('intake.materials.optional')}</Tag>}
              {m.originalRequired && <Tag color="blue">{t('intake.materials.original')}</Tag>}
              {m.electronicLicence && <Tag color="green">{t('intake.materials.eLicence')}</Tag>}
              {m.note && <div style={{ color: '#5c6773', fontSize: 12 }}>{m.note}</div>}
            </>
          ),
        },
        {
          title: t('intake.materials.state'), key: 'state', width: 400,
          render: (_, m) => (
            <Form.Item name={['materials', m.code ?? '']} initialValue="missing" noStyle>
              <Radio.Group optionType="button" size="small" data-testid={`material-${m.code}`}
                options={materialStates.map((s) => ({ value: s, label: t(`intake.materials.states.${s}`), disabled: s === 'electronicLicence' && !m.electronicLicence }))} />
            </Form.Item>
          ),
        },
      ]} />
  );
}
