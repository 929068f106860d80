// English texts of the public pages (home, browse, search, practices, resources, collections, communities).
export const enPublic = {
} as const;
