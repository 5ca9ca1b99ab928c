// Writes queued on one request context, sent in as few context.sync() round trips as fit a byte budget,
// with Excel's events for this add-in suspended while they run.
//
// Excel on the web refuses a request over 5 MB; CityNet keeps each under 1 MB, counted as the UTF-8
// bytes of what it queues (the Office.js client adds its object paths around them: tests measure the
// real request bodies through Microsoft's client and check the estimate holds).
//
// Events: Runtime.enableEvents (ExcelApi 1.8) is per runtime, so turning it off silences only CityNet's
// own handlers (the pane and the functions share the runtime), never another add-in's or a co-author's.
// It is turned off in the first request that writes and on again in the last; if a request fails, it
// is turned on again before the error goes on.

export const MAX_REQUEST_BYTES = 1_000_000;
/** What the client adds per queued write: the range's object path, the action, their ids. */
export const WRITE_OVERHEAD_BYTES = 400;
/**
 * The client sends a range of more than 1,500 cells as one action per 1,500 cells, each on its own
 * object paths (getRow, getBoundingRect): about this much more per piece, measured on its requests.
 */
export const CELLS_PER_ACTION = 1500;
export const PIECE_OVERHEAD_BYTES = 700;

/** UTF-8 bytes of a value as JSON, as it travels in the request body. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export interface WriteOptions {
  maxRequestBytes?: number;
  /** Suspend this runtime's events while writing, so its own handlers do not see its own writes. */
  quiet?: boolean;
}

export class WriteBatch {
  private queued = 0;
  private eventsOff = false;
  private readonly max: number;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: WriteOptions = {}
  ) {
    this.max = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  }

  /**
   * Queues a write of about `bytes` (its values as JSON) over `cells` cells; what is already queued is
   * sent first when both together would pass the budget, so the number of round trips grows only past
   * the budget.
   */
  async add(bytes: number, write: () => void, cells = 1): Promise<void> {
    const pieces = cells > CELLS_PER_ACTION ? Math.ceil(cells / CELLS_PER_ACTION) : 0;
    const cost = bytes + WRITE_OVERHEAD_BYTES + pieces * PIECE_OVERHEAD_BYTES;
    if (this.queued > 0 && this.queued + cost > this.max) await this.send();
    if (this.options.quiet && !this.eventsOff) {
      this.context.runtime.enableEvents = false;
      this.eventsOff = true;
    }
    write();
    this.queued += cost;
  }

  /** Sends what is queued now. */
  async send(): Promise<void> {
    await this.context.sync();
    this.queued = 0;
  }

  /** The last request: events back on with it. */
  async finish(): Promise<void> {
    if (this.eventsOff) this.context.runtime.enableEvents = true;
    await this.send();
    this.eventsOff = false;
  }

  /** After a failure: events on again, whatever else was lost. */
  async abandon(): Promise<void> {
    if (!this.eventsOff) return;
    this.eventsOff = false;
    try {
      this.context.runtime.enableEvents = true;
      await this.context.sync();
    } catch {
      // The runtime is gone or Excel refuses everything: nothing more can be done from here.
    }
  }
}

/** Runs `body` with a WriteBatch and sends its last request, or turns events on again if it fails. */
export async function batched<T>(
  context: Excel.RequestContext,
  options: WriteOptions,
  body: (batch: WriteBatch) => Promise<T>
): Promise<T> {
  const batch = new WriteBatch(context, options);
  try {
    const result = await body(batch);
    await batch.finish();
    return result;
  } catch (error) {
    await batch.abandon();
    throw error;
  }
}
