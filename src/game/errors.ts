/** Codes an action can be rejected with; the client sees them in ActionResult.error_code. */
export const ActionErrorCodes = [
  'OUT_OF_RANGE',
  'NOT_FOUND',
  'EXPIRED',
  'COOLDOWN',
  'RATE_LIMITED',
  'INVALID',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ActionErrorCode = (typeof ActionErrorCodes)[number];

/** Throw from an action handler (or call ctx.fail) to reject the action with a typed code. */
export class ActionError extends Error {
  readonly code: ActionErrorCode;
  readonly retryAfterS: number;
  constructor(code: ActionErrorCode, message: string, retryAfterS = 0) {
    super(message);
    this.name = 'ActionError';
    this.code = code;
    this.retryAfterS = retryAfterS;
  }
}
