import type { PlanFile } from '../../model/types';
import type { OffsetRange } from '../../text/lineIndex';
import type { Locale } from '../../i18n/locale';
import { code } from './markdown';
import { keyAt } from './keyAt';
import { schemaAt } from '../completion/schemaAt';
import { colon } from './words';
import { schemaDescription, schemaEnumDescriptions } from '../../schema/schemaText';

/**
 * A field key: its schema description (and its allowed values with theirs); an enum value: its
 * description. In the locale's language: the schema's French texts for 'fr', English otherwise.
 */
export function fieldHover(
  file: PlanFile,
  offset: number,
  locale: Locale,
): { range: OffsetRange; markdown: string } | undefined {
  const at = keyAt(file, offset);
  if (!at) return undefined;
  const schema = schemaAt(at.path, file.kind);
  if (!schema) return undefined;
  const values = (schema.enum ?? []) as unknown[];
  const descriptions = schemaEnumDescriptions(schema, locale);
  if (at.on === 'value') {
    const index = values.indexOf(at.value);
    if (index === -1 || !descriptions[index]) return undefined;
    return { range: at.range, markdown: `${code(String(at.value))}${colon(locale)}${descriptions[index]}` };
  }
  const description = schemaDescription(schema, locale);
  if (!description) return undefined;
  const parts = [`**${code(at.key)}**`, description];
  if (values.length > 0) {
    const list = values.map(
      (v, i) => `- ${code(String(v))}${descriptions[i] ? `${colon(locale)}${descriptions[i]}` : ''}`,
    );
    parts.push(list.join('\n'));
  }
  return { range: at.range, markdown: parts.join('\n\n') };
}
