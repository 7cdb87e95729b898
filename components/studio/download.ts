/** Saves a text as a file through the browser's downloads (no permission needed from a page). */
export function saveTextAs(text: string, fileName: string, mimeType = 'application/json'): void {
  const href = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const anchor = Object.assign(document.createElement('a'), { href, download: fileName });
  anchor.click();
  // Revoked later: the download reads the blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
