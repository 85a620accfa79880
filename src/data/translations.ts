/**
 * The translated pages' own crisis check: every number a translated sentence gives, and every
 * number its call buttons dial, must be one a confirmed service gives. Run with the other crisis
 * checks (src/data/verification.ts), before any page is made.
 */
import { getCollection } from 'astro:content';
import type { Service } from './entries';
import { dialableNumbersIn, unconfirmedNumberProblems } from '../collections/translations';
import type { Verification, ServiceDetail } from '../lib/verification';

export async function translationProblems(
  services: ReadonlyMap<string, Service>,
  verificationOf: (service: Service) => Verification<ServiceDetail>,
): Promise<string[]> {
  const confirmed = new Set<string>();
  for (const service of services.values()) {
    const { confirmed: details, stale } = verificationOf(service);
    if (![...details, ...stale].includes('phones')) continue;
    for (const phone of service.data.phones) {
      confirmed.add(phone.display.replace(/\D/g, ''));
      // The numbers in a line's label count too, such as 55 in the Silent Solution's.
      for (const number of dialableNumbersIn(phone.label ?? '')) confirmed.add(number);
    }
  }
  return (await getCollection('translations')).flatMap((entry) => {
    const file = entry.filePath ?? `content/translations/${entry.id}.yaml`;
    const sentences = [
      { field: 'title.text', text: entry.data.title.text },
      { field: 'intro.text', text: entry.data.intro.text },
      ...entry.data.sections.flatMap((section, s) => [
        { field: `sections[${s}].heading.text`, text: section.heading.text },
        ...(section.call ? [{ field: `sections[${s}].call.label.text`, text: section.call.label.text }] : []),
        ...section.statements.map((statement, t) => ({ field: `sections[${s}].statements[${t}].text`, text: statement.text })),
      ]),
    ];
    const callProblems = entry.data.sections.flatMap((section, s) => {
      const service = section.call ? services.get(section.call.service.id) : undefined;
      if (!section.call || (service && confirmed.has(service.data.phones[0]?.display.replace(/\D/g, '') ?? ''))) return [];
      return [`${file}, field "sections[${s}].call.service": "${section.call.service.id}" has no confirmed number to call.`];
    });
    return [...unconfirmedNumberProblems(file, sentences, confirmed), ...callProblems];
  });
}
