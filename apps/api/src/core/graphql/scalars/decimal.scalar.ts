import { type CustomScalar, Scalar } from '@nestjs/graphql';

import { Decimal } from 'decimal.js';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

/** What the Decimal scalar accepts on output: pg returns numeric as a string; computed values are decimal.js. */
export type DecimalLike = string | number | Decimal;

/** Canonical exact text of a decimal: no exponent, no trailing zeros ('0.81250000' → '0.8125'). */
export function toDecimalString(value: DecimalLike): string {
  const decimal = value instanceof Decimal ? value : new Decimal(value);

  return decimal.toFixed();
}

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new GraphQLError('Decimal must be a string such as "23594197" or "0.8125"', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  try {
    const decimal = new Decimal(value);
    if (!decimal.isFinite()) throw new Error('not finite');

    return decimal.toFixed();
  } catch {
    throw new GraphQLError(`Invalid Decimal: ${String(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/**
 * Exact decimal numbers as JSON strings. Money and counts are `numeric` in PostgreSQL; a JSON number would
 * round them through a double on the way to the client.
 */
@Scalar('Decimal')
export class DecimalScalar implements CustomScalar<string, string> {
  description = 'Exact decimal number serialised as a string ("23594197", "0.8125").';

  parseValue(value: unknown): string {
    return parseDecimal(value);
  }

  serialize(value: unknown): string {
    if (typeof value === 'string' || typeof value === 'number' || value instanceof Decimal) return toDecimalString(value);
    throw new GraphQLError(`Decimal cannot represent ${typeof value}`);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be a string or number literal', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}
