// CommonJS consumers: require('motcua') (and each subpath, e.g. require('motcua/calendar'))
// resolves to the CJS build with its own .d.cts types. Run: node examples/node-cjs/deadline.cjs
const { computeDeadline, formatTraceStep, MotcuaError } = require('motcua');
const { vnCalendar } = require('motcua/calendar');

// Received Thursday 23/4/2026 after 16:00; 5 working days across Giỗ Tổ (its compensation day
// on Monday 27/4) and 30/4 + 1/5.
const deadline = computeDeadline({ receivedAt: '2026-04-23T16:10', limit: '5 ngày làm việc' });
console.log(`due ${deadline.dueWallTime} (rule set ${deadline.ruleset.id}, mode ${deadline.mode})`);
for (const step of deadline.trace) console.log(`- ${formatTraceStep(step)}`);
console.log(`working days in (23/4, 5/5]: ${vnCalendar().workingDaysBetween('2026-04-23', '2026-05-05')}`);

// Every error the library throws is a MotcuaError with a stable code and the offending path.
try {
  computeDeadline({ receivedAt: '2026-04-23T16:10', limit: '5 ngày lam viec' });
} catch (error) {
  if (!(error instanceof MotcuaError)) throw error;
  console.log(`rejected: ${error.code} at ${error.path.join('.')}`);
}
