/** Exhaustiveness check for switch statements over unions: a new member is a compile error here. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable: ${String(value)}`);
}
