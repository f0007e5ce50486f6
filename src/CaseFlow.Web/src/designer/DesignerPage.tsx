import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, applyEdgeChanges, applyNodeChanges, useReactFlow,
  type Connection, type Edge, type EdgeChange, type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Alert, App, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shell/router';
import ActivityNode, { type FlowNode } from './ActivityNode';
import * as clipboard from './clipboard';
import { connectionKey } from './diff';
import { addNode, exportText, parseDefinition, removeNodes } from './document';
import { toFlowEdges, toFlowNodes } from './flowModel';
import { autoLayout } from './layout';
import Palette from './Palette';
import ProblemsPanel from './ProblemsPanel';
import PropertyPanel from './PropertyPanel';
import Toolbar from './Toolbar';
import { problemNode, type ActivityDoc, type ValidationProblem } from './types';
import { useDesigner } from './useDesigner';
import VersionsDrawer from './VersionsDrawer';
import DryRunModal, { type DryRunResult } from './DryRunModal';
import { api } from '../api/client';

const nodeTypes = { activity: ActivityNode };

export default function DesignerPage({ definitionId }: { definitionId: string }) {
  return <ReactFlowProvider><Designer definitionId={definitionId} /></ReactFlowProvider>;
}

function Designer({ definitionId }: { definitionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const newName = new URLSearchParams(location.search).get('name');
  const d = useDesigner(definitionId, newName);
  const { doc, commit } = d;
  const flow = useReactFlow();
  const byType = useMemo(() => new Map(d.descriptors.map((x) => [x.type, x])), [d.descriptors]);
  const [nodes, setNodes] = useState<FlowNode[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const [query, setQuery] = useState('');
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [dryRun, setDryRun] = useState<DryRunResult | null>(null);
  const [dryRunOpen, setDryRunOpen] = useState(false);
  // The visited nodes stay highlighted until the document changes.
  useEffect(() => setDryRun(null), [doc]);
  const fileInput = useRef<HTMLInputElement>(null);
  const fitted = useRef(false);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q && dryRun) return new Set(dryRun.visited);
    if (!q || !doc) return new Set<string>();
    return new Set(doc.root.activities.filter((a) => [a.id, a.name ?? '', a.type, byType.get(a.type)?.displayName ?? '']
      .some((s) => s.toLowerCase().includes(q))).map((a) => a.id));
  }, [query, doc, byType, dryRun]);

  useEffect(() => {
    if (!doc) return;
    setNodes((prev) => toFlowNodes(doc, byType, d.problemsByNode, matches, prev));
    setEdges((prev) => toFlowEdges(doc, prev));
  }, [doc, byType, d.problemsByNode, matches]);

  useEffect(() => {
    if (nodes.length > 0 && !fitted.current) {
      fitted.current = true;
      requestAnimationFrame(() => void flow.fitView({ maxZoom: 1 }));
    }
  }, [nodes.length, flow]);

  const selectedIds = useMemo(() => new Set(nodes.filter((n) => n.selected).map((n) => n.id)), [nodes]);
  const selectedNode = selectedIds.size === 1 ? doc?.root.activities.find((a) => selectedIds.has(a.id)) ?? null : null;

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) =>
    setNodes((ns) => applyNodeChanges(changes.filter((c) => c.type !== 'remove'), ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) =>
    setEdges((es) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), es)), []);

  const select = useCallback((ids: Set<string>, center = false) => {
    setNodes((ns) => ns.map((n) => (n.selected === ids.has(n.id) ? n : { ...n, selected: ids.has(n.id) })));
    const first = doc?.root.activities.find((a) => ids.has(a.id));
    if (center && first?.designer) void flow.setCenter(first.designer.x + 90, first.designer.y + 32, { zoom: 1, duration: 200 });
  }, [doc, flow]);

  const removeSelected = useCallback(() => {
    if (!doc) return;
    const edgeKeys = new Set(edges.filter((e) => e.selected).map((e) => e.id));
    if (selectedIds.size === 0 && edgeKeys.size === 0) return;
    commit(removeNodes(doc, selectedIds, edgeKeys, connectionKey));
  }, [doc, edges, selectedIds, commit]);

  const copy = useCallback(() => {
    if (doc && selectedIds.size > 0) clipboard.store(clipboard.copySelection(doc, selectedIds));
  }, [doc, selectedIds]);

  const paste = useCallback(() => {
    const clip = clipboard.load();
    if (!doc || !clip || clip.activities.length === 0) return;
    const result = clipboard.paste(doc, clip);
    commit(result.doc);
    setTimeout(() => select(new Set(result.ids)), 0);
  }, [doc, commit, select]);

  const add = useCallback((type: string, position?: { x: number; y: number }) => {
    const desc = byType.get(type);
    if (!doc || !desc) return;
    const at = position ?? flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
    const result = addNode(doc, desc, at);
    commit(result.doc);
    setTimeout(() => select(new Set([result.id])), 0);
  }, [doc, byType, flow, commit, select]);

  const onDrop = useCallback((e: DragEvent) => {
    const type = e.dataTransfer.getData('application/caseflow-activity');
    if (!type) return;
    e.preventDefault();
    add(type, flow.screenToFlowPosition({ x: e.clientX - 90, y: e.clientY - 24 }));
  }, [add, flow]);

  const onConnect = useCallback((c: Connection) => {
    if (!doc || !c.source || !c.target) return;
    const connection = { from: c.source, port: c.sourceHandle ?? 'done', to: c.target };
    if (doc.root.connections.some((x) => connectionKey(x) === connectionKey(connection))) return;
    commit({ ...doc, root: { ...doc.root, connections: [...doc.root.connections, connection] } });
  }, [doc, commit]);

  const onDragStop = useCallback((_: unknown, __: FlowNode, dragged: FlowNode[]) => {
    if (!doc) return;
    const moved = new Map(dragged.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
    commit({ ...doc, root: { ...doc.root, activities: doc.root.activities.map((a) => (moved.has(a.id) ? { ...a, designer: moved.get(a.id)! } : a)) } });
  }, [doc, commit]);

  const changeNode = useCallback((next: ActivityDoc) => {
    if (!doc) return;
    commit({ ...doc, root: { ...doc.root, activities: doc.root.activities.map((a) => (a.id === next.id ? next : a)) } }, `props:${next.id}`);
  }, [doc, commit]);

  const nodeOf = useCallback((p: ValidationProblem) => (doc ? problemNode(p, doc) : null), [doc]);
  const pick = useCallback((id: string) => select(new Set([id]), true), [select]);

  const exportJson = useCallback(() => {
    if (!doc) return;
    const url = URL.createObjectURL(new Blob([exportText(doc)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${doc.definitionId}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [doc]);

  const importFile = useCallback(async (file: File) => {
    const parsed = parseDefinition(await file.text());
    if (!parsed || !doc) { message.error(t('designer.invalidJson')); return; }
    // The page's definition keeps its id and version; the flow and its texts come from the file.
    const laidOut = await autoLayout({ ...parsed, definitionId: doc.definitionId, version: doc.version }, false);
    commit(laidOut);
    message.success(t('designer.imported'));
  }, [doc, commit, message, t]);

  const run = useCallback(async (what: () => Promise<number | null>, key: string) => {
    try {
      const version = await what();
      message.success(t(key, { version }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }, [message, t]);

  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, [contenteditable="true"], .ant-select')) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !e.shiftKey) { e.preventDefault(); d.undo(); }
      else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) { e.preventDefault(); d.redo(); }
      else if (mod && key === 'a') { e.preventDefault(); select(new Set(nodesRef.current.map((n) => n.id))); }
      else if (mod && key === 'c') copy();
      else if (mod && key === 'v') paste();
      else if (key === 'delete' || key === 'backspace') removeSelected();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [d, select, copy, paste, removeSelected]);

  if (d.error) return <Alert type="error" showIcon style={{ margin: 24 }} title={d.error} />;
  if (!doc) return <Spin style={{ margin: 48 }} />;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="designer">
      <Toolbar
        title={`${doc.name}（${doc.definitionId} · v${doc.version}${doc.isPublished ? '' : ` · ${t('definitions.draft')}`}）`}
        stats={t('designer.stats', { nodes: doc.root.activities.length, edges: doc.root.connections.length })}
        actions={{
          canUndo: d.canUndo, canRedo: d.canRedo, undo: d.undo, redo: d.redo, copy, paste, remove: removeSelected,
          fit: () => void flow.fitView({ duration: 200 }),
          layout: (all) => void autoLayout(doc, all).then((next) => { commit(next); requestAnimationFrame(() => void flow.fitView()); }),
          search: (q) => {
            setQuery(q);
            const first = doc.root.activities.find((a) => [a.id, a.name ?? '', a.type].some((s) => q && s.toLowerCase().includes(q.toLowerCase())));
            if (first) select(new Set([first.id]), true);
          },
          exportJson, importJson: () => fileInput.current?.click(),
          save: () => void run(d.save, 'designer.saved'), publish: () => void run(d.publish, 'designer.publishedOk'),
          versions: () => setVersionsOpen(true),
          dryRun: () => void api.post('/api/definitions/dry-run', undefined, { definition: doc })
            .then((r) => { setDryRun(r as unknown as DryRunResult); setDryRunOpen(true); }).catch((e: Error) => message.error(e.message)), back: () => navigate('/designer'),
        }} />
      <input ref={fileInput} type="file" accept="application/json,.json" style={{ display: 'none' }} data-testid="import-file"
        onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} />
      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <Palette descriptors={d.descriptors} onAdd={add} />
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 }}>
          <div style={{ flex: 1, minHeight: 0 }} onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }} onDrop={onDrop} data-testid="canvas">
            <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange}
              onConnect={onConnect} onNodeDragStop={onDragStop} deleteKeyCode={null} selectionKeyCode="Shift" multiSelectionKeyCode={['Control', 'Meta']}
              minZoom={0.1} proOptions={{ hideAttribution: true }}>
              <Background />
              <Controls showInteractive={false} />
              <MiniMap pannable zoomable style={{ width: 140, height: 90 }} />
            </ReactFlow>
          </div>
          <ProblemsPanel problems={d.problems} nodeOf={nodeOf} onPick={pick} />
        </div>
        <div style={{ width: 300, overflow: 'auto', borderLeft: '1px solid #e5e9f0', background: '#fff' }}>
          <div style={{ padding: '8px 12px', fontWeight: 600 }}>{t('designer.properties')}</div>
          <PropertyPanel node={selectedNode} desc={selectedNode ? byType.get(selectedNode.type) : undefined} onChange={changeNode} />
        </div>
      </div>
      {dryRun && dryRunOpen && <DryRunModal result={dryRun} onClose={() => setDryRunOpen(false)} />}
      <VersionsDrawer open={versionsOpen} definitionId={definitionId} current={doc} onClose={() => setVersionsOpen(false)}
        onOpenVersion={(v) => { setVersionsOpen(false); fitted.current = false; void d.load(v); }} />
    </div>
  );
}
