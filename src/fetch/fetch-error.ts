// Why a fetch stopped: a message for people (Dutch), never containing a credential.
// `auth` (401/403) and everything else both end the command with exit 1; the saved
// pages and the state stay, so the next run continues from the last saved page.
export class FetchError extends Error {
  constructor(
    message: string,
    readonly kind: 'auth' | 'stopped' = 'stopped',
  ) {
    super(message);
  }
}

/** The command was called without what it needs (no --since on a first fetch, a --jql that differs from the saved one): exit 2. */
export class SetupError extends Error {}
