import { useEffect, useMemo, useState } from 'react';
import { Background, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { Empty, List, Modal, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import ActivityNode from './ActivityNode';
import { diffDefinitions, isEmptyDiff, type DefinitionDiff } from './diff';
import { toFlowEdges, toFlowNodes } from './flowModel';
import type { ActivityDesc, DefinitionDoc } from './types';

const nodeTypes = { activity: ActivityNode };

/** Two versions side by side: added (green), removed (red) and changed (orange) nodes and connections, property changes listed. */
export default function DiffModal({ definitionId, versions, onClose }: { definitionId: string; versions: [number, number]; onClose(): void }) {
  const { t } = useTranslation();
  const [docs, setDocs] = useState<[DefinitionDoc, DefinitionDoc] | null>(null);
  const [descriptors, setDescriptors] = useState<ActivityDesc[]>([]);

  useEffect(() => {
    Promise.all([
      api.get('/api/definitions/{definitionId}/versions/{version}', { definitionId, version: versions[0] }),
      api.get('/api/definitions/{definitionId}/versions/{version}', { definitionId, version: versions[1] }),
      api.get('/api/definitions/activities'),
    ]).then(([a, b, acts]) => {
      setDocs([a as unknown as DefinitionDoc, b as unknown as DefinitionDoc]);
      setDescriptors(acts as unknown as ActivityDesc[]);
    }).catch(() => setDocs(null));
  }, [definitionId, versions]);

  const diff = useMemo(() => (docs ? diffDefinitions(docs[0], docs[1]) : null), [docs]);
  const byType = useMemo(() => new Map(descriptors.map((d) => [d.type, d])), [descriptors]);

  return (
    <Modal open onCancel={onClose} footer={null} width="96vw" style={{ top: 16 }} title={`${t('designer.diff')}：v${versions[0]} ↔ v${versions[1]}`}>
      {!docs || !diff ? <Spin /> : (
        <div data-testid="diff">
          <div style={{ display: 'flex', gap: 8, height: 340 }}>
            {docs.map((doc, side) => (
              <div key={side} style={{ flex: 1, border: '1px solid #e5e9f0', borderRadius: 4, display: 'flex', flexDirection: 'column' }}>
                <div style={{ padding: '2px 8px', background: '#fafbfd' }}>{side === 0 ? t('designer.left') : t('designer.right')} v{doc.version}</div>
                <div style={{ flex: 1 }}>
                  <ReactFlowProvider>
                    <ReactFlow nodes={toFlowNodes(doc, byType, new Map(), new Set(), [], marksFor(diff, side))}
                      edges={toFlowEdges(doc, [], edgeMarks(diff, side))} nodeTypes={nodeTypes} fitView nodesDraggable={false}
                      nodesConnectable={false} proOptions={{ hideAttribution: true }}>
                      <Background />
                    </ReactFlow>
                  </ReactFlowProvider>
                </div>
              </div>
            ))}
          </div>
          <DiffList diff={diff} />
        </div>
      )}
    </Modal>
  );
}

function marksFor(diff: DefinitionDiff, side: number) {
  const marks = new Map<string, 'added' | 'removed' | 'changed'>();
  if (side === 0) diff.removedNodes.forEach((id) => marks.set(id, 'removed'));
  else diff.addedNodes.forEach((id) => marks.set(id, 'added'));
  diff.changedNodes.forEach((c) => marks.set(c.id, 'changed'));
  return marks;
}

function edgeMarks(diff: DefinitionDiff, side: number) {
  const marks = new Map<string, 'added' | 'removed'>();
  (side === 0 ? diff.removedConnections : diff.addedConnections).forEach((k) => marks.set(k, side === 0 ? 'removed' : 'added'));
  return marks;
}

function DiffList({ diff }: { diff: DefinitionDiff }) {
  const { t } = useTranslation();
  if (isEmptyDiff(diff)) return <Empty description={t('diff.noChanges')} />;
  const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));
  const rows = [
    ...diff.addedNodes.map((id) => ({ key: `+${id}`, tag: <Tag color="green">{t('diff.added')}</Tag>, text: `${t('diff.nodes')} ${id}` })),
    ...diff.removedNodes.map((id) => ({ key: `-${id}`, tag: <Tag color="red">{t('diff.removed')}</Tag>, text: `${t('diff.nodes')} ${id}` })),
    ...diff.changedNodes.flatMap((c) => c.changes.map((p) => ({
      key: `~${c.id}${p.path}`, tag: <Tag color="orange">{t('diff.changed')}</Tag>,
      text: `${c.id} · ${p.path}: ${show(p.before)} → ${show(p.after)}`,
    }))),
    ...diff.addedConnections.map((k) => ({ key: `+c${k}`, tag: <Tag color="green">{t('diff.added')}</Tag>, text: `${t('diff.connections')} ${k}` })),
    ...diff.removedConnections.map((k) => ({ key: `-c${k}`, tag: <Tag color="red">{t('diff.removed')}</Tag>, text: `${t('diff.connections')} ${k}` })),
  ];
  return (
    <List size="small" style={{ maxHeight: 220, overflow: 'auto', marginTop: 8 }} dataSource={rows} data-testid="diff-list"
      renderItem={(r) => <List.Item style={{ padding: '2px 0' }}>{r.tag}<Typography.Text>{r.text}</Typography.Text></List.Item>} />
  );
}
