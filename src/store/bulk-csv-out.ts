import { closeSync, openSync, writeSync } from 'node:fs';

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * One CSV file written through a reused buffer: cells go in as UTF-8 straight from their strings,
 * so a row is never a string of its own. Joining rows as strings made a rope per row that had to
 * be flattened and freed, about a third of the time of writing the files of a large import.
 */
export class CsvOut {
  private readonly fd: number;
  private readonly buf: Buffer;
  private pos = 0;

  constructor(file: string, size = 1 << 18) {
    this.fd = openSync(file, 'wx');
    this.buf = Buffer.allocUnsafe(size);
  }

  comma(): void {
    this.byte(COMMA);
  }

  newline(): void {
    this.byte(NEWLINE);
  }

  /** A number or a bare word (true, false), unquoted. */
  raw(s: string): void {
    this.text(s);
  }

  /** A string as a quoted field, quotes doubled: the one RFC 4180 rule the importer needs. */
  quoted(s: string): void {
    this.byte(QUOTE);
    this.text(s.includes('"') ? s.replace(/"/g, '""') : s);
    this.byte(QUOTE);
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private byte(b: number): void {
    if (this.pos === this.buf.length) this.flush();
    this.buf[this.pos++] = b;
  }

  private text(s: string): void {
    if (this.pos + s.length * MAX_BYTES_PER_UNIT > this.buf.length) {
      this.flush();
      if (s.length * MAX_BYTES_PER_UNIT > this.buf.length) {
        writeSync(this.fd, s);
        return;
      }
    }
    this.pos += this.buf.write(s, this.pos);
  }

  private flush(): void {
    let done = 0;
    while (done < this.pos) done += writeSync(this.fd, this.buf, done, this.pos - done);
    this.pos = 0;
  }
}
