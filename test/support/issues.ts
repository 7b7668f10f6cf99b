// Test support: the issues of the InvalidInputError a call throws (fails if it throws nothing, and
// rethrows any other error).
import { InvalidInputError, type InputIssue } from '../../src/errors/invalid-input-error.js';

export function issuesOf(f: () => unknown): readonly InputIssue[] {
  try {
    f();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
  throw new Error('did not throw');
}
