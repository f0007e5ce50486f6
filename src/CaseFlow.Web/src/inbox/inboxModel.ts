import type { components } from '../api/schema';

export type TaskDto = components['schemas']['TaskDto'];
export type DelegationDto = components['schemas']['DelegationDto'];
export type SlaLevel = components['schemas']['SlaLevel'];
export type CaseStatus = components['schemas']['CaseStatus'];

/** The inbox's tabs: my tasks, the queues my roles may take (可领取), and what colleagues delegated to me (委托给我). */
export type InboxTab = 'mine' | 'queues' | 'delegated';

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

const dayMs = 24 * 3600 * 1000;
const shanghaiOffsetMs = 8 * 3600 * 1000;

function utc(value: string) {
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`).getTime();
}

/**
 * Working days left until the deadline, Monday to Friday in Asia/Shanghai, counted in whole days from today (negative when
 * overdue). An estimate for the list: the server's work calendar (holidays, make-up days) decides the level itself.
 */
export function workingDaysLeft(dueAtUtc: string, now: Date): number {
  const localDay = (ms: number) => Math.floor((ms + shanghaiOffsetMs) / dayMs);
  const start = localDay(now.getTime());
  const end = localDay(utc(dueAtUtc));
  const sign = end >= start ? 1 : -1;
  let count = 0;
  for (let d = start; d !== end; d += sign) {
    const next = d + sign;
    const weekday = (next + 4) % 7; // day 0 of the epoch was a Thursday
    if (weekday !== 0 && weekday !== 6) count += sign;
  }
  return count;
}

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
