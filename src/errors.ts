// Errors a user can fix: bad input, a bad argument. The CLI prints their message on one line
// (exit code 2) and the API returns it as a GraphQL error naming the argument; never a stack trace.
export class InputError extends Error {
  constructor(
    message: string,
    /** The argument or field that was wrong (e.g. 'text', 'date', 'FILE'). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
