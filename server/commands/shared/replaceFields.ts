// Applies a flat edit to editable fields: each given field replaces the stored one, null removes it, absent keeps it.

export function replaceFields<T extends object>(current: T, changes: Record<string, unknown>): T {
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}
