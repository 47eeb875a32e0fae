import { readdir } from 'node:fs/promises';
import type { FeedHubStats } from './feed-hub.js';

/** What `GET /healthz` answers: enough for a monitor to tell a live server and a stuck one apart. */
export interface ServerHealth {
  /** Always `ok` when the server answers at all. */
  status: 'ok';
  /** Seconds since the server started. */
  uptimeSeconds: number;
  /** Feed files (`*.json`) in the feeds folder now, and the streams open on them. */
  feeds: { files: number } & Omit<FeedHubStats, 'clients'>;
  /** Open Server-Sent Events streams. */
  sseClients: number;
  /** Resident set and V8 heap of the server process, in bytes. */
  memory: { rss: number; heapUsed: number };
}

/** Count the feed files at the top of the feeds folder (0 when it cannot be read). */
async function countFeeds(folder: string): Promise<number> {
  try {
    const names = await readdir(folder);
    return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).length;
  } catch {
    return 0;
  }
}

/** The health document now. */
export async function healthOf(
  startedAt: number,
  feedsFolder: string,
  stats: FeedHubStats,
): Promise<ServerHealth> {
  const { clients, ...streams } = stats;
  const memory = process.memoryUsage();
  return {
    status: 'ok',
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    feeds: { files: await countFeeds(feedsFolder), ...streams },
    sseClients: clients,
    memory: { rss: memory.rss, heapUsed: memory.heapUsed },
  };
}
