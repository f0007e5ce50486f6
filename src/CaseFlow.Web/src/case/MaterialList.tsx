import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseMaterial } from './caseModel';

const colors = { Missing: 'red', Submitted: 'blue', OriginalVerified: 'green', ElectronicLicence: 'purple' } as const;

/** 材料: submitted, original verified (原件核验), from an e-licence (电子证照) or missing. */
export default function MaterialList({ materials }: { materials: CaseMaterial[] }) {
  const { t } = useTranslation();
  return (
    <Table<CaseMaterial> size="small" rowKey={(m) => m.code ?? ''} dataSource={materials} pagination={false} data-testid="case-materials"
      title={() => t('casePage.materials')}
      columns={[
        { title: t('casePage.material.code'), dataIndex: 'code', width: 70 },
        { title: t('casePage.material.name'), dataIndex: 'name' },
        { title: t('casePage.material.required'), dataIndex: 'required', width: 70, render: (v: boolean) => (v ? t('casePage.yes') : t('casePage.no')) },
        {
          title: t('casePage.material.state'), dataIndex: 'state', width: 110,
          render: (v: CaseMaterial['state']) => v && <Tag color={colors[v]} data-testid={`material-state-${v}`}>{t(`casePage.materialState.${v}`)}</Tag>,
        },
      ]} />
  );
}
