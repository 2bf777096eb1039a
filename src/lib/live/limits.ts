/**
 * Every limit of the live relay in one place: the server enforces them, the client checks the sizes
 * before sending so a raadslid gets a clear message instead of a refused request. Documented in the
 * README ("Een eigen live-server"); a gemeente changes them here, not in the code that uses them.
 */
export const LIVE_LIMITS = {
  /** One encrypted bijdrage, as sent (the JSON envelope). */
  bijdrageBytes: 256 * 1024,
  /** The encrypted bijeenkomst a griffier puts in a session. */
  metaBytes: 64 * 1024,
  /** The encrypted gedeelde uitkomst (the combined view of up to 500 bijdragen). */
  uitkomstBytes: 1024 * 1024,
  /** One encrypted, compressed werkboek on its way to another device. */
  transferBytes: 8 * 1024 * 1024,
  /** Any other request body (close, reopen): there is none to speak of. */
  otherBytes: 4 * 1024,
  /** Distinct participants per session; a resend by the same participant does not count again. */
  participantsPerSession: 500,
  /** Sessions are removed this long after their last activity. */
  retentionMs: 14 * 24 * 60 * 60 * 1000,
  /** A werkboek transfer slot is removed after the first fetch, or after this long. */
  transferTtlMs: 10 * 60 * 1000,
  /** Token buckets (capacity, refill per second). Per IP: a council room shares one NAT address. */
  rate: {
    /** Every API request from one IP address. */
    perIp: { capacity: 600, perSecond: 60 },
    /** Writes (bijdragen, uitkomst) to one session, from all addresses together. */
    perSessionWrites: { capacity: 300, perSecond: 30 },
    /** New sessions per IP address: a griffie starts a few per evening, not hundreds. */
    sessionCreatesPerIp: { capacity: 20, perSecond: 20 / 3600 },
    /** New werkboek transfers per IP address. */
    transfersPerIp: { capacity: 30, perSecond: 30 / 3600 },
  },
  /** Open live feeds (Server-Sent Events) per IP address and per process. */
  feedsPerIp: 600,
  feedsPerProcess: 5000,
  /** A comment line on every open feed this often, so proxies do not close an idle connection. */
  heartbeatMs: 15_000,
  /** How long a whole request body may take to arrive (a client that stops mid-send is cut off). */
  bodyTimeoutMs: 30_000,
} as const;

export type LiveLimits = typeof LIVE_LIMITS;
