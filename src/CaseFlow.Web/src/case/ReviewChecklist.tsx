import { Input, Radio, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChecklistEntry, ReviewPoint } from './caseModel';

interface Props {
  points: ReviewPoint[];
  value: ChecklistEntry[];
  onChange: (entries: ChecklistEntry[]) => void;
}

/** 审核要点: each point passes, needs 补正 or fails; a point not passed cites its basis (the item's basis offered first). */
export default function ReviewChecklist({ points, value, onChange }: Props) {
  const { t } = useTranslation();
  const set = (code: string, patch: Partial<ChecklistEntry>) => onChange(value.map((e) => (e.code === code ? { ...e, ...patch } : e)));
  return (
    <Table<ReviewPoint> size="small" rowKey={(p) => p.code ?? ''} dataSource={points} pagination={false} data-testid="review-checklist"
      columns={[
        { title: t('casePage.point.code'), dataIndex: 'code', width: 56 },
        { title: t('casePage.point.text'), dataIndex: 'text' },
        {
          title: t('casePage.point.result'), key: 'result', width: 200, render: (_, p) => (
            <Radio.Group size="small" optionType="button" value={value.find((e) => e.code === p.code)?.result} data-testid={`point-${p.code}`}
              onChange={(e) => set(p.code ?? '', { result: e.target.value, basis: e.target.value === 'pass' ? '' : (value.find((x) => x.code === p.code)?.basis || p.basis || '') })}
              options={(['pass', 'supplement', 'fail'] as const).map((r) => ({ value: r, label: t(`casePage.point.${r}`) }))} />
          ),
        },
        {
          title: t('casePage.point.basis'), key: 'basis', width: 230, render: (_, p) => {
            const entry = value.find((e) => e.code === p.code);
            return entry && entry.result !== 'pass'
              ? <Input size="small" value={entry.basis} aria-label={`${t('casePage.point.basis')} ${p.code}`} onChange={(e) => set(p.code ?? '', { basis: e.target.value })} />
              : <span style={{ color: '#595959' }}>{p.basis}</span>;
          },
        },
      ]} />
  );
}
