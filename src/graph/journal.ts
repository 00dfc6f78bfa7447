// Crash-safe persistence for the embedded store: an append-only journal (one JSON line per write,
// delete or merge, fsync'd before the store applies it) plus a snapshot written to a temp file,
// fsync'd and renamed over the old one. A SIGKILL at any moment leaves either the line whole or a
// torn last line, which loading cuts off: what is read back is always the last complete state.
// Records carry a sequence number and the snapshot the last one it contains, so a crash between
// renaming a snapshot and truncating the journal replays nothing twice.

import fs from 'node:fs';
import path from 'node:path';
import type { GraphFragment } from '../model/index.js';

export type JournalOp =
  | { op: 'write'; fragment: GraphFragment }
  | { op: 'delete'; id: string }
  | { op: 'merge'; keep: string; drop: string };
export type JournalRecord = JournalOp & { seq: number };

export interface Snapshot {
  version: 1;
  /** The last journal sequence number the snapshot includes. */
  seq: number;
  briefings: GraphFragment[];
  /** Merge redirects: [drop, keep]. */
  redirects: [string, string][];
}

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.jsonl';
const LOCK = 'LOCK';
/** Compact once the journal outgrows the snapshot by this much: rewrite cost stays proportional. */
const COMPACT_SLACK = 16 * 1024 * 1024;

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
  private journalBytes: number;
  private snapshotBytes: number;

  private constructor(
    readonly dir: string,
    fd: number,
    seq: number,
    journalBytes: number,
    snapshotBytes: number,
  ) {
    this.fd = fd;
    this.seq = seq;
    this.journalBytes = journalBytes;
    this.snapshotBytes = snapshotBytes;
  }

  /** Opens (creating) the data directory, takes its lock, and returns what to load. */
  static open(dir: string): { journal: Journal; snapshot?: Snapshot; records: JournalRecord[] } {
    fs.mkdirSync(dir, { recursive: true });
    Journal.lock(dir);
    const snapPath = path.join(dir, SNAPSHOT);
    let snapshot: Snapshot | undefined;
    let snapshotBytes = 0;
    if (fs.existsSync(snapPath)) {
      const raw = fs.readFileSync(snapPath, 'utf8');
      snapshotBytes = Buffer.byteLength(raw);
      try {
        snapshot = JSON.parse(raw) as Snapshot;
      } catch {
        throw new Error(`briefgraph data: ${snapPath} is not valid JSON (it is only ever replaced whole, so the file was altered)`);
      }
    }
    const journalPath = path.join(dir, JOURNAL);
    const { records, goodBytes } = Journal.readJournal(journalPath, snapshot?.seq ?? 0);
    const fd = fs.openSync(journalPath, 'a+');
    // Cut a torn last line off, or the next append would glue onto it.
    if (fs.fstatSync(fd).size !== goodBytes) {
      fs.ftruncateSync(fd, goodBytes);
      fs.fsyncSync(fd);
    }
    fsyncDir(dir);
    const lastSeq = records.length ? records[records.length - 1].seq : (snapshot?.seq ?? 0);
    return { journal: new Journal(dir, fd, lastSeq, goodBytes, snapshotBytes), snapshot, records };
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

  private static readJournal(file: string, afterSeq: number): { records: JournalRecord[]; goodBytes: number } {
    if (!fs.existsSync(file)) return { records: [], goodBytes: 0 };
    const buf = fs.readFileSync(file);
    const records: JournalRecord[] = [];
    let pos = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf(0x0a, pos);
      if (nl < 0) break; // torn last line: the write it began never completed
      const line = buf.subarray(pos, nl).toString('utf8');
      let rec: JournalRecord;
      try {
        rec = JSON.parse(line) as JournalRecord;
      } catch {
        // Only the final line can be torn; anything else means the file was altered.
        if (nl === buf.length - 1) break;
        throw new Error(`briefgraph data: ${file} has a damaged record at byte ${pos}`);
      }
      if (rec.seq > afterSeq) records.push(rec);
      pos = nl + 1;
    }
    return { records, goodBytes: pos };
  }

  /** Appends one record and waits until it is on disk. */
  append(op: JournalOp): void {
    const line = JSON.stringify({ ...op, seq: this.seq + 1 }) + '\n';
    const buf = Buffer.from(line);
    let off = 0;
    while (off < buf.length) off += fs.writeSync(this.fd, buf, off);
    fs.fsyncSync(this.fd);
    this.seq += 1;
    this.journalBytes += buf.length;
  }

  get shouldCompact(): boolean {
    return this.journalBytes > this.snapshotBytes + COMPACT_SLACK;
  }

  /** Writes the whole state as the new snapshot, then empties the journal. */
  compact(state: Omit<Snapshot, 'version' | 'seq'>): void {
    const snapshot: Snapshot = { version: 1, seq: this.seq, ...state };
    const tmp = path.join(this.dir, `${SNAPSHOT}.tmp`);
    const data = JSON.stringify(snapshot);
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(this.dir, SNAPSHOT));
    fsyncDir(this.dir);
    fs.ftruncateSync(this.fd, 0);
    fs.fsyncSync(this.fd);
    this.journalBytes = 0;
    this.snapshotBytes = Buffer.byteLength(data);
  }

  close(): void {
    fs.closeSync(this.fd);
    fs.rmSync(path.join(this.dir, LOCK), { force: true });
  }
}
