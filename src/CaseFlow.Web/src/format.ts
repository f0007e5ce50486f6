const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** yyyy-MM-dd HH:mm in Asia/Shanghai, whatever the browser's zone; the server sends UTC (with or without a Z). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const utc = /[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`;
  const p = Object.fromEntries(parts.formatToParts(new Date(utc)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
