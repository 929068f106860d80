// What a person can follow: places and items (by id), people (by user id), competences and tags (by their value).
export const followTargetTypes = ['community', 'thread', 'practice', 'resource', 'collection', 'author', 'competence', 'tag'] as const;
export type FollowTargetType = (typeof followTargetTypes)[number];
