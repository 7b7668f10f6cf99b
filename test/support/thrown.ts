// Test support: the error a call throws (fails if it throws nothing); `thrownAs` also checks its
// class, rethrowing any other error so that its own stack shows.
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

export function thrownAs<E extends Error>(f: () => unknown, type: abstract new (...args: never[]) => E): E {
  const error = thrown(f);
  if (error instanceof type) return error;
  throw error;
}
