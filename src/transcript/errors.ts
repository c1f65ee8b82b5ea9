/** Why a transcript could not be imported; the message is one line for a person to act on. */
export type TranscriptErrorCode = 'empty' | 'binary' | 'unknown_encoding' | 'no_turns' | 'bad_profile';

export class TranscriptError extends Error {
  readonly code: TranscriptErrorCode;

  constructor(code: TranscriptErrorCode, message: string) {
    super(message);
    this.name = 'TranscriptError';
    this.code = code;
  }
}
