import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { createFolderWatcher } from './folder-watcher.js';
import { feedFrame, KEEP_ALIVE, STREAM_PREAMBLE } from './sse-frame.js';

/** Timings and limits of the feed streams. */
export interface FeedHubOptions {
  /** Quiet time after the last change event before the file is read (a write settles). */
  debounceMs: number;
  /** Longest a stream of change events can delay a read. */
  maxWaitMs: number;
  /** Interval of the keep-alive comment on every stream. */
  keepAliveMs: number;
  /** Interval of a stat of every streamed file, for file systems where fs.watch stays silent. */
  rescanMs: number;
  /** A client that has this much unsent data is too slow: it is dropped (it reconnects). */
  maxBufferedBytes: number;
  /** Where warnings go (a file that is not JSON, a watch that failed). */
  log(line: string): void;
}

/** Counters of the feed streams, for the health endpoint and tests. */
export interface FeedHubStats {
  /** Open event streams. */
  clients: number;
  /** Feed files with at least one open stream. */
  streamed: number;
  /** Versions of files pushed to their streams (a change counts once, however many clients). */
  pushes: number;
  /** Messages written to clients. */
  messages: number;
  /** Changes not pushed because the file was not JSON (yet). */
  skipped: number;
}

/** The Server-Sent Events side of the feeds folder. */
export interface FeedHub {
  /** Turn `res` into an event stream of `file` (an existing file inside the feeds folder). */
  subscribe(res: ServerResponse, file: string): void;
  /** Current counters. */
  stats(): FeedHubStats;
  /** End every stream and stop watching. */
  close(): void;
}

interface Topic {
  file: string;
  /** Each client with the last frame it was sent. */
  clients: Map<ServerResponse, Buffer | undefined>;
  /** The last good document as one message. */
  frame: Buffer | undefined;
  /** Its text, to skip a change event that changed nothing. */
  text: string | undefined;
  /** size:mtime:inode at the last read, compared by the rescan. */
  stamp: string | undefined;
  timer: NodeJS.Timeout | undefined;
  pendingSince: number | undefined;
  reading: boolean;
  again: boolean;
  unwatch: () => void;
}

const stampOf = (s: { size: number; mtimeMs: number; ino: number }) =>
  `${s.size}:${s.mtimeMs}:${s.ino}`;

/**
 * Streams of feed files: one topic per file with its clients, one watch per folder, one read
 * per change however many clients listen, and the same Buffer written to each of them.
 */
export function createFeedHub(options: FeedHubOptions): FeedHub {
  const topics = new Map<string, Topic>();
  const watcher = createFolderWatcher(options.log);
  const counts = { pushes: 0, messages: 0, skipped: 0 };

  function write(topic: Topic, res: ServerResponse): void {
    const frame = topic.frame;
    if (frame === undefined || topic.clients.get(res) === frame) return;
    if (res.writableLength > options.maxBufferedBytes) {
      res.destroy();
      return;
    }
    res.write(frame);
    topic.clients.set(res, frame);
    counts.messages++;
  }

  async function read(topic: Topic): Promise<void> {
    if (topic.reading) {
      topic.again = true;
      return;
    }
    topic.reading = true;
    try {
      const info = await stat(topic.file);
      const text = await readFile(topic.file, 'utf8');
      if (topics.get(topic.file) !== topic) return;
      topic.stamp = stampOf(info);
      if (text === topic.text) return;
      const frame = feedFrame(text);
      if (frame === undefined) {
        // Half written, or broken by its producer: the screens keep the last good document.
        counts.skipped++;
        options.log(`${topic.file} is not JSON (${text.length} chars); not pushed`);
        return;
      }
      topic.text = text;
      topic.frame = frame;
      counts.pushes++;
      for (const res of topic.clients.keys()) write(topic, res);
    } catch (error) {
      // Gone for a moment (a writer that deletes then writes); the next event reads it again.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') options.log(`cannot read ${topic.file}: ${(error as Error).message}`);
    } finally {
      topic.reading = false;
      if (topic.again) {
        topic.again = false;
        schedule(topic);
      }
    }
  }

  function schedule(topic: Topic): void {
    const now = Date.now();
    topic.pendingSince ??= now;
    // Wait for the events to stop, but not forever when a writer never stops writing.
    const wait = Math.min(options.debounceMs, topic.pendingSince + options.maxWaitMs - now);
    clearTimeout(topic.timer);
    topic.timer = setTimeout(
      () => {
        topic.timer = undefined;
        topic.pendingSince = undefined;
        void read(topic);
      },
      Math.max(0, wait),
    );
  }

  function drop(topic: Topic, res: ServerResponse): void {
    topic.clients.delete(res);
    if (topic.clients.size > 0 || topics.get(topic.file) !== topic) return;
    clearTimeout(topic.timer);
    topic.unwatch();
    topics.delete(topic.file);
  }

  function topicOf(file: string): Topic {
    const existing = topics.get(file);
    if (existing !== undefined) return existing;
    const topic: Topic = {
      file,
      clients: new Map(),
      frame: undefined,
      text: undefined,
      stamp: undefined,
      timer: undefined,
      pendingSince: undefined,
      reading: false,
      again: false,
      unwatch: () => {},
    };
    topics.set(file, topic);
    topic.unwatch = watcher.add(file, () => schedule(topic));
    void read(topic);
    return topic;
  }

  const keepAlive = setInterval(() => {
    for (const topic of topics.values()) {
      for (const res of topic.clients.keys()) {
        if (res.writableLength > options.maxBufferedBytes) res.destroy();
        else res.write(KEEP_ALIVE);
      }
    }
  }, options.keepAliveMs);
  keepAlive.unref();

  const rescan = setInterval(() => {
    watcher.heal();
    for (const topic of topics.values()) {
      stat(topic.file).then(
        (info) => {
          if (topic.stamp !== stampOf(info)) schedule(topic);
        },
        () => {},
      );
    }
  }, options.rescanMs);
  rescan.unref();

  return {
    subscribe(res, file) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        // no-transform: a proxy must neither compress nor buffer the stream.
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        // nginx: pass each message on at once.
        'X-Accel-Buffering': 'no',
      });
      res.write(STREAM_PREAMBLE);
      const topic = topicOf(file);
      topic.clients.set(res, undefined);
      res.on('close', () => drop(topic, res));
      write(topic, res);
    },
    stats() {
      let clients = 0;
      for (const topic of topics.values()) clients += topic.clients.size;
      return { clients, streamed: topics.size, ...counts };
    },
    close() {
      clearInterval(keepAlive);
      clearInterval(rescan);
      for (const topic of [...topics.values()]) {
        clearTimeout(topic.timer);
        for (const res of [...topic.clients.keys()]) res.end();
        topic.unwatch();
      }
      topics.clear();
      watcher.close();
    },
  };
}
