/** Lengths of time in milliseconds, for layouts that work in UTC ms (one home for the constants). */

/** One day. */
export const DAY_MS = 86_400_000;
