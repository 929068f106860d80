// Polish texts of the public area.
import type { AreaMessages } from '../en.js';
import type { enPublic } from '../en/public.js';

export const plPublic: AreaMessages<typeof enPublic> = {
};
