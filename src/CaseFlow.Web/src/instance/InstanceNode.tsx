import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import ActivityNode, { type FlowNode } from '../designer/ActivityNode';
import { nodeColors, type NodeState } from './instanceModel';

export type InstanceFlowNode = FlowNode & { data: FlowNode['data'] & { state: NodeState; badge?: string } };

/** The designer's step drawn read-only, ringed by its state in the instance (visited, waiting, faulted) and outlined dashed when not reached. */
function InstanceNode(props: NodeProps<InstanceFlowNode>) {
  const { state, badge } = props.data;
  const { ring, fill } = nodeColors[state];
  return (
    <div data-testid={`instance-node-${props.id}`} data-state={state}
      style={{ borderRadius: 8, boxShadow: state === 'unvisited' ? undefined : `0 0 0 4px ${ring}`, background: fill, position: 'relative',
        // Not reached: a dashed outline rather than fading, so its text keeps its contrast (WCAG AA, axe color-contrast).
        outline: state === 'unvisited' ? '2px dashed #8c8c8c' : undefined, outlineOffset: 2 }}>
      <ActivityNode {...(props as unknown as NodeProps<FlowNode>)} selected={false} />
      {badge && (
        <span data-testid={`instance-badge-${props.id}`}
          style={{ position: 'absolute', top: -12, left: 8, background: ring, color: '#fff', borderRadius: 9, padding: '0 8px', fontSize: 11, lineHeight: '18px' }}>
          {badge}
        </span>
      )}
    </div>
  );
}

export default memo(InstanceNode);
