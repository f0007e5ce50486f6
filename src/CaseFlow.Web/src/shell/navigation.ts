/** Which pages each role reaches (navigation by role; the server still decides every act). */
export interface NavItem {
  key: string;
  path: string;
  roles: string[] | null;
  /** Reached by links (a case from the inbox or a list), not shown in the menu. */
  hidden?: boolean;
}

export const navItems: NavItem[] = [
  { key: 'home', path: '/', roles: null },
  { key: 'inbox', path: '/inbox', roles: ['clerk', 'approver'] },
  { key: 'designer', path: '/designer', roles: ['designer'] },
  { key: 'intake', path: '/intake', roles: ['clerk'] },
  { key: 'supervision', path: '/supervision', roles: ['supervisor'] },
  { key: 'incidents', path: '/incidents', roles: ['admin'] },
  { key: 'admin', path: '/admin', roles: ['admin'] },
  { key: 'cases', path: '/cases', roles: ['clerk', 'approver', 'supervisor', 'admin'], hidden: true },
];

/** The menu: what the roles reach, without the pages reached only by links. */
export function menuNav(roles: string[]) {
  return visibleNav(roles).filter((n) => !n.hidden);
}

export function visibleNav(roles: string[]) {
  return navItems.filter((n) => n.roles === null || n.roles.some((r) => roles.includes(r)));
}

/** The nav item a path belongs to (longest matching prefix). */
export function activeNav(path: string) {
  const pathname = path.split('?')[0];
  return [...navItems].sort((a, b) => b.path.length - a.path.length)
    .find((n) => (n.path === '/' ? pathname === '/' : pathname === n.path || pathname.startsWith(`${n.path}/`)));
}
