// A data file that cannot be read as a whole (missing header column, unreadable
// file): stops the command with the file named, unlike a bad row, which is set aside.
export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}
