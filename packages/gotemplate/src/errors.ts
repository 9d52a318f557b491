/** A template error; `message` is exactly Go's err.Error(). */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly kind: 'parse' | 'exec',
  ) {
    super(message);
    this.name = kind === 'parse' ? 'ParseError' : 'ExecError';
  }
}
