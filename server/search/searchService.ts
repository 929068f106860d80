// The app's handle on Meilisearch: one client on the fast transport, the index names under this app's prefix,
// idempotent creation of the indexes with their settings, a health probe for /readyz, and the federated search
// every search request sends, posted straight on the transport (the client's request wrapping cost more CPU per
// search than the rest of the command).
import { Meilisearch, MeilisearchApiError, type FederatedMultiSearchParams, type SearchResponse, type Task } from 'meilisearch';
import { createMeiliHttpClient } from './meiliHttpClient.js';
import { indexSettings } from './indexSettings.js';
import { searchTypes, type SearchType } from './searchDocument.js';

export interface SearchService {
  readonly client: Meilisearch;
  /** One federated multi-search (POST /multi-search). */
  federatedSearch(params: FederatedMultiSearchParams): Promise<SearchResponse<Record<string, unknown>>>;
  /** `${prefix}practices` and so on. */
  indexUid(type: SearchType): string;
  /** Creates the index (primary key `id`) if missing and applies the settings; waits for both tasks. */
  ensureIndex(uid: string): Promise<void>;
  ensureIndexes(): Promise<void>;
  /**
   * Waits for a Meilisearch task and throws unless it succeeded; `timeoutMs` (default 60 s) bounds the wait, longer
   * for a reindex, whose tasks queue behind each other on a busy machine.
   */
  waitForSuccess(taskUid: number, timeoutMs?: number): Promise<Task>;
  healthy(): Promise<boolean>;
  close(): void;
}

export interface MeiliConnection {
  readonly host: string;
  readonly apiKey: string;
  readonly indexPrefix: string;
}

export class SearchTaskFailed extends Error {}

const taskTimeoutMs = 60_000;
const taskPollMs = 10;

/** The Meilisearch error code (`index_not_found` …) of a failed request; the client wraps custom-transport errors. */
export function meiliErrorCode(error: unknown): string | null {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current instanceof MeilisearchApiError) return current.cause?.code ?? null;
  }
  return null;
}

export function createSearchService(meili: MeiliConnection): SearchService {
  const transport = createMeiliHttpClient();
  const client = new Meilisearch({
    host: meili.host,
    apiKey: meili.apiKey,
    httpClient: transport.request,
    defaultWaitOptions: { timeout: taskTimeoutMs, interval: taskPollMs },
  });

  const multiSearchUrl = new URL('multi-search', meili.host.endsWith('/') ? meili.host : `${meili.host}/`);
  const searchHeaders: Readonly<Record<string, string>> = { 'content-type': 'application/json', ...(meili.apiKey ? { authorization: `Bearer ${meili.apiKey}` } : {}) };

  const waitForSuccess = async (taskUid: number, timeoutMs = taskTimeoutMs): Promise<Task> => {
    const task = await client.tasks.waitForTask(taskUid, { timeout: timeoutMs, interval: taskPollMs });
    if (task.status !== 'succeeded') {
      throw new SearchTaskFailed(`Meilisearch task ${taskUid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
    }
    return task;
  };

  const ensureIndex = async (uid: string): Promise<void> => {
    try {
      await client.getIndex(uid);
    } catch (error) {
      if (meiliErrorCode(error) !== 'index_not_found') throw error;
      const created = await client.tasks.waitForTask((await client.createIndex(uid, { primaryKey: 'id' })).taskUid);
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
        throw new SearchTaskFailed(`creating index ${uid} failed: ${created.error?.message ?? created.status}`);
      }
    }
    await waitForSuccess((await client.index(uid).updateSettings(indexSettings)).taskUid);
  };

  return {
    client,
    federatedSearch: async (params) => (await transport.postJson(multiSearchUrl, searchHeaders, JSON.stringify(params))) as SearchResponse<Record<string, unknown>>,
    indexUid: (type) => `${meili.indexPrefix}${type}`,
    ensureIndex,
    ensureIndexes: async () => {
      for (const type of searchTypes) await ensureIndex(`${meili.indexPrefix}${type}`);
    },
    waitForSuccess,
    healthy: async () => {
      try {
        return (await client.health()).status === 'available';
      } catch {
        return false;
      }
    },
    close: () => transport.close(),
  };
}
