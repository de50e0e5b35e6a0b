/** Bad input, reported with where it is: the CLI prints it and exits 2, the API answers 400/422. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
    this.name = 'InputError';
  }
}
