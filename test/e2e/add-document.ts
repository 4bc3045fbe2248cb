/** The options page's add form, as the end-to-end tests fill it. */
import type { Page } from 'playwright-core';

/** Source fields of the add form, by the suffix of their test ids. */
export interface SourceFields {
  outlet?: string;
  date?: string;
  url?: string;
}

/** Chooses a text file named `name` holding `text`, fills the source fields given, and submits the form. */
export async function submitTextFile(
  options: Page,
  name: string,
  text: string,
  fields: SourceFields = {},
): Promise<void> {
  await options.getByTestId('add-files').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) await options.getByTestId(`add-${key}`).fill(value);
  }
  await options.getByTestId('add-submit').click();
}
