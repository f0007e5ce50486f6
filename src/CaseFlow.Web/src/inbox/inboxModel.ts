import type { components } from '../api/schema';

export type TaskDto = components['schemas']['TaskDto'];
export type DelegationDto = components['schemas']['DelegationDto'];
export type SlaLevel = components['schemas']['SlaLevel'];
export type CaseStatus = components['schemas']['CaseStatus'];

export type TransferCandidateDto = components['schemas']['TransferCandidateDto'];

/** The inbox's tabs: my tasks, the queues my roles may take (可领取), what I completed (办过的), and what colleagues delegated to me (委托给我). */
export type InboxTab = 'mine' | 'queues' | 'done' | 'delegated';

export const inboxTabs: InboxTab[] = ['mine', 'queues', 'done', 'delegated'];

/** The case page a task opens on (issue 12 point 2). */
export function casePath(task: Pick<TaskDto, 'caseId' | 'id'>): string {
  return `/cases/${task.caseId}?task=${task.id}`;
}

/** Candidates every one of the tasks may go to (a bulk transfer offers only those). */
export function commonCandidates(lists: TransferCandidateDto[][]): TransferCandidateDto[] {
  if (lists.length === 0) return [];
  return lists[0].filter((c) => lists.every((l) => l.some((o) => o.userName === c.userName)));
}

/** The filters the task API takes as query parameters (README "API", /api/tasks). */
export interface InboxFilters {
  itemCode?: string;
  status?: CaseStatus;
  level?: SlaLevel;
  region?: string;
  q?: string;
  from?: string;
  to?: string;
  sort?: 'deadline' | 'created';
}

const filterKeys: (keyof InboxFilters)[] = ['itemCode', 'status', 'level', 'region', 'q', 'from', 'to', 'sort'];

/** The query string for the filters: empty values left out, keys in a fixed order (so equal filters give equal strings). */
export function filtersToQuery(filters: InboxFilters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}

/** The filters back from a query string; unknown keys and empty values are dropped. */
export function queryToFilters(query: string): InboxFilters {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters as InboxFilters;
}

export type DeadlineColor = 'green' | 'gold' | 'red';

/** The tag colour of a level: green on track, yellow (预警) near due, red (超期) overdue. */
export function levelColor(level: SlaLevel): DeadlineColor {
  return level === 'Red' ? 'red' : level === 'Yellow' ? 'gold' : 'green';
}

/** The step's own deadline when it has one, else the case's committed deadline (as the server sorts, TaskDtos.cs). */
export function effectiveDeadline(task: Pick<TaskDto, 'dueAtUtc' | 'level' | 'caseDueAtUtc' | 'caseLevel'>): { dueAtUtc: string | null; level: SlaLevel } {
  return task.dueAtUtc ? { dueAtUtc: task.dueAtUtc, level: task.level } : { dueAtUtc: task.caseDueAtUtc, level: task.caseLevel };
}

const shanghaiOffsetMs = 8 * 3600 * 1000;

/** Today's date (yyyy-MM-dd) in Asia/Shanghai, as delegations count their days. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + shanghaiOffsetMs).toISOString().slice(0, 10);
}

/**
 * The tasks of mine that are there because a colleague delegated them to me: assigned to the giver of a delegation I
 * received that is in force today. /api/auth/me carries no user id, so "me" is the receiver who also holds tasks of
 * their own; when that cannot be told (no task of my own yet), nothing is shown as delegated rather than a wrong guess.
 */
export function delegatedTasks(tasks: TaskDto[], delegations: DelegationDto[], now: Date): TaskDto[] {
  const today = shanghaiToday(now);
  const active = delegations.filter((d) => !d.revokedAtUtc && d.from <= today && today <= d.to);
  const assignees = new Set(tasks.map((t) => String(t.assigneeUserId)));
  const me = active.map((d) => String(d.toUserId)).find((r) => assignees.has(r));
  if (me === undefined) return [];
  const givers = new Set(active.filter((d) => String(d.toUserId) === me).map((d) => String(d.fromUserId)));
  return tasks.filter((t) => t.assigneeUserId != null && givers.has(String(t.assigneeUserId)));
}
