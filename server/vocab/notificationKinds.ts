// The kinds of event a person can be notified about, and how each may be delivered (chosen per kind). Kinds are
// stored as keys of a person's preferences, so they hold no dots.
export const notificationKinds = [
  'reply',
  'threadActivity',
  'mention',
  'newThread',
  'contentUpdate',
  'newContent',
  'practiceWorkflow',
  'joinRequest',
  'flag',
  'reportOutcome',
  'invitation',
  'savedSearch',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** in-app only · e-mail at once · gathered in the daily or weekly digest (all also in-app) · not at all. */
export const deliveryChoices = ['inApp', 'email', 'daily', 'weekly', 'never'] as const;
export type DeliveryChoice = (typeof deliveryChoices)[number];

export const defaultDelivery: Readonly<Record<NotificationKind, DeliveryChoice>> = {
  reply: 'email',
  threadActivity: 'inApp',
  mention: 'email',
  newThread: 'daily',
  contentUpdate: 'weekly',
  newContent: 'daily',
  practiceWorkflow: 'email',
  joinRequest: 'email',
  flag: 'inApp',
  reportOutcome: 'inApp',
  invitation: 'email',
  savedSearch: 'daily',
};

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (notificationKinds as readonly string[]).includes(value);
