/**
 * Saving a text the page made as a file in the user's downloads: the one way an extension page can hand the
 * user a file without the `downloads` permission.
 */

/** How long the file's object URL is kept: revoked at once, Firefox may cancel the download it just started. */
const KEEP_URL_MS = 60_000;

/** Offers `text` as a download named `name` (the browser may ask where to save it, as it does for any file). */
export function saveTextFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  }
}
