import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { nodeColors, takenColor } from './instanceModel';

/** What the colours on the instance canvas mean. */
export default function Legend() {
  const { t } = useTranslation();
  const box = (ring: string, fill: string, dim = false) => (
    <span style={{ display: 'inline-block', width: 14, height: 10, border: `2px solid ${ring}`, background: fill, borderRadius: 3, outline: dim ? '2px dashed #8c8c8c' : undefined, verticalAlign: 'middle' }} />
  );
  return (
    <Space size={12} data-testid="instance-legend" style={{ fontSize: 12, color: '#56606d' }}>
      <span>{box(nodeColors.visited.ring, nodeColors.visited.fill)} {t('instance.legend.visited')}</span>
      <span>{box(nodeColors.waiting.ring, nodeColors.waiting.fill)} {t('instance.legend.waiting')}</span>
      <span>{box(nodeColors.faulted.ring, nodeColors.faulted.fill)} {t('instance.legend.faulted')}</span>
      <span>{box('#c9d3e0', '#fff', true)} {t('instance.legend.unvisited')}</span>
      <span><span style={{ display: 'inline-block', width: 18, borderTop: `3px solid ${takenColor}`, verticalAlign: 'middle' }} /> {t('instance.legend.taken')}</span>
      <span><span style={{ display: 'inline-block', width: 18, borderTop: '2px dashed #c9d3e0', verticalAlign: 'middle' }} /> {t('instance.legend.notTaken')}</span>
    </Space>
  );
}
