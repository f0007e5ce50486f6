import { describe, expect, it } from 'vitest';
import type { TaskDto } from '../src/inbox/inboxModel';
import { checklistOutcome, currentTask, fieldText, noticeLines, returnTargets } from '../src/case/caseModel';

function task(patch: Partial<TaskDto>): TaskDto {
  return {
    id: 1, caseId: 1, caseNo: 'N1', itemName: '身份证换领', title: '受理审查', activityId: 'review', activityType: 'FormReview', role: 'clerk',
    orgUnitId: 1, status: 'Open', outcomes: ['pass', 'supplement', 'reject'], assigneeUserId: null, outcome: null, completedBy: null, completedOnBehalfOf: null,
    cancelReason: null, createdAtUtc: '2026-12-01T01:00:00Z', closedAtUtc: null, dueAtUtc: null, level: 'Green', supervisesTaskId: null,
    caseDueAtUtc: null, caseLevel: 'Green', applicantName: '张*', caseReceivedAtUtc: '2026-12-01T01:00:00Z', intakeWindowId: 1, homeDepartmentId: null,
    homeRegionCode: null, intakeWindowName: '渝中区综合窗口', homeDepartmentName: null, workingDaysLeft: null, ...patch,
  };
}

describe('the review checklist', () => {
  it('leads to reject on a failed point, to a supplement on a point needing it or a missing material, else to pass', () => {
    expect(checklistOutcome([{ code: 'R01', result: 'pass', basis: '' }], false)).toBe('pass');
    expect(checklistOutcome([{ code: 'R01', result: 'pass', basis: '' }], true)).toBe('supplement');
    expect(checklistOutcome([{ code: 'R01', result: 'supplement', basis: 'x' }], false)).toBe('supplement');
    expect(checklistOutcome([{ code: 'R01', result: 'supplement', basis: 'x' }, { code: 'R02', result: 'fail', basis: 'y' }], true)).toBe('reject');
  });

  it('previews the notice: missing required and faulty materials, then points needing 补正 with their basis', () => {
    const materials = [
      { code: 'M01', name: '身份证', required: true, state: 'Submitted' as const },
      { code: 'M02', name: '照片', required: true, state: 'Missing' as const },
      { code: 'M03', name: '回执', required: false, state: 'Missing' as const },
    ];
    const points = [{ code: 'R02', text: '照片符合标准', supplement: '请重新拍摄', basis: '《居民身份证法》第八条' }];
    const lines = noticeLines(materials, ['M01'], [{ code: 'R02', result: 'supplement', basis: '' }], points);
    expect(lines.map((l) => [l.code, l.problem, l.basis])).toEqual([
      ['M01', 'faulty', ''], ['M02', 'missing', ''], ['R02', '请重新拍摄', '《居民身份证法》第八条'],
    ]);
  });
});

describe('the case page', () => {
  it('acts on the task named in the address while it is open, else on the first open task', () => {
    const tasks = [task({ id: 1, status: 'Completed' }), task({ id: 2, status: 'Claimed' }), task({ id: 3 })];
    expect(currentTask(tasks, '3')?.id).toBe(3);
    expect(currentTask(tasks, '1')?.id).toBe(2);
    expect(currentTask(tasks, null)?.id).toBe(2);
    expect(currentTask([task({ status: 'Completed' })], null)).toBeNull();
  });

  it('returns only to earlier completed steps, latest first, each once', () => {
    const tasks = [
      task({ id: 1, activityId: 'review', title: '受理审查', status: 'Completed' }),
      task({ id: 2, activityId: 'accept', title: '受理', status: 'Completed' }),
      task({ id: 3, activityId: 'review', title: '受理审查', status: 'Completed' }),
      task({ id: 4, activityId: 'approval', title: '审批', status: 'Claimed' }),
    ];
    expect(returnTargets(tasks, tasks[3])).toEqual([{ activityId: 'review', title: '受理审查' }, { activityId: 'accept', title: '受理' }]);
  });

  it('shows form values as text', () => {
    expect(fieldText(null)).toBe('—');
    expect(fieldText(['a', 'b'])).toBe('a、b');
    expect(fieldText(true)).toBe('是');
    expect(fieldText(3)).toBe('3');
  });
});
