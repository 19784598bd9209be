/**
 * The single typed RPC contract between the UI and the application core. Main validates every
 * input with these schemas; handler and client types are derived from them.
 * Each domain declares its methods in its own module; this file joins them.
 */
import type { z } from 'zod';
import { documentsMethods } from './documents';
import { foundationMethods } from './foundation';
import { programmeMethods } from './programmes';
import { packagesMethods } from './packages';
import { pillarsMethods } from './pillars';
import { rpjmdImportMethods, rpjmdMethods } from './rpjmd';

export * from './foundation';
export { method, type HandlersOf } from './method';

export const contract = {
  ...foundationMethods,
  ...documentsMethods,
  ...programmeMethods,
  ...packagesMethods,
  ...rpjmdMethods,
  ...rpjmdImportMethods,
  ...pillarsMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

/** Whether a string names a method of the contract. */
export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
