// A browser bundle of the calendar, the appointment engine and dossier codes: the core entry
// points reach no Node built-in, so esbuild bundles them for the browser as they are.
//   npm run build && npx esbuild examples/browser/main.js --bundle --minify --format=esm --outfile=examples/browser/out.js
// then serve examples/browser/ (e.g. npx http-server examples/browser) and open index.html.
// test/examples.test.ts bundles this file the same way and runs it against a fake `document`.
import { vnCalendar } from 'motcua/calendar';
import { computeDeadline } from 'motcua/deadline';
import { formatDossierCode, parseDossierCode } from 'motcua/code';

const receivedAt = '2025-08-28T16:10'; // Vietnamese wall time, whatever the browser's time zone
const cal = vnCalendar();
const deadline = computeDeadline({ receivedAt, limit: '3 ngày làm việc' });
// From 2025-07-01 the agency identifier is written level-1 unit first (scheme qd20-2020).
const code = formatDossierCode({ agency: 'H56.22.17.000', receivedAt, sequence: 42 });

const lines = [
  `${code} (${parseDossierCode(code).scheme}): due ${deadline.dueWallTime} under ${deadline.ruleset.id}`,
  `2025-04-26 is ${cal.isWorkingDay('2025-04-26') ? 'a working day (make-up Saturday)' : 'a day off'}`,
  `2025-09-01 is ${cal.isWorkingDay('2025-09-01') ? 'a working day' : `a day off (${cal.dayInfo('2025-09-01').occasion})`}`,
];
if (typeof document !== 'undefined') {
  const output = document.getElementById('output');
  if (output) output.textContent = lines.join('\n');
} else {
  console.log(lines.join('\n'));
}
