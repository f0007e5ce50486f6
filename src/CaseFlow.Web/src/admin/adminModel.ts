import type { components } from '../api/schema';

export type UserDto = components['schemas']['UserDto'];
export type OrgUnitDto = components['schemas']['OrgUnitDto'];
export type RightDto = components['schemas']['RightDto'];
export type CalendarStatusDto = components['schemas']['CalendarStatusDto'];
export type MembershipInput = components['schemas']['MembershipInput'];
export type OrgUnitKind = components['schemas']['OrgUnitKind'];
export type WindowRightKind = components['schemas']['WindowRightKind'];

export type AdminTab = 'users' | 'org-units' | 'rights' | 'calendar';
export const adminTabs: AdminTab[] = ['users', 'org-units', 'rights', 'calendar'];

/** `/admin/rights` → 'rights'; `/admin` (or anything else) → the first tab. */
export function adminTabOf(pathname: string): AdminTab {
  const part = pathname.split('/')[2] as AdminTab | undefined;
  return part && adminTabs.includes(part) ? part : 'users';
}

export const roles = ['admin', 'designer', 'clerk', 'approver', 'supervisor'];
export const orgKinds: OrgUnitKind[] = ['Province', 'City', 'District', 'Town', 'Community', 'Department', 'Window'];
export const rightKinds: WindowRightKind[] = ['RemoteIntake', 'FormReview', 'OriginalCheck', 'OneTimeNotice', 'ResultDelivery'];

export interface TreeNode {
  key: string;
  title: string;
  unit: OrgUnitDto;
  children: TreeNode[];
}

/** The org list (tree order, parents first) as nested nodes for antd's Tree. */
export function orgTree(units: OrgUnitDto[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  for (const unit of units) {
    const node: TreeNode = { key: unit.code, title: `${unit.name}（${unit.code}）`, unit, children: [] };
    nodes.set(unit.code, node);
    const parent = unit.parentCode ? nodes.get(unit.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
