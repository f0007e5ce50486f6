import type { components } from '../api/schema';
import type { TaskDto } from '../inbox/inboxModel';

export type CaseDto = components['schemas']['CaseDto'];
export type ServiceItemDto = components['schemas']['ServiceItemDto'];
export type FormField = components['schemas']['FormField'];
export type ReviewPoint = components['schemas']['ReviewPoint'];
export type CaseMaterial = components['schemas']['CaseMaterial'];
export type DocumentDto = components['schemas']['DocumentDto'];
export type TimelineEntryDto = components['schemas']['TimelineEntryDto'];
export type ClockDto = components['schemas']['ClockDto'];
export type ExclusionReason = components['schemas']['ExclusionReason'];

/** One point of a review's checklist as the server takes it (README "API", /api/tasks complete). */
export interface ChecklistEntry {
  code: string;
  result: 'pass' | 'supplement' | 'fail';
  basis: string;
}

/** The outcome a checklist leads to: a failed point rejects, a point needing 补正 (or a missing required material) asks for a supplement. */
export function checklistOutcome(entries: ChecklistEntry[], missingRequired: boolean): 'pass' | 'supplement' | 'reject' {
  if (entries.some((e) => e.result === 'fail')) return 'reject';
  if (missingRequired || entries.some((e) => e.result === 'supplement')) return 'supplement';
  return 'pass';
}

/** What a one-time notice (一次性告知) would list: each missing required or faulty material, then each point needing 补正 with its basis. */
export function noticeLines(materials: CaseMaterial[], faulty: string[], entries: ChecklistEntry[], points: ReviewPoint[]) {
  const fromMaterials = materials.filter((m) => (m.required && m.state === 'Missing') || faulty.includes(m.code ?? ''))
    .map((m) => ({ code: m.code ?? '', name: m.name ?? '', problem: faulty.includes(m.code ?? '') ? 'faulty' : 'missing', basis: '' }));
  const fromPoints = entries.filter((e) => e.result === 'supplement').map((e) => {
    const point = points.find((p) => p.code === e.code);
    return { code: e.code, name: point?.text ?? e.code, problem: point?.supplement ?? '', basis: e.basis || point?.basis || '' };
  });
  return [...fromMaterials, ...fromPoints];
}

/** The task the page acts on: the one named in ?task= when it is still open, else the case's first open task. */
export function currentTask(tasks: TaskDto[], wanted: string | null): TaskDto | null {
  const open = tasks.filter((t) => t.status === 'Open' || t.status === 'Claimed');
  return open.find((t) => String(t.id) === wanted) ?? open[0] ?? null;
}

/** Steps a task may be returned to (退回): earlier completed steps of the case, latest first, each once. */
export function returnTargets(tasks: TaskDto[], current: TaskDto): { activityId: string; title: string }[] {
  const seen = new Set<string>();
  return tasks.filter((t) => t.status === 'Completed' && t.activityId !== current.activityId && Number(t.id) < Number(current.id))
    .reverse().filter((t) => !seen.has(t.activityId) && seen.add(t.activityId)).map((t) => ({ activityId: t.activityId, title: t.title }));
}

/** A form value as text: arrays joined, objects as JSON, empty as a dash. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(fieldText).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}
