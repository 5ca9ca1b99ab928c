// Saving a file the pane made (a report, a workbook): a link to the bytes, clicked. Excel on Windows
// and on the web, and the preview, save it in the user's downloads; Excel for Mac's task pane does
// not save files (WebKit), so there the pane says what to do instead.

/** Whether this host saves a file the pane offers. */
export function canDownload(): boolean {
  const platform =
    typeof Office !== "undefined"
      ? (Office.context as { platform?: unknown } | undefined)?.platform
      : undefined;
  return platform !== "Mac";
}

export function download(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the bytes once the click is handled; the link's address is freed later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a sheet's name: what Windows, macOS and the web all accept. */
export function fileName(base: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim() || "CityNet";
  return `${safe.slice(0, 100)}.${extension}`;
}
