/** The user's documents as an export file: written, read back as the same documents, and bad files refused. */
import { describe, expect, it } from 'vitest';
import {
  documentsExport,
  EXPORT_FORMAT,
  exportFileName,
  isExportFileName,
  readDocumentsExport,
} from '../../src/core/corpus/documents-export';
import { checkNewDocument, type UserDocument } from '../../src/core/corpus/user-documents';
import { CorpusError } from '../../src/core/errors';

const NOW = new Date('2026-11-21T10:30:00Z');

const RIVERTON: UserDocument = {
  id: 'user-riverton',
  name: 'riverton.txt',
  text: 'Floods in Riverton\n\nThe floods in Riverton killed 412 people, the governor said.\n',
  outlet: 'Valley Herald',
  title: 'Floods in Riverton',
  date: '2016-03-01',
  url: 'https://example.com/riverton',
  added: '2026-11-01T09:00:00.000Z',
};

const PASTED: UserDocument = {
  id: 'user-pasted-text',
  text: 'A pasted text with “quotes”, an é and a line\r\nbreak.',
  outlet: null,
  title: null,
  date: null,
  url: null,
  added: '2026-11-02T09:00:00.000Z',
};

function refusal(file: string, source: string): string {
  try {
    readDocumentsExport(file, source);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as CorpusError).message;
  }
  throw new Error('not refused');
}

describe('documentsExport and readDocumentsExport', () => {
  it('read back the texts and sources written, and the same ids once checked into an empty corpus', () => {
    const file = documentsExport([RIVERTON, PASTED], NOW);
    expect(JSON.parse(file)).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      exported: NOW.toISOString(),
    });
    const { documents, unreadable } = readDocumentsExport('backup.json', file);
    expect(unreadable).toBe(0);
    expect(documents).toEqual([
      {
        name: 'riverton.txt',
        text: RIVERTON.text,
        title: 'Floods in Riverton',
        outlet: 'Valley Herald',
        date: '2016-03-01',
        url: 'https://example.com/riverton',
        added: RIVERTON.added,
      },
      {
        name: 'pasted-text',
        text: PASTED.text,
        title: null,
        outlet: null,
        date: null,
        url: null,
        added: PASTED.added,
      },
    ]);
    const ids = new Set<string>();
    const checked = documents.map((doc) => {
      const kept = checkNewDocument(doc, { ids, userTexts: [] }, NOW);
      ids.add(kept.id);
      return [kept.id, kept.added];
    });
    // Re-imported, each keeps the day it was first added, not the day of the import.
    expect(checked).toEqual([
      ['user-riverton', RIVERTON.added],
      ['user-pasted-text', PASTED.added],
    ]);
  });

  it.each([
    ['a time after now', '2027-01-01T00:00:00.000Z'],
    ['not a time', 'yesterday'],
    ['a day without a time', '2026-11-01'],
    ['an impossible time', '2026-13-45T99:99:99Z'],
    ['no time at all', null],
  ])('adds a document whose first-added time is %s as added now', (_, added) => {
    const doc = {
      name: 'a.txt',
      text: 'Some text.',
      title: null,
      outlet: null,
      date: null,
      url: null,
      added,
    };
    expect(checkNewDocument(doc, { ids: new Set(), userTexts: [] }, NOW).added).toBe(NOW.toISOString());
  });

  it('names the file by its day', () => {
    expect(exportFileName(NOW)).toBe('claim-lens-documents-2026-11-21.json');
    expect(isExportFileName(exportFileName(NOW))).toBe(true);
    expect(isExportFileName('BACKUP.JSON')).toBe(true);
    expect(isExportFileName('notes.txt')).toBe(false);
    expect(isExportFileName('json')).toBe(false);
  });

  it.each([
    ['not JSON', 'Floods in Riverton', 'backup.json: is not a Claim Lens export (it is not JSON)'],
    ['JSON of something else', '{"name": "my-package", "version": "1.0.0"}', 'is not a Claim Lens export'],
    ['a bare list', '[{"text": "A text"}]', 'is not a Claim Lens export'],
    ['null', 'null', 'is not a Claim Lens export'],
    ['no document list', `{"format": "${EXPORT_FORMAT}", "version": 1}`, 'is not a Claim Lens export'],
    [
      'a later version',
      `{"format": "${EXPORT_FORMAT}", "version": 2, "documents": []}`,
      'was exported by a later Claim Lens (format 2)',
    ],
  ])('refuses %s, naming the file', (_, source, message) => {
    expect(refusal('backup.json', source)).toContain(message);
  });

  it('counts entries that are not documents, and reads the others', () => {
    const source = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      documents: [
        null,
        'text',
        { text: '   ' },
        { title: 'No text' },
        { text: 'Kept.', date: 7, outlet: ['x'] },
      ],
    });
    expect(readDocumentsExport('backup.json', source)).toEqual({
      documents: [
        {
          name: 'backup.json document 1',
          text: 'Kept.',
          title: null,
          outlet: null,
          date: null,
          url: null,
          added: null,
        },
      ],
      unreadable: 4,
    });
  });

  it('gives an entry without a name its title, then its id, as the name it is added under', () => {
    const source = JSON.stringify({
      format: EXPORT_FORMAT,
      documents: [
        { title: 'Floods', id: 'user-floods-2', text: 'A.' },
        { title: 'Floods', text: 'B.' },
      ],
    });
    expect(readDocumentsExport('b.json', source).documents.map((d) => d.name)).toEqual([
      'floods-2',
      'Floods',
    ]);
  });
});
