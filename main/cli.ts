/**
 * `rancang`: the headless command line over the same core as the desktop app.
 * Exit codes: 0 success, 1 failure (one-line reason on stderr), 2 wrong usage.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { languageSchema, type Language } from '../shared/contract';
import type { ErrorInfo } from '../shared/errors';
import { createI18n } from '../shared/i18n';
import type { CliCommand, Out, Translate } from './cli/command';
import { failWith } from './cli/errors';
import { commands } from './cli/registry';
import { createCore, type Core } from './core/app';
import { resolveDataDir } from './core/paths';
import { APP_VERSION } from './version';

const globalOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'id' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} satisfies NonNullable<ParseArgsConfig['options']>;

function usage(t: Translate): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.usage}`.length)) + 2;
  return [
    t('cli.usage'),
    '',
    t('cli.commandsTitle'),
    ...commands.map(
      (c) => `  ${`${c.name} ${c.usage}`.padEnd(width)} ${t(c.summaryKey as 'cli.commands.plans')}`,
    ),
    '',
    t('cli.optionsTitle'),
    `  --data-dir <folder>  ${t('cli.options.dataDir')}`,
    `  --json               ${t('cli.options.json')}`,
    `  --lang id|en         ${t('cli.options.lang')}`,
    `  --help, -h           ${t('cli.options.help')}`,
    `  --version            ${t('cli.options.version')}`,
  ].join('\n');
}

export interface CliEnv {
  resourcesDir: string;
  out?: Out;
  env?: NodeJS.ProcessEnv;
}

function parse(argv: string[], command: CliCommand | undefined) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...globalOptions, ...(command?.options ?? {}) },
  });
}

/** Runs the CLI and returns its exit code (the process is not exited here, for tests). */
export async function runCli(argv: string[], cli: CliEnv): Promise<number> {
  const out: Out = cli.out ?? {
    log: (s) => process.stdout.write(s + '\n'),
    error: (s) => process.stderr.write(s + '\n'),
  };
  // The command's name decides which options are allowed: find it with a lenient first pass.
  const first = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: globalOptions,
  });
  const command = commands.find((c) => c.name === first.positionals[0]);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv, command);
  } catch (error) {
    out.error(
      createI18n(first.values.lang === 'en' ? 'en' : 'id').t('cli.badUsage', {
        reason: (error as Error).message,
      }),
    );
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = languageSchema.safeParse(values.lang);
  const language: Language = lang.success ? lang.data : 'id';
  const { t } = createI18n(language);
  if (!lang.success) {
    out.error(t('cli.badLanguage', { value: String(values.lang) }));
    return 2;
  }
  if (values.version) {
    out.log(APP_VERSION);
    return 0;
  }
  const [name, ...args] = positionals;
  if (values.help || !name) {
    out.log(usage(t));
    return values.help ? 0 : 2;
  }
  if (!command || command.name !== name) {
    out.error(t('cli.unknownCommand', { command: positionals.join(' ') }));
    return 2;
  }
  if (args.length < command.args.min || args.length > command.args.max) {
    out.error(t('cli.badUsage', { reason: `rancang ${command.name} ${command.usage}`.trim() }));
    return 2;
  }

  const dataDir = resolveDataDir(values['data-dir'] as string | undefined, cli.env ?? process.env);
  let core: Core | undefined;
  try {
    core = await createCore({
      dataDir,
      resourcesDir: cli.resourcesDir,
      host: 'test',
      version: APP_VERSION,
      seedDemo: command.seedDemo !== false,
    });
    const options = Object.fromEntries(
      Object.keys(command.options ?? {}).map((key) => [key, values[key as keyof typeof values]]),
    );
    return await command.run({
      core,
      t,
      out,
      json: Boolean(values.json),
      dataDir,
      resourcesDir: cli.resourcesDir,
      options,
      args,
    });
  } catch (error) {
    const info = (error as { toInfo?: () => ErrorInfo }).toInfo?.();
    if (info) return failWith(out, t, info);
    out.error(t('cli.failed', { reason: (error as Error).message }));
    return 1;
  } finally {
    await core?.close();
  }
}

/** Entry of the built `out/main/cli.cjs`, run directly or through `main/bin/rancang.cjs`. */
export function main(): void {
  const resourcesDir = path.resolve(__dirname, '..', '..', 'resources');
  void runCli(process.argv.slice(2), { resourcesDir }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) main();
