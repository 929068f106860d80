// Reads a scheduling form (a wall-clock date and time plus the zone it is meant in) into the publish command's
// request: the exact instant and the zone, refusing a malformed time, an unknown zone or an hour the zone skips.
import { instantOfLocal, isLocalDateTime, isTimeZone } from '../../content/zonedTime.js';
import { badRequest } from '../../errors.js';

export interface ScheduleForm {
  readonly local: string;
  readonly timeZone: string;
}

export function scheduleFormOf(body: Record<string, unknown>): ScheduleForm {
  return { local: typeof body.publishAt === 'string' ? body.publishAt.trim() : '', timeZone: typeof body.timeZone === 'string' ? body.timeZone : 'UTC' };
}

export function scheduledRequest(form: ScheduleForm): { publishAt: string; timeZone: string } {
  if (!isTimeZone(form.timeZone)) throw badRequest('validation_failed', 'Choose a time zone from the list.', [{ path: 'timeZone', message: 'is not a known time zone' }]);
  if (!isLocalDateTime(form.local)) throw badRequest('validation_failed', 'Give the date and time to publish at.', [{ path: 'publishAt', message: 'must be a date and time' }]);
  const instant = instantOfLocal(form.local, form.timeZone);
  if (!instant) {
    throw badRequest('time_not_in_zone', `${form.local} does not exist in ${form.timeZone}: the clocks move forward then.`, [{ path: 'publishAt', message: 'is skipped by the clocks' }]);
  }
  return { publishAt: instant.toISOString(), timeZone: form.timeZone };
}
