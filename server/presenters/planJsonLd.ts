// A public plan as schema.org JSON-LD: a CreativeWork (schema.org has no plan type) by its organisation, with its
// period as temporal coverage and its vision as the abstract, in every language it is written in.
import type { Organisation } from '../models/organisation.js';
import type { Plan } from '../models/plan.js';

const day = (date: Date): string => date.toISOString().slice(0, 10);

export function planJsonLd(plan: Plan, organisation: Pick<Organisation, 'name' | 'slug'>, publicUrl: string): Record<string, unknown> {
  const languages = Object.keys(plan.title);
  const first = languages[0] ?? 'en';
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    genre: plan.kind,
    name: plan.title[first],
    ...(plan.vision[first] ? { abstract: plan.vision[first] } : {}),
    inLanguage: languages,
    url: `${publicUrl}/plans/${plan.slug}`,
    temporalCoverage: `${day(plan.periodStart)}/${day(plan.periodEnd)}`,
    creativeWorkStatus: plan.status,
    dateModified: plan.updatedAt.toISOString(),
    creator: { '@type': 'Organization', name: organisation.name, url: `${publicUrl}/organisations/${organisation.slug}` },
  };
}
