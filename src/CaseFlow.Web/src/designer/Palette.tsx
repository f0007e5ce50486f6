import { memo } from 'react';
import { Collapse, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityDesc } from './types';

/** The palette, built from the server's activity descriptors, by category; drag onto the canvas or click to add. */
function Palette({ descriptors, onAdd }: { descriptors: ActivityDesc[]; onAdd(type: string): void }) {
  const { t } = useTranslation();
  const categories = [...new Set(descriptors.map((d) => d.category))];
  return (
    <div style={{ width: 168, overflow: 'auto', borderRight: '1px solid #e5e9f0', background: '#fff' }} data-testid="palette">
      <div style={{ padding: '8px 12px', fontWeight: 600 }}>{t('designer.palette')}</div>
      <Collapse size="small" bordered={false} defaultActiveKey={categories}
        items={categories.map((c) => ({
          key: c, label: c,
          children: descriptors.filter((d) => d.category === c).map((d) => (
            <Tooltip key={d.type} title={d.description} placement="right">
              <div
                draggable
                data-testid={`palette-${d.type}`}
                onDragStart={(e) => { e.dataTransfer.setData('application/caseflow-activity', d.type); e.dataTransfer.effectAllowed = 'move'; }}
                onClick={() => onAdd(d.type)}
                style={{ padding: '4px 8px', margin: '2px 0', border: '1px solid #d9e0ea', borderRadius: 4, cursor: 'grab', background: '#fafbfd', fontSize: 12 }}
              >
                {d.displayName} <span style={{ color: '#5c6773' }}>{d.type}</span>
              </div>
            </Tooltip>
          )),
        }))} />
    </div>
  );
}

export default memo(Palette);
