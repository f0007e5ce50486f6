import { useEffect, useMemo, useState } from 'react';
import { Background, Controls, ReactFlow, ReactFlowProvider, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Alert, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { toFlowEdges, toFlowNodes } from '../designer/flowModel';
import { autoLayout } from '../designer/layout';
import type { ActivityDesc, DefinitionDoc } from '../designer/types';
import InstanceNode, { type InstanceFlowNode } from './InstanceNode';
import InstanceSidePanel from './InstanceSidePanel';
import Legend from './Legend';
import { nodeStates, takenColor, takenConnections, type CaseWorkflow } from './instanceModel';

const nodeTypes = { activity: InstanceNode };

/**
 * 流程实例: the definition version a case runs, drawn read-only with the designer's nodes, the path taken highlighted (its
 * connections and the steps passed), the step it waits at marked, and the path, waits and incidents listed beside it.
 */
export default function InstanceViewer({ caseId }: { caseId: string | number }) {
  const { t } = useTranslation();
  const [view, setView] = useState<CaseWorkflow>();
  const [doc, setDoc] = useState<DefinitionDoc>();
  const [descriptors, setDescriptors] = useState<ActivityDesc[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    void Promise.all([api.get('/api/cases/{id}/workflow', { id: String(caseId) }), api.get('/api/definitions/activities')]).then(async ([v, d]) => {
      const loaded = v as unknown as CaseWorkflow;
      // Steps the designer never placed are laid out by ELK; placed ones keep their position.
      const placed = loaded.definition.root.activities.every((a) => a.designer) ? loaded.definition : await autoLayout(loaded.definition, false);
      if (!live) return;
      setView(loaded);
      setDoc(placed);
      setDescriptors(d as unknown as ActivityDesc[]);
    }, (e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [caseId]);

  const { nodes, edges } = useMemo(() => {
    if (!view || !doc) return { nodes: [] as InstanceFlowNode[], edges: [] as Edge[] };
    const byType = new Map(descriptors.map((x) => [x.type, x]));
    const states = nodeStates(view);
    const taken = takenConnections(view);
    const nodes = toFlowNodes(doc, byType, new Map(), new Set(), []).map((n) => {
      const state = states.get(n.id) ?? 'unvisited';
      return {
        ...n, draggable: false, selectable: false, connectable: false,
        data: { ...n.data, state, badge: state === 'waiting' ? t('instance.state.waiting') : state === 'faulted' ? t('instance.state.faulted') : undefined },
      } as InstanceFlowNode;
    });
    const edges = toFlowEdges(doc, []).map((e) => {
      const times = taken.get(e.id);
      return {
        ...e, selectable: false, focusable: false, animated: false,
        className: times ? 'instance-edge-taken' : 'instance-edge',
        label: times && times > 1 ? `${e.label ?? ''} ×${times}`.trim() : e.label,
        style: times ? { stroke: takenColor, strokeWidth: 3 } : { stroke: '#c9d3e0', strokeDasharray: '4 4' },
        zIndex: times ? 1 : 0,
      } as Edge;
    });
    return { nodes, edges };
  }, [view, doc, descriptors, t]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!view || !doc) return <Spin style={{ margin: 48 }} />;
  return (
    <div data-testid="instance-viewer" style={{ display: 'flex', gap: 12, height: '100%', minHeight: 540 }}>
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0, border: '1px solid #e5e9f0', borderRadius: 6, background: '#fafbfc' }}>
        <div style={{ padding: '6px 10px', borderBottom: '1px solid #e5e9f0', display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <strong data-testid="instance-case-no">{view.caseNo}</strong>
          <span>{doc.name}</span>
          <Tag data-testid="instance-version">{t('instance.version', { id: doc.definitionId, version: doc.version })}</Tag>
          <Tag color={view.status === 'Finished' ? 'green' : view.status === 'Faulted' ? 'red' : 'blue'} data-testid="instance-status">
            {t(`instance.status.${view.status}`)}
          </Tag>
          <span style={{ flex: 1 }} />
          <Legend />
        </div>
        <div style={{ flex: 1, minHeight: 420 }}>
          <ReactFlowProvider>
            <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView minZoom={0.1} nodesDraggable={false} nodesConnectable={false}
              elementsSelectable={false} deleteKeyCode={null} proOptions={{ hideAttribution: true }}>
              <Background />
              <Controls showInteractive={false} />
            </ReactFlow>
          </ReactFlowProvider>
        </div>
      </div>
      <InstanceSidePanel view={view} doc={doc} />
    </div>
  );
}
