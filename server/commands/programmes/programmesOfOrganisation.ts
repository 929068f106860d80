// The programmes whose cohort holds an organisation (for its page, and for the programme a new plan belongs to).
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Programme } from '../../models/programme.js';

export async function programmesOfOrganisation(ctx: AppContext, organisationId: Types.ObjectId | string): Promise<Programme[]> {
  return ctx.models.Programme.find({ 'cohort.organisationId': new Types.ObjectId(String(organisationId)) }).sort({ periodStart: -1, _id: 1 }).limit(50).lean<Programme[]>();
}
