import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { Tooltip } from 'antd';
import type { ActivityDesc, ActivityDoc } from './types';

export type FlowNodeData = {
  doc: ActivityDoc;
  desc?: ActivityDesc;
  ports: string[];
  problems: string[];
  match: boolean;
  mark?: 'added' | 'removed' | 'changed';
};
export type FlowNode = Node<FlowNodeData, 'activity'>;

const markColors = { added: '#52c41a', removed: '#ff4d4f', changed: '#faad14' };

/** A step on the canvas: its name and type, a red frame and badge when the server's validation found problems, one handle per named port. */
function ActivityNode({ data, selected }: NodeProps<FlowNode>) {
  const { doc, desc, ports, problems, match, mark } = data;
  const border = problems.length > 0 ? '#ff4d4f' : mark ? markColors[mark] : selected ? '#1677ff' : '#c9d3e0';
  return (
    <div
      data-testid={`node-${doc.id}`}
      data-problems={problems.length}
      style={{
        width: 180, minHeight: 48, background: mark === 'removed' ? '#fff1f0' : '#fff', border: `2px solid ${border}`, borderRadius: 6,
        boxShadow: selected ? '0 0 0 3px rgba(22,119,255,.25)' : match ? '0 0 0 3px rgba(250,173,20,.6)' : undefined, fontSize: 12, position: 'relative',
      }}
    >
      <Handle type="target" position={Position.Left} id="in" />
      <div style={{ padding: '6px 8px', borderBottom: ports.length > 1 ? '1px solid #eef1f5' : undefined }}>
        <div style={{ fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{doc.name || desc?.displayName || doc.type}</div>
        <div style={{ color: '#5c6773' }}>{desc?.displayName ?? doc.type} · {doc.id}</div>
      </div>
      {problems.length > 0 && (
        <Tooltip title={problems.join('\n')}>
          <span data-testid={`node-problems-${doc.id}`} style={{ position: 'absolute', top: -9, right: -9, background: '#cf1322', color: '#fff', borderRadius: 9, minWidth: 18, height: 18, textAlign: 'center', lineHeight: '18px', fontSize: 11 }}>
            {problems.length}
          </span>
        </Tooltip>
      )}
      {ports.length > 1 && ports.map((port) => (
        <div key={port} style={{ position: 'relative', textAlign: 'right', padding: '0 12px 0 8px', height: 18, lineHeight: '18px', color: '#56606d' }}>
          {port}
          <Handle type="source" position={Position.Right} id={port} data-testid={`port-${doc.id}-${port}`} style={{ top: 9 }} />
        </div>
      ))}
      {ports.length === 1 && <Handle type="source" position={Position.Right} id={ports[0]} data-testid={`port-${doc.id}-${ports[0]}`} />}
    </div>
  );
}

export default memo(ActivityNode);
