/** The variables an admin fixes before a retry: empty for none, else a JSON object (an array or a scalar is refused). */
export function parseVariables(text: string): { ok: true; variables: Record<string, unknown> | null } | { ok: false } {
  if (text.trim() === '') return { ok: true, variables: null };
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ok: true, variables: value as Record<string, unknown> } : { ok: false };
  } catch {
    return { ok: false };
  }
}
