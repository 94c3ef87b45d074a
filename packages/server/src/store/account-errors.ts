/**
 * Errors of the account functions (auth/, also used by the CLI). The HTTP layer maps each
 * code to a problem; the CLI prints the message. They sit beside the store's errors, below
 * both auth/ and http/, so that http/ maps them without importing auth/ (auth → http only).
 */
export type AccountErrorCode =
  | 'invalid'
  | 'duplicate'
  | 'unknown_user'
  | 'unknown_workspace'
  | 'not_member'
  | 'last_owner'
  | 'forbidden'
  | 'invalid_credentials';

export class AccountError extends Error {
  override readonly name = 'AccountError';
  constructor(
    readonly code: AccountErrorCode,
    message: string,
    /** The input field at fault (`email`, `password`, `role`, ...). */
    readonly field?: string,
    /** A finer machine code for the field (`password_common`, ...), for translated messages. */
    readonly reason?: string,
  ) {
    super(message);
  }
}

export const isAccountError = (error: unknown): error is AccountError =>
  error instanceof AccountError;
