import type { IStylesOptions } from 'docx';

const ACCENT = '1D4F91';
const MUTED = '5B6676';

/**
 * Word's own styles (Title, Heading 1–4) set for a plan, and a few of Jalon's for what has
 * no built-in style: the communication department restyles them in one place.
 */
export function docxStyles(): IStylesOptions {
  const heading = (size: number, color = ACCENT, before = 240) => ({
    run: { size, bold: true, color, font: 'Calibri' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: { document: { run: { font: 'Calibri', size: 21 }, paragraph: { spacing: { after: 100 } } } },
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 56, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 2400, after: 240 } },
      },
      {
        id: 'Heading1',
        name: 'Heading 1',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        ...heading(36, ACCENT, 0),
      },
      { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, ...heading(30) },
      { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, ...heading(26) },
      {
        id: 'Heading4',
        name: 'Heading 4',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        ...heading(22, '1B2330', 160),
      },
      {
        id: 'JalonInstitution',
        name: 'Jalon Institution',
        basedOn: 'Normal',
        run: { size: 22, bold: true, allCaps: true, color: MUTED },
      },
      { id: 'JalonSubtitle', name: 'Jalon Subtitle', basedOn: 'Normal', run: { size: 24, color: MUTED } },
      {
        id: 'JalonLabel',
        name: 'Jalon Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 17, bold: true, allCaps: true, color: ACCENT },
        paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
      },
      { id: 'JalonFact', name: 'Jalon Fact', basedOn: 'Normal', run: { size: 18, color: MUTED } },
      { id: 'JalonQuote', name: 'Jalon Quote', basedOn: 'Normal', run: { size: 18, italics: true, color: MUTED } },
      { id: 'JalonNote', name: 'Jalon Note', basedOn: 'Normal', run: { size: 18, italics: true, color: MUTED } },
      {
        id: 'JalonTableHeading',
        name: 'Jalon Table Heading',
        basedOn: 'Normal',
        run: { size: 16, bold: true, allCaps: true, color: MUTED },
      },
      { id: 'JalonRunning', name: 'Jalon Running Header', basedOn: 'Normal', run: { size: 15, color: MUTED } },
    ],
  };
}
