import type { z } from 'zod';

/** Declares one RPC method: its input schema (validated in main) and its output schema. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** Handlers for a group of methods: a missing or mistyped handler is a compile error. */
export type HandlersOf<C extends Record<string, { input: z.ZodType; output: z.ZodType }>> = {
  [M in keyof C]: (input: z.output<C[M]['input']>) => Promise<z.output<C[M]['output']>>;
};
