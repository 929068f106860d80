// Swedish texts of the journeys area.
import type { AreaMessages } from '../en.js';
import type { enJourneys } from '../en/journeys.js';

export const svJourneys: AreaMessages<typeof enJourneys> = {
};
