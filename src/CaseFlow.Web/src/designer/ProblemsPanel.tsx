import { memo } from 'react';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValidationProblem } from './types';

/** The server's validation problems; clicking one selects its node. */
function ProblemsPanel({ problems, nodeOf, onPick }: {
  problems: ValidationProblem[];
  nodeOf(p: ValidationProblem): string | null;
  onPick(nodeId: string): void;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ height: 132, overflow: 'auto', borderTop: '1px solid #e5e9f0', background: '#fff' }} data-testid="problems">
      <div style={{ padding: '4px 12px', fontWeight: 600 }}>{t('designer.problems')}（{problems.length}）</div>
      {problems.length === 0
        ? <Typography.Text type="success" style={{ padding: '0 12px' }} data-testid="no-problems">{t('designer.noProblems')}</Typography.Text>
        : <List size="small" dataSource={problems} renderItem={(p) => {
            const node = nodeOf(p);
            return (
              <List.Item style={{ padding: '2px 12px', cursor: node ? 'pointer' : undefined }} onClick={() => node && onPick(node)} data-testid="problem">
                <Typography.Text type="danger" style={{ marginRight: 8 }}>{p.code}</Typography.Text>
                <Typography.Text code>{p.path}</Typography.Text>
                <span style={{ marginLeft: 8 }}>{p.message}</span>
              </List.Item>
            );
          }} />}
    </div>
  );
}

export default memo(ProblemsPanel);
