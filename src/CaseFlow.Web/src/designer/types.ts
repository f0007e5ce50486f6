/** The definition document as the designer edits it (the server's WorkflowDefinition JSON, workflows/*.json). */
export interface ActivityDoc {
  id: string;
  type: string;
  name?: string | null;
  props: Record<string, unknown>;
  designer?: { x: number; y: number } | null;
}

export interface ConnectionDoc {
  from: string;
  port: string;
  to: string;
}

export interface DefinitionDoc {
  definitionId: string;
  version: number;
  name: string;
  description?: string | null;
  isPublished?: boolean;
  isLatest?: boolean;
  variables: Record<string, unknown>;
  root: { activities: ActivityDoc[]; connections: ConnectionDoc[] };
}

export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

export interface PropDesc {
  name: string;
  label: string;
  schema: JsonSchema;
  required?: boolean;
  isExpression?: boolean;
}

export interface ActivityDesc {
  type: string;
  displayName: string;
  category: string;
  description: string;
  ports: string[];
  props: PropDesc[];
}

export interface ValidationProblem {
  code: string;
  path: string;
  message: string;
}

/** The ports a node offers, as the server's PortsFor: a non-empty `outcomes` prop replaces the descriptor's ports. */
export function portsOf(node: ActivityDoc, desc: ActivityDesc | undefined): string[] {
  const outcomes = node.props.outcomes;
  if (desc?.props.some((p) => p.name === 'outcomes') && Array.isArray(outcomes)) {
    const named = outcomes.filter((o): o is string => typeof o === 'string' && o.trim() !== '');
    if (named.length > 0) return named;
  }
  return desc?.ports ?? ['done'];
}

/** The node a validation problem's path points at (`activities[id]…`, or a connection's source). */
export function problemNode(problem: ValidationProblem, doc: DefinitionDoc): string | null {
  const activity = /^activities\[([^\]]+)\]/.exec(problem.path);
  if (activity) return activity[1];
  const connection = /^connections\[(\d+)\]/.exec(problem.path);
  if (connection) return doc.root.connections[Number(connection[1])]?.from ?? null;
  return null;
}
