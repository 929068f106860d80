// Escapes a text so that it matches itself literally inside a regular expression (search filters, link patterns).
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
