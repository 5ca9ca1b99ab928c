// Tests through Microsoft's own Office.js client: the client in a vm with a recording transport
// (scripts/bench/officejs-client.ts) and a workbook of snapshots answering it
// (scripts/bench/officejs-workbook.ts), shared with `npm run bench`.
export {
  EXCEL_ON_THE_WEB,
  loadOfficeJs,
  type OfficeJsClient,
  type RecordedRequest,
} from "../../scripts/bench/officejs-client";
export { workbookResponder, type FakeWorkbook } from "../../scripts/bench/officejs-workbook";
