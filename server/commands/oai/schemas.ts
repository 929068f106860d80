// The input contracts of the OAI-PMH 2.0 endpoint: the request arguments (GET query or POST form) and the
// resumption token, which carries the harvest's frozen bounds and the (updatedAt, _id) cursor of the last record sent.
import { z } from 'zod';

export const oaiVerbs = ['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord'] as const;
export type OaiVerb = (typeof oaiVerbs)[number];

/** The raw arguments: each a single string (a repeated argument arrives as an array and is refused as badArgument). */
export const oaiArgumentsSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** Seconds-granularity UTC datestamps (the repository's granularity) or plain days, as OAI-PMH §3.3.1 allows. */
export const oaiDatestampSchema = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
]);

export const oaiResumptionTokenSchema = z.strictObject({
  /** metadataPrefix, set (or null), from (ms, inclusive), until (ms, inclusive; frozen at the first page). */
  p: z.string().min(1).max(40),
  s: z.string().max(200).nullable(),
  f: z.number().int().nonnegative().nullable(),
  u: z.number().int().nonnegative(),
  /** The cursor: updatedAt (ms) and _id of the last record sent. */
  a: z.tuple([z.number().int().nonnegative(), z.string().regex(/^[0-9a-f]{24}$/)]),
  /** How many records came before this page, and the size of the complete list (counted on the first page). */
  c: z.number().int().nonnegative(),
  n: z.number().int().nonnegative(),
});
export type OaiResumptionToken = z.output<typeof oaiResumptionTokenSchema>;

/** The documented shape of a request (the OpenAPI description); every argument is checked per verb by the command. */
export const oaiQuerySchema = z.object({
  verb: z.enum(oaiVerbs),
  identifier: z.string().optional(),
  metadataPrefix: z.enum(['oai_dc', 'praxis']).optional(),
  from: oaiDatestampSchema.optional(),
  until: oaiDatestampSchema.optional(),
  set: z.string().optional(),
  resumptionToken: z.string().optional(),
});
