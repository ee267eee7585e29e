import type { PlanFile } from '../../model/types';
import type { OffsetRange } from '../../text/lineIndex';
import type { Locale } from '../../i18n/locale';
import { code } from './markdown';
import { keyAt } from './keyAt';
import { schemaAt } from '../completion/schemaAt';
import { colon } from './words';

/**
 * A field key: its schema description (and its allowed values with theirs); an enum value: its
 * description. The schema is written in English only, so the descriptions are too.
 */
export function fieldHover(file: PlanFile, offset: number, locale: Locale): { range: OffsetRange; markdown: string } | undefined {
  const at = keyAt(file, offset);
  if (!at) return undefined;
  const schema = schemaAt(at.path, file.kind);
  if (!schema) return undefined;
  const values = (schema.enum ?? []) as unknown[];
  const descriptions = (schema.markdownEnumDescriptions ?? schema.enumDescriptions ?? []) as string[];
  if (at.on === 'value') {
    const index = values.indexOf(at.value);
    if (index === -1 || !descriptions[index]) return undefined;
    return { range: at.range, markdown: `${code(String(at.value))}${colon(locale)}${descriptions[index]}` };
  }
  const description = schema.markdownDescription ?? schema.description;
  if (!description) return undefined;
  const parts = [`**${code(at.key)}**`, description];
  if (values.length > 0) {
    const list = values.map((v, i) => `- ${code(String(v))}${descriptions[i] ? `: ${descriptions[i]}` : ''}`);
    parts.push(list.join('\n'));
  }
  return { range: at.range, markdown: parts.join('\n\n') };
}
