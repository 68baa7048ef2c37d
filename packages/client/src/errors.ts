/** Why a call to the public API failed. */
export type EqualityApiErrorKind =
  /** The server could not be reached, or did not answer in time. */
  | 'network'
  /** The server answered with an error status (the message carries Strapi's own explanation). */
  | 'http'
  /** The answer was not the JSON the public API serves, or not in the shape its schemas describe. */
  | 'invalid-response'
  /** What was asked for has not been published. */
  | 'not-found';

/** Every failure of the client: a message that says what went wrong and where, and the URL asked. */
export class EqualityApiError extends Error {
  override readonly name = 'EqualityApiError';

  constructor(
    readonly kind: EqualityApiErrorKind,
    message: string,
    /** The URL that was asked, when the failure belongs to one request. */
    readonly url?: string,
    /** The HTTP status, for `http` failures. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
