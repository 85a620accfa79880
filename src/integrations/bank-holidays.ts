/**
 * `virtual:bank-holidays`: the England and Wales bank holidays from last year to two years ahead,
 * as a list of dates the opening-status script imports. The list is worked out when the site is
 * built, so the browser downloads a few hundred bytes, not a holiday library.
 */
import type { Plugin } from 'vite';
import { englandAndWalesBankHolidays } from '../lib/bank-holidays';

const moduleId = 'virtual:bank-holidays';
const resolvedId = `\0${moduleId}`;

export function bankHolidays(today: Date = new Date()): Plugin {
  return {
    name: 'safer-norfolk:bank-holidays',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const year = today.getUTCFullYear();
      return `export default ${JSON.stringify(englandAndWalesBankHolidays(year - 1, year + 2))};`;
    },
  };
}
