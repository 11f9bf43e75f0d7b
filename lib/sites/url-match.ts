/**
 * A small matcher for Chrome match patterns (`<scheme>://<host>/<path>`), so the registry can
 * pick an adapter from the same patterns that go into the manifest. Kept here rather than
 * importing a transitive dependency of WXT, which a content script should not rely on.
 */

const SCHEMES = ['http', 'https', 'file', 'ftp', 'ws', 'wss'] as const;

interface ParsedPattern {
  all: boolean;
  schemes: readonly string[];
  /** '*' (any host), '*.example.com' or an exact host. */
  host: string;
  path: RegExp;
}

export class InvalidMatchPatternError extends Error {
  constructor(pattern: string, reason: string) {
    super(`Invalid match pattern "${pattern}": ${reason}`);
    this.name = 'InvalidMatchPatternError';
  }
}

const cache = new Map<string, ParsedPattern>();

export function parseMatchPattern(pattern: string): ParsedPattern {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const parsed = parseUncached(pattern);
  cache.set(pattern, parsed);
  return parsed;
}

function parseUncached(pattern: string): ParsedPattern {
  if (pattern === '<all_urls>') {
    return { all: true, schemes: SCHEMES, host: '*', path: /^/ };
  }
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) throw new InvalidMatchPatternError(pattern, 'expected <scheme>://<host>/<path>');
  const [, scheme = '', host = '', path = ''] = m;
  const schemes = scheme === '*' ? ['http', 'https'] : [scheme];
  if (!schemes.every((s) => (SCHEMES as readonly string[]).includes(s))) {
    throw new InvalidMatchPatternError(pattern, `unsupported scheme "${scheme}"`);
  }
  if (scheme !== 'file' && host === '') throw new InvalidMatchPatternError(pattern, 'missing host');
  if (host.includes('*') && host !== '*' && !/^\*\.[^*]+$/.test(host)) {
    throw new InvalidMatchPatternError(pattern, '"*" in the host must be alone or lead as "*."');
  }
  const pathSource = path
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return { all: false, schemes, host: host.toLowerCase(), path: new RegExp(`^${pathSource}$`) };
}

function hostMatches(patternHost: string, hostname: string, hostWithPort: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.includes(':')) return hostWithPort === patternHost;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  // A pattern host without a port matches every port, as in Chrome.
  return hostname === patternHost;
}

/** True when `url` is matched by `pattern`. Invalid URLs never match; invalid patterns throw. */
export function urlMatchesPattern(pattern: string, url: string): boolean {
  const parsed = parseMatchPattern(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.replace(/:$/, '');
  if (!parsed.schemes.includes(scheme)) return false;
  if (parsed.all) return true;
  if (!hostMatches(parsed.host, u.hostname.toLowerCase(), u.host.toLowerCase())) return false;
  // Chrome tests the path together with the query string.
  return parsed.path.test(u.pathname + u.search);
}

export function urlMatchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((pattern) => urlMatchesPattern(pattern, url));
}
