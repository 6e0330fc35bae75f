const GO_UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/**
 * Milliseconds in a Go duration string as ESO's `refreshInterval` holds it
 * (`"1h"`, `"15m"`, `"0s"`, `"1h30m"`, a bare `"0"`), or undefined when the
 * text is not one.
 */
export function parseGoDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const trimmed = text.trim();
  const unsigned = trimmed.replace(/^[+-]/, '');
  // Go accepts a unitless value only for zero.
  if (/^0+(\.0*)?$/.test(unsigned)) return 0;
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(unsigned); match; match = part.exec(unsigned)) {
    const [whole, amount, unit] = match;
    total += Number(amount) * (GO_UNIT_MS[unit ?? ''] ?? Number.NaN);
    consumed += whole.length;
  }
  if (consumed === 0 || consumed !== unsigned.length || Number.isNaN(total)) return undefined;
  return trimmed.startsWith('-') ? -total : total;
}

/** A short human duration for messages: `90s`, `5m`, `1m30s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds}s`;
  return seconds === 0 ? `${minutes}m` : `${minutes}m${seconds}s`;
}
