// Crash-safe persistence for the embedded store: an append-only journal (one JSON line per write,
// delete or merge, fsync'd before the store applies it) plus a snapshot written to a temp file,
// fsync'd and renamed over the old one. A SIGKILL at any moment leaves either the line whole or a
// torn last line, which loading cuts off: what is read back is always the last complete state.
// Records carry a sequence number and the snapshot the last one it contains, so a crash between
// renaming a snapshot and truncating the journal replays nothing twice. Both files are JSON lines
// (the snapshot: a header line, then one briefing per line) so neither is ever one giant string.

import fs from 'node:fs';
import path from 'node:path';
import type { GraphFragment } from '../model/index.js';

export type JournalOp =
  | { op: 'write'; fragment: GraphFragment }
  | { op: 'delete'; id: string }
  | { op: 'merge'; keep: string; drop: string };
export type JournalRecord = JournalOp & { seq: number };

export interface Snapshot {
  /** The last journal sequence number the snapshot includes. */
  seq: number;
  briefings: GraphFragment[];
  /** Merge redirects: [drop, keep]. */
  redirects: [string, string][];
}

interface SnapshotHeader {
  version: 2;
  seq: number;
  redirects: [string, string][];
}

/** Each complete line of a file, as a string, and how many bytes the complete lines span. */
function readLines(file: string): { lines: { text: string; at: number; last: boolean }[]; goodBytes: number } {
  if (!fs.existsSync(file)) return { lines: [], goodBytes: 0 };
  const buf = fs.readFileSync(file);
  const lines: { text: string; at: number; last: boolean }[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break; // torn last line: the write it began never completed
    lines.push({ text: buf.subarray(pos, nl).toString('utf8'), at: pos, last: nl === buf.length - 1 });
    pos = nl + 1;
  }
  return { lines, goodBytes: pos };
}

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.jsonl';
const LOCK = 'LOCK';
/** Compact once superseded records take this much and more than the live ones: cost stays amortised. */
const COMPACT_MIN_DEAD = 64 * 1024 * 1024;

function fsyncDir(dir: string): void {
  // Makes a rename or a new file durable; not supported on every platform (Windows), where it is moot.
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* directory fsync unsupported */
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Journal {
  private fd: number;
  private seq: number;
  /** Bytes of the records that still say something (each briefing's latest write), and of the rest. */
  private live = new Map<string, number>();
  private liveTotal = 0;
  private dead = 0;
  private unsynced = false;

  private constructor(
    readonly dir: string,
    fd: number,
    seq: number,
  ) {
    this.fd = fd;
    this.seq = seq;
  }

  /** Accounts one record (loaded or appended) of `bytes` bytes as live or superseded. */
  private account(op: JournalOp, bytes: number): void {
    if (op.op === 'write' || op.op === 'delete') {
      const id = op.op === 'write' ? op.fragment.briefing.id : op.id;
      const before = this.live.get(id) ?? 0;
      this.dead += before + (op.op === 'delete' ? bytes : 0);
      this.liveTotal -= before;
      if (op.op === 'write') {
        this.live.set(id, bytes);
        this.liveTotal += bytes;
      } else {
        this.live.delete(id);
      }
    } else {
      this.dead += bytes; // merges live on in the snapshot header
    }
  }

  /** Opens (creating) the data directory, takes its lock, and returns what to load. */
  static open(dir: string): { journal: Journal; snapshot?: Snapshot; records: JournalRecord[] } {
    fs.mkdirSync(dir, { recursive: true });
    Journal.lock(dir);
    try {
      return Journal.load(dir);
    } catch (err) {
      fs.rmSync(path.join(dir, LOCK), { force: true });
      throw err;
    }
  }

  private static load(dir: string): { journal: Journal; snapshot?: Snapshot; records: JournalRecord[] } {
    const snapPath = path.join(dir, SNAPSHOT);
    const loaded: { op: JournalOp; bytes: number }[] = [];
    let snapshot: Snapshot | undefined;
    const snap = readLines(snapPath);
    // A snapshot is renamed into place whole, so anything after its last newline means damage.
    if (fs.existsSync(snapPath) && fs.statSync(snapPath).size !== snap.goodBytes)
      throw new Error(`briefgraph data: ${snapPath} is damaged (it is only ever replaced whole, so the file was altered)`);
    if (snap.lines.length) {
      try {
        const header = JSON.parse(snap.lines[0].text) as SnapshotHeader;
        snapshot = { seq: header.seq, redirects: header.redirects, briefings: [] };
        for (const line of snap.lines.slice(1)) {
          const fragment = JSON.parse(line.text) as GraphFragment;
          snapshot.briefings.push(fragment);
          loaded.push({ op: { op: 'write', fragment }, bytes: Buffer.byteLength(line.text) + 1 });
        }
      } catch {
        throw new Error(`briefgraph data: ${snapPath} is damaged (it is only ever replaced whole, so the file was altered)`);
      }
    }
    const journalPath = path.join(dir, JOURNAL);
    const { lines, goodBytes } = readLines(journalPath);
    const records: JournalRecord[] = [];
    let keep = goodBytes;
    for (const line of lines) {
      let rec: JournalRecord;
      try {
        rec = JSON.parse(line.text) as JournalRecord;
      } catch {
        // Only the final line can be torn (a crash mid-write); anything else means the file was altered.
        if (line.last) {
          keep = line.at;
          break;
        }
        throw new Error(`briefgraph data: ${journalPath} has a damaged record at byte ${line.at}`);
      }
      if (rec.seq > (snapshot?.seq ?? 0)) {
        records.push(rec);
        loaded.push({ op: rec, bytes: Buffer.byteLength(line.text) + 1 });
      }
    }
    const fd = fs.openSync(journalPath, 'a+');
    // Cut a torn last line off, or the next append would glue onto it.
    if (fs.fstatSync(fd).size !== keep) {
      fs.ftruncateSync(fd, keep);
      fs.fsyncSync(fd);
    }
    fsyncDir(dir);
    const lastSeq = records.length ? records[records.length - 1].seq : (snapshot?.seq ?? 0);
    const journal = new Journal(dir, fd, lastSeq);
    for (const l of loaded) journal.account(l.op, l.bytes);
    return { journal, snapshot, records };
  }

  private static lock(dir: string): void {
    const lockPath = path.join(dir, LOCK);
    if (fs.existsSync(lockPath)) {
      const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid))
        throw new Error(`briefgraph data directory ${dir} is in use by process ${pid}; stop it or use another BRIEFGRAPH_DATA`);
      if (pid === process.pid) throw new Error(`briefgraph data directory ${dir} is already open in this process`);
    }
    fs.writeFileSync(lockPath, String(process.pid));
  }

  /** Appends one record and waits until it is on disk. */
  /** Appends one record; it is on disk once `sync` returns (`sync: true` does both). */
  append(op: JournalOp, opts: { sync: boolean } = { sync: true }): void {
    const line = JSON.stringify({ ...op, seq: this.seq + 1 }) + '\n';
    const buf = Buffer.from(line);
    let off = 0;
    while (off < buf.length) off += fs.writeSync(this.fd, buf, off);
    this.seq += 1;
    this.unsynced = true;
    this.account(op, buf.length);
    if (opts.sync) this.sync();
  }

  /** Waits until every appended record is on disk. */
  sync(): void {
    if (!this.unsynced) return;
    fs.fsyncSync(this.fd);
    this.unsynced = false;
  }

  get shouldCompact(): boolean {
    return this.dead > COMPACT_MIN_DEAD && this.dead > this.liveTotal;
  }

  /** Writes the whole state as the new snapshot, one briefing per line, then empties the journal. */
  compact(state: Omit<Snapshot, 'seq'>): void {
    const tmp = path.join(this.dir, `${SNAPSHOT}.tmp`);
    const fd = fs.openSync(tmp, 'w');
    const live = new Map<string, number>();
    try {
      const header: SnapshotHeader = { version: 2, seq: this.seq, redirects: state.redirects };
      fs.writeSync(fd, JSON.stringify(header) + '\n');
      for (const f of state.briefings) {
        const line = JSON.stringify(f) + '\n';
        fs.writeSync(fd, line);
        live.set(f.briefing.id, Buffer.byteLength(line));
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(this.dir, SNAPSHOT));
    fsyncDir(this.dir);
    fs.ftruncateSync(this.fd, 0);
    fs.fsyncSync(this.fd);
    this.unsynced = false;
    this.live = live;
    this.liveTotal = [...live.values()].reduce((a, b) => a + b, 0);
    this.dead = 0;
  }

  close(): void {
    fs.closeSync(this.fd);
    fs.rmSync(path.join(this.dir, LOCK), { force: true });
  }
}
