import { describe, expect, it } from 'vitest';
import type { DelegationDto, TaskDto } from '../src/inbox/inboxModel';
import { casePath, commonCandidates, delegatedTasks, effectiveDeadline, filtersToQuery, levelColor, queryToFilters } from '../src/inbox/inboxModel';
import { loadSavedFilters, removeFilter, saveFilter, savedToFilters, storageKey } from '../src/inbox/savedFilters';

// Wednesday 2026-12-02 10:00 in Asia/Shanghai.
const now = new Date('2026-12-02T02:00:00Z');

function task(patch: Partial<TaskDto>): TaskDto {
  return {
    id: 1, caseId: 1, caseNo: 'N1', itemName: '身份证换领', title: '受理审查', activityId: 'review', activityType: 'HumanTask', role: 'clerk',
    orgUnitId: 1, status: 'Claimed', outcomes: [], assigneeUserId: 10, outcome: null, completedBy: null, completedOnBehalfOf: null,
    cancelReason: null, createdAtUtc: '2026-12-01T01:00:00Z', closedAtUtc: null, dueAtUtc: null, level: 'Green', supervisesTaskId: null,
    caseDueAtUtc: null, caseLevel: 'Green', applicantName: '张*', caseReceivedAtUtc: '2026-12-01T01:00:00Z', intakeWindowId: 1, homeDepartmentId: null,
    homeRegionCode: null, intakeWindowName: '渝中区综合窗口', homeDepartmentName: null, workingDaysLeft: null, ...patch,
  };
}

describe('deadline tag', () => {
  it('maps green, yellow and red levels to their tag colours', () => {
    expect(levelColor('Green')).toBe('green');
    expect(levelColor('Yellow')).toBe('gold');
    expect(levelColor('Red')).toBe('red');
  });

  it("takes the step's own deadline and level, else the case's", () => {
    expect(effectiveDeadline(task({ dueAtUtc: '2026-12-03T09:00:00Z', level: 'Yellow', caseDueAtUtc: '2026-12-20T09:00:00Z', caseLevel: 'Green' })))
      .toEqual({ dueAtUtc: '2026-12-03T09:00:00Z', level: 'Yellow' });
    expect(effectiveDeadline(task({ caseDueAtUtc: '2026-12-20T09:00:00Z', caseLevel: 'Red' }))).toEqual({ dueAtUtc: '2026-12-20T09:00:00Z', level: 'Red' });
  });

  it('opens a task on its case page and offers in a bulk transfer only who every task may go to', () => {
    expect(casePath(task({ id: 7, caseId: 3 }))).toBe('/cases/3?task=7');
    const a = { userName: 'clerk2', displayName: '张伟', role: 'clerk' };
    const b = { userName: 'm.district', displayName: '区级', role: 'clerk' };
    expect(commonCandidates([[a, b], [b]])).toEqual([b]);
    expect(commonCandidates([[a], [b]])).toEqual([]);
    expect(commonCandidates([])).toEqual([]);
  });
});

describe('filter serialisation', () => {
  it('writes set filters in a fixed order and leaves empty ones out', () => {
    expect(filtersToQuery({ q: ' 张三 ', level: 'Red', region: '', itemCode: 'X1' })).toBe('itemCode=X1&level=Red&q=%E5%BC%A0%E4%B8%89');
    expect(filtersToQuery({}, { pageSize: 200 })).toBe('pageSize=200');
  });

  it('reads back what it wrote and drops unknown keys', () => {
    const filters = { itemCode: 'X1', status: 'InReview', level: 'Yellow', region: '500103', q: 'CQ-2026', from: '2026-12-01', to: '2026-12-02', sort: 'created' } as const;
    expect(queryToFilters(filtersToQuery(filters))).toEqual(filters);
    expect(queryToFilters('?level=Red&evil=1&q=')).toEqual({ level: 'Red' });
  });
});

describe('saved filters', () => {
  function memory() {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
  }

  it('keeps named filters per user, replacing by name, and removes them', () => {
    const storage = memory();
    saveFilter(storage, 'clerk', '超期', { level: 'Red' });
    saveFilter(storage, 'clerk', '张三', { q: '张三' });
    saveFilter(storage, 'clerk', '超期', { level: 'Red', sort: 'created' });
    saveFilter(storage, 'clerk2', '预警', { level: 'Yellow' });
    const list = loadSavedFilters(storage, 'clerk');
    expect(list.map((f) => f.name)).toEqual(['张三', '超期']);
    expect(savedToFilters(list[1])).toEqual({ level: 'Red', sort: 'created' });
    expect(loadSavedFilters(storage, 'clerk2').map((f) => f.name)).toEqual(['预警']);
    expect(removeFilter(storage, 'clerk', '张三').map((f) => f.name)).toEqual(['超期']);
  });

  it('reads broken storage as no saved filters', () => {
    const storage = memory();
    storage.setItem(storageKey('clerk'), '{not json');
    expect(loadSavedFilters(storage, 'clerk')).toEqual([]);
    storage.setItem(storageKey('clerk'), JSON.stringify([{ name: 1 }, { name: 'ok', query: 'level=Red' }]));
    expect(loadSavedFilters(storage, 'clerk')).toEqual([{ name: 'ok', query: 'level=Red' }]);
  });
});

describe('delegated to me', () => {
  const delegation = (patch: Partial<DelegationDto>): DelegationDto => ({ id: 1, fromUserId: 20, toUserId: 10, from: '2026-12-01', to: '2026-12-05', reason: '年假', revokedAtUtc: null, ...patch });

  it("picks the tasks assigned to a colleague who delegated to me while the delegation is in force", () => {
    const tasks = [task({ id: 1, assigneeUserId: 10 }), task({ id: 2, assigneeUserId: 20 })];
    expect(delegatedTasks(tasks, [delegation({})], now).map((t) => t.id)).toEqual([2]);
    expect(delegatedTasks(tasks, [delegation({ revokedAtUtc: '2026-12-02T01:00:00Z' })], now)).toEqual([]);
    expect(delegatedTasks(tasks, [delegation({ from: '2026-12-03' })], now)).toEqual([]);
  });

  it('shows nothing as delegated when I only gave a delegation', () => {
    // I am user 20 and gave a delegation to 10: my tasks are assigned to me (20), none to 10.
    expect(delegatedTasks([task({ id: 3, assigneeUserId: 20 })], [delegation({})], now)).toEqual([]);
  });
});
