// TypeScript consumers: `import … from 'motcua'` resolves through the package's exports map to
// dist/index.d.ts (ESM) or dist/index.d.cts (CJS). Type-check against the built declarations:
//   npm run build && npx tsc -p examples/typescript
// test/examples.test.ts does that, then runs this file (types stripped) through the ESM build.
import { computeDeadline, deadlineStatus, MotcuaError, type Deadline, type DeadlineStatus, type MomentInput } from 'motcua';
import type { Channel } from 'motcua/deadline';

export interface Check {
  readonly deadline: Deadline;
  readonly status: DeadlineStatus;
}

/** Where a dossier stands at `at`: its appointment, and on track / due soon / overdue. */
export function statusOf(receivedAt: MomentInput, limit: string, at: MomentInput, channel: Channel = 'online'): Check {
  const deadline = computeDeadline({ receivedAt, limit, channel });
  return { deadline, status: deadlineStatus(deadline, at) };
}

const checks: ReadonlyArray<readonly [received: string, limit: string, at: string]> = [
  ['2025-08-28T16:10', '3 ngày làm việc', '2025-09-01T10:00'], // 30/8 … 2/9 off
  ['2025-08-28T16:10', '3 ngày làm việc', '2025-09-04T10:00'],
  ['2025-08-28T16:10', '3 ngày làm việc', '2025-09-05T08:00'],
];
for (const [received, limit, at] of checks) {
  const { deadline, status } = statusOf(received, limit, at);
  console.log(`${received} + ${limit}: due ${deadline.dueWallTime}; at ${at}: ${status}`);
}

try {
  statusOf('2025-02-30T08:00', '3 ngày làm việc', '2025-03-05T08:00');
} catch (error: unknown) {
  if (!(error instanceof MotcuaError)) throw error;
  const { code, path } = error; // code: string, path: readonly (string | number)[]
  console.log(`rejected: ${code} at ${path.join('.')}`);
}
