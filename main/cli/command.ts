/** What a `rancang` command declares and receives. Each command lives in its own file. */
import type { ParseArgsConfig } from 'node:util';
import type { createI18n } from '../../shared/i18n';
import type { Core } from '../core/app';

export type Translate = ReturnType<typeof createI18n>['t'];
export interface Out {
  log(text: string): void;
  error(text: string): void;
}

export interface CliContext {
  core: Core;
  t: Translate;
  out: Out;
  json: boolean;
  dataDir: string;
  resourcesDir: string;
  /** The command's own options (declared in `options`), parsed. */
  options: Record<string, string | boolean | string[] | boolean[] | undefined>;
  /** Positional arguments after the command name. */
  args: string[];
}

export interface CliCommand {
  name: string;
  /** Arguments shown in the help after the name, e.g. `<plan-id> --out <dir>`. */
  usage: string;
  /** i18n key of the one-line description. */
  summaryKey: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  args: { min: number; max: number };
  /** Whether the first start of a store seeds the demo plan before this command (default true). */
  seedDemo?: boolean;
  run(ctx: CliContext): Promise<number>;
}
