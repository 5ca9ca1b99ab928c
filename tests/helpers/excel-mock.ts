import { OfficeMockObject } from "office-addin-mock";

// A recording Excel workbook on office-addin-mock: the request context is a mock object (so load and
// sync behave as in Office: a value read before sync is an error), and every range, name, table,
// validation and chart the code creates is kept for the test to inspect.

export interface FakeRange {
  sheet: string;
  address: { row: number; col: number; rows: number; cols: number };
  formulas?: unknown[][];
  /** One R1C1 formula for every cell of the range, as render.ts sends a column of like formulas. */
  formulasR1C1?: unknown;
  values?: unknown[][];
  /** A single format for every cell, or one per cell. */
  numberFormat?: unknown;
  format: Record<string, unknown> & {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
  };
  dataValidation: Record<string, unknown>;
  conditionalFormats: {
    add: (type: string) => { type: string; colorScale: Record<string, unknown> };
    added: { type: string; colorScale: Record<string, unknown> }[];
  };
  getEntireColumn: () => { format: Record<string, unknown>; columnHidden?: boolean; col: number };
  getEntireRow: () => { rowHidden?: boolean; row: number };
}

export interface Recorded {
  sheets: {
    name: string;
    ranges: FakeRange[];
    names: { name: string; range: FakeRange; comment: string; visible?: boolean }[];
    tables: Record<string, unknown>[];
    charts: Record<string, unknown>[];
    pageLayout: Record<string, unknown>;
    columns: ReturnType<FakeRange["getEntireColumn"]>[];
    rows: ReturnType<FakeRange["getEntireRow"]>[];
    frozen?: FakeRange;
    active?: boolean;
  }[];
  syncs: number;
  /**
   * The order of what matters: "name:W_learning", "formulas:8,0" and "formulasR1C1:8,12" (row,col of
   * the range), "events:off", "events:on", "sync".
   */
  log: string[];
  /** Makes the next sync fail, as Excel does when it refuses a request. */
  failNextSync?: boolean;
}

export function mockExcel(
  existingSheets: string[] = [],
  existingTables: string[] = []
): { context: Excel.RequestContext; recorded: Recorded } {
  const recorded: Recorded = { sheets: [], syncs: 0, log: [] };
  let probes = 0;
  // addMock and populate are public in office-addin-mock's documentation, private in its typings.
  type Internals = { addMock(name: string): void; populate(data: object): void } & Record<
    string,
    unknown
  >;
  const probe = function (this: Internals, exists: boolean) {
    const key = `probe${++probes}`;
    this.addMock(key);
    (this[key] as Internals).populate({ isNullObject: !exists });
    return this[key];
  };
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItemOrNullObject: function (this: OfficeMockObject, name: string) {
          return probe.call(
            this as never,
            existingSheets.includes(name) || recorded.sheets.some((s) => s.name === name)
          );
        },
        add: (name: string) => addSheet(name),
      },
      tables: {
        getItemOrNullObject: function (this: OfficeMockObject, name: string) {
          return probe.call(this as never, existingTables.includes(name));
        },
      },
    },
  }) as unknown as OfficeMockObject & { sync: () => Promise<void> };
  const realSync = mock.sync.bind(mock);
  mock.sync = async () => {
    recorded.syncs++;
    recorded.log.push("sync");
    if (recorded.failNextSync) {
      recorded.failNextSync = false;
      throw new Error("The request failed.");
    }
    await realSync();
  };
  // Runtime.enableEvents: only its changes are of interest.
  (mock as unknown as { runtime: unknown }).runtime = {
    set enableEvents(on: boolean) {
      recorded.log.push(on ? "events:on" : "events:off");
    },
  };

  function addSheet(name: string) {
    const sheet: Recorded["sheets"][number] = {
      name,
      ranges: [],
      names: [],
      tables: [],
      charts: [],
      pageLayout: {},
      columns: [],
      rows: [],
    };
    recorded.sheets.push(sheet);
    const makeRange = (row: number, col: number, rows: number, cols: number): FakeRange => {
      const added: FakeRange["conditionalFormats"]["added"] = [];
      const r: FakeRange = {
        sheet: name,
        address: { row, col, rows, cols },
        format: { font: {}, fill: {} },
        dataValidation: {},
        conditionalFormats: {
          added,
          add: (type: string) => {
            const f = { type, colorScale: {} };
            added.push(f);
            return f;
          },
        },
        getEntireColumn: () => {
          const c = { format: {}, col };
          sheet.columns.push(c);
          return c;
        },
        getEntireRow: () => {
          const x = { row };
          sheet.rows.push(x);
          return x;
        },
      };
      for (const property of ["formulas", "formulasR1C1"] as const) {
        let value: unknown;
        Object.defineProperty(r, property, {
          enumerable: true,
          get: () => value,
          set: (v: unknown) => {
            value = v;
            recorded.log.push(`${property}:${row},${col}`);
          },
        });
      }
      sheet.ranges.push(r);
      return r;
    };
    const worksheet = {
      load: () => worksheet,
      getRangeByIndexes: makeRange,
      names: {
        add: (n: string, range: FakeRange, comment: string) => {
          const item: Recorded["sheets"][number]["names"][number] = { name: n, range, comment };
          sheet.names.push(item);
          recorded.log.push(`name:${n}`);
          return item;
        },
      },
      tables: {
        add: (range: FakeRange, hasHeaders: boolean) => {
          const t: Record<string, unknown> = { range, hasHeaders };
          sheet.tables.push(t);
          return t;
        },
      },
      charts: {
        add: (type: string, source: FakeRange, seriesBy: string) => {
          const series: Record<string, unknown>[] = [];
          const makeSeries = (s: Record<string, unknown>) => ({
            ...s,
            format: { fill: { setSolidColor: (c: string) => (s.color = c) } },
            setValues: (r: FakeRange) => (s.values = r),
            setXAxisValues: (r: FakeRange) => (s.categories = r),
          });
          const chart: Record<string, unknown> = {
            type,
            source,
            seriesBy,
            title: {},
            series: {
              items: series,
              getItemAt: (i: number) => {
                series[i] ??= { values: source };
                const s = series[i];
                return Object.defineProperty(makeSeries(s), "name", {
                  set: (v: string) => {
                    s.name = v;
                  },
                });
              },
              add: (n: string) => {
                const s: Record<string, unknown> = { name: n };
                series.push(s);
                return makeSeries(s);
              },
            },
            setPosition: (a: string, b: string) => (chart.position = [a, b]),
          };
          sheet.charts.push(chart);
          return chart;
        },
      },
      pageLayout: Object.assign(sheet.pageLayout, {
        setPrintTitleRows: (rows: string) => (sheet.pageLayout.printTitleRows = rows),
      }),
      freezePanes: { freezeAt: (r: FakeRange) => (sheet.frozen = r) },
      activate: () => (sheet.active = true),
    };
    return worksheet;
  }

  return { context: mock as unknown as Excel.RequestContext, recorded };
}
