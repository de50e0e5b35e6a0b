import { describe, expect, it } from 'vitest';
import { InputError, documentText } from '../../../server/ingest/index';
import { makeDocx } from '../../helpers/docx';

describe('Word documents (.docx) read as text, one paragraph per line', () => {
  it('joins a word split into formatted runs, and puts headings, paragraphs, line breaks and table cells each on a line', async () => {
    const bytes = await makeDocx(
      [
        'USA i Rosja rozmawiają o Ukrainie',
        ['Rosja domaga się gwarancji ', 'bezpie', 'czeństwa od Stanów Zjednoczonych.'],
        '',
        'Opracowanie: redakcja\nWarszawa, 12 stycznia',
      ],
      [['Liczba uczestników', '12 000']],
    );
    expect(await documentText(bytes, 'artykul.docx')).toBe(
      [
        'USA i Rosja rozmawiają o Ukrainie',
        'Rosja domaga się gwarancji bezpieczeństwa od Stanów Zjednoczonych.',
        'Opracowanie: redakcja',
        'Warszawa, 12 stycznia',
        'Liczba uczestników',
        '12 000',
      ].join('\n'),
    );
  });

  it('reads a Word file by what it holds, whatever its name says', async () => {
    const bytes = await makeDocx(['Das Treffen ist am Montag.', 'AT&T: <5 % > 3 %']);
    expect(await documentText(bytes, 'article.txt')).toBe('Das Treffen ist am Montag.\nAT&T: <5 % > 3 %');
  });

  it('says which file is not a Word document it can read', async () => {
    const notWord = Buffer.from('PK\u0003\u0004 this is no archive at all');
    await expect(documentText(notWord, 'broken.docx')).rejects.toThrow(InputError);
    await expect(documentText(notWord, 'broken.docx')).rejects.toThrow(
      /broken\.docx: is not a Word document \(\.docx\) that can be read/,
    );
  });

  it('reads plain text as before', async () => {
    expect(await documentText(Buffer.from('Zeile eins\r\nZeile zwei\n'), 'a.txt')).toBe(
      'Zeile eins\nZeile zwei\n',
    );
  });
});
