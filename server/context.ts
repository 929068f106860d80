// What every command, route and worker receives: config, models, logger and the outside services.
import type { Logger } from 'pino';
import type { Connection } from 'mongoose';
import type { Config } from './config.js';
import type { Models } from './models/index.js';
import type { Role } from './models/user.js';
import type { AppEvents } from './events.js';
import type { SearchService } from './search/searchService.js';
import type { ContentGeneration } from './services/contentGeneration.js';
import type { RateLimits } from './security/rateLimits.js';

/** Who is acting: a signed-in user or an anonymous visitor (userId null, no roles). */
export interface Actor {
  readonly userId: string | null;
  readonly roles: readonly Role[];
  readonly displayName?: string;
  /** False for a signed-in person who has not confirmed their e-mail address yet (unset: nothing to confirm). */
  readonly emailVerified?: boolean;
}

export const anonymous: Actor = Object.freeze({ userId: null, roles: [] });

export interface AppContext {
  readonly config: Config;
  readonly connection: Connection;
  readonly models: Models;
  readonly log: Logger;
  readonly events: AppEvents;
  /** Where the delivery worker sends mail, and the embedded catcher's store when it is the one receiving it. */
  readonly mail: { readonly smtpUrl: string; readonly catcherDir: string | null };
  /** The Meilisearch client, index names and settings (server/search). */
  readonly search: SearchService;
  /** Reports whether Meilisearch answers; used by /readyz. */
  readonly searchHealthy: () => Promise<boolean>;
  /** The rate limiters, one per action, counting in a store all nodes share. */
  readonly rateLimits: RateLimits;
  /** Moves on every write to public content; caches of anonymous answers key on it. */
  readonly contentGeneration: ContentGeneration;
}
