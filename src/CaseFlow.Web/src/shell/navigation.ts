/** Which pages each role reaches (navigation by role; the server still decides every act). */
export interface NavItem {
  key: string;
  path: string;
  roles: string[] | null;
}

export const navItems: NavItem[] = [
  { key: 'home', path: '/', roles: null },
  { key: 'inbox', path: '/inbox', roles: ['clerk', 'approver'] },
  { key: 'designer', path: '/designer', roles: ['designer'] },
  { key: 'intake', path: '/intake', roles: ['clerk'] },
  { key: 'approval', path: '/approval', roles: ['approver'] },
  { key: 'supervision', path: '/supervision', roles: ['supervisor'] },
  { key: 'admin', path: '/admin', roles: ['admin'] },
];

export function visibleNav(roles: string[]) {
  return navItems.filter((n) => n.roles === null || n.roles.some((r) => roles.includes(r)));
}

/** The nav item a path belongs to (longest matching prefix). */
export function activeNav(path: string) {
  const pathname = path.split('?')[0];
  return [...navItems].sort((a, b) => b.path.length - a.path.length)
    .find((n) => (n.path === '/' ? pathname === '/' : pathname === n.path || pathname.startsWith(`${n.path}/`)));
}
