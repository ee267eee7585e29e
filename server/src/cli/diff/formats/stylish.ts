import { countsText, headPlace, type DiffReport } from '../report';

const COLOURS = { attention: '\u001b[33;1m', notice: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };

/** `file:line class message`, one line each (colours on a terminal), then a summary line. */
export function formatDiffStylish(report: DiffReport, colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `${code}${text}${COLOURS.reset}` : text);
  const lines = report.changes.map((c) => {
    const place = headPlace(c) ?? c.base;
    const where = place ? `${report.shown(place.file)}:${place.line}` : c.plan;
    return `${paint(COLOURS.dim, where)} ${paint(COLOURS[c.class], c.class)} ${c.message[report.locale]}`;
  });
  const between = {
    en: `between ${report.base.label.en} and ${report.head.label.en}`,
    fr: `entre ${report.base.label.fr} et ${report.head.label.fr}`,
  };
  const summary =
    report.changes.length === 0
      ? { en: `No change ${between.en}.`, fr: `Aucun changement ${between.fr}.` }
      : {
          en: `${countsText(report.changes).en} ${between.en}.`,
          fr: `${countsText(report.changes).fr} ${between.fr}.`,
        };
  lines.push(summary[report.locale]);
  return lines.join('\n') + '\n';
}
