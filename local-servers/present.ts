/**
 * A value the code has already made sure of (a required input after RequestInput.check(), the latest
 * version of a stored parameter, a non-empty list's first item), narrowed without a `!`: if the
 * reasoning is ever wrong, the server fails with this sentence instead of reading undefined.
 */
export const present = <T>(value: T | null | undefined, what = 'value'): T => {
  if (value === undefined || value === null) throw new Error(`the ${what} was expected to be present`);
  return value;
};
