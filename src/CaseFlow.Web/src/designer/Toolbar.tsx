import { Button, Input, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ToolbarActions {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
  copy(): void;
  paste(): void;
  remove(): void;
  fit(): void;
  layout(all: boolean): void;
  search(q: string): void;
  exportJson(): void;
  importJson(): void;
  save(): void;
  publish(): void;
  versions(): void;
  dryRun(): void;
  back(): void;
}

export default function Toolbar({ title, stats, actions }: { title: string; stats: string; actions: ToolbarActions }) {
  const { t } = useTranslation();
  const b = (key: string, onClick: () => void, extra: object = {}, keys?: string) => (
    <Tooltip title={keys}>
      <Button size="small" onClick={onClick} data-testid={`tool-${key}`} {...extra}>{t(`designer.${key}`)}</Button>
    </Tooltip>
  );
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 12px', background: '#fff', borderBottom: '1px solid #e5e9f0', flexWrap: 'wrap' }}>
      <Button size="small" type="link" onClick={actions.back} style={{ padding: 0 }}>{t('designer.back')}</Button>
      <Typography.Text strong data-testid="designer-title">{title}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="designer-stats">{stats}</Typography.Text>
      <div style={{ flex: 1 }} />
      <Space size={4} wrap>
        {b('undo', actions.undo, { disabled: !actions.canUndo }, 'Ctrl+Z')}
        {b('redo', actions.redo, { disabled: !actions.canRedo }, 'Ctrl+Y')}
        {b('copy', actions.copy, {}, 'Ctrl+C')}
        {b('paste', actions.paste, {}, 'Ctrl+V')}
        {b('remove', actions.remove, {}, 'Delete')}
        {b('fit', actions.fit)}
        {b('layout', () => actions.layout(false))}
        {b('layoutAll', () => actions.layout(true))}
        <Input.Search size="small" allowClear placeholder={t('designer.search')} style={{ width: 180 }} onSearch={actions.search} onChange={(e) => actions.search(e.target.value)} data-testid="search" />
        {b('exportJson', actions.exportJson)}
        {b('importJson', actions.importJson)}
        {b('history', actions.versions)}
        {b('dryRun', actions.dryRun)}
        {b('save', actions.save)}
        {b('publish', actions.publish, { type: 'primary' })}
      </Space>
    </div>
  );
}
