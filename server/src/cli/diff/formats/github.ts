import { escapeData, escapeProperty } from '../../formats/github';
import { headPlace, type DiffReport } from '../report';

/** `::warning` annotations on the head lines of attention changes (what a reviewer must look at). */
export function formatDiffGithub(report: DiffReport): string {
  return report.changes
    .filter((c) => c.class === 'attention')
    .map((c) => {
      const place = headPlace(c);
      const props = place ? [`file=${escapeProperty(report.inRepository(place.file))}`, `line=${place.line}`] : [];
      props.push(`title=${escapeProperty(`jalon diff: ${c.kind}`)}`);
      return `::warning ${props.join(',')}::${escapeData(c.message[report.locale])}\n`;
    })
    .join('');
}
