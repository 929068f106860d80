// English texts of the signed-in journeys (accounts, editor, review, collections, live rooms, moderation).
export const enJourneys = {
} as const;
