// Meilisearch filter expressions built from validated values only, each value quoted and escaped, and the
// reader's visibility clause, so a reader never receives (nor sees counted) what they may not see.

/** A filter string literal: `"…"` with backslashes and double quotes escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Which community-only content a reader may see: every community's (site admins) or those they are an active member of. */
export type ReaderScope = { readonly allCommunities: true } | { readonly allCommunities: false; readonly communityIds: readonly string[] };

/** Array-form filter: the outer array is AND, an inner array is OR. */
export type FilterClauses = Array<string | string[]>;

export function visibilityClause(scope: ReaderScope): string[] | null {
  if (scope.allCommunities) return null;
  if (scope.communityIds.length === 0) return [`visibility = ${quoteFilterValue('public')}`];
  return [
    `visibility = ${quoteFilterValue('public')}`,
    `visibility = ${quoteFilterValue('members')} AND communityId IN [${scope.communityIds.map(quoteFilterValue).join(', ')}]`,
  ];
}

/** `field = "a" OR field = "b"` as an inner OR array for each field with selected values. */
export function valueClauses(selected: Readonly<Record<string, readonly string[] | undefined>>): FilterClauses {
  const clauses: FilterClauses = [];
  for (const [field, values] of Object.entries(selected)) {
    if (values && values.length) clauses.push(values.map((value) => `${field} = ${quoteFilterValue(value)}`));
  }
  return clauses;
}
