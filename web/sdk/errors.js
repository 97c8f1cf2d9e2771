// anteroom JS SDK: the error every failed request rejects with.

/** A failed request: `code` is one of the server's stable error codes. */
export class AnteroomError extends Error {
  constructor(code, message) {
    super(message || code);
    this.name = 'AnteroomError';
    this.code = code;
  }
}
