/**
 * `rancang`: the headless command line over the same core as the desktop app.
 * Exit codes: 0 success, 1 failure (one-line reason on stderr), 2 wrong usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { languageSchema, type Language, type PlanSummary } from '../shared/contract';
import type { ErrorInfo } from '../shared/errors';
import { createI18n } from '../shared/i18n';
import { createCore, type Core } from './core/app';
import { markDemoSeeded } from './core/demo/demo.service';
import { resolveDataDir } from './core/paths';
import { APP_VERSION } from './version';

type Out = { log(text: string): void; error(text: string): void };

const COMMANDS = ['plans', 'demo'] as const;

function usage(t: ReturnType<typeof createI18n>['t']): string {
  return [
    t('cli.usage'),
    '',
    t('cli.commandsTitle'),
    `  plans        ${t('cli.commands.plans')}`,
    `  demo         ${t('cli.commands.demo')}`,
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

/** Runs the CLI and returns its exit code (the process is not exited here, for tests). */
export async function runCli(argv: string[], cli: CliEnv): Promise<number> {
  const out: Out = cli.out ?? { log: (s) => process.stdout.write(s + '\n'), error: (s) => process.stderr.write(s + '\n') };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'id' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    const t = createI18n('id').t;
    out.error(t('cli.badUsage', { reason: (error as Error).message }));
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
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out.log(usage(t));
    return values.help ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(command) || rest.length > 0) {
    out.error(t('cli.unknownCommand', { command: [command, ...rest].join(' ') }));
    return 2;
  }

  const dataDir = resolveDataDir(values['data-dir'], cli.env ?? process.env);
  let core: Core | undefined;
  const fail = (error: ErrorInfo) => {
    out.error(t('cli.failed', { reason: t(error.message as 'errors.internal', error.params ?? {}) }));
    return 1;
  };
  try {
    core = await createCore({
      dataDir,
      resourcesDir: cli.resourcesDir,
      host: 'test',
      version: APP_VERSION,
      seedDemo: command !== 'demo',
    });
    if (command === 'plans') {
      const result = await core.dispatch('plans.list', {});
      if (!result.ok) return fail(result.error);
      const plans = result.value as PlanSummary[];
      if (values.json) out.log(JSON.stringify(plans, null, 2));
      else if (plans.length === 0) out.log(t('cli.noPlans', { dataDir }));
      else
        for (const p of plans) {
          out.log(`${p.id}  ${p.title}  (${p.regionCode}, ${p.startYear}–${p.endYear})`);
        }
      return 0;
    }
    const result = await core.dispatch('demo.create', {});
    if (!result.ok) return fail(result.error);
    await markDemoSeeded(core.ctx);
    const plan = result.value as PlanSummary;
    out.log(values.json ? JSON.stringify(plan, null, 2) : plan.id);
    return 0;
  } catch (error) {
    const info = (error as { toInfo?: () => ErrorInfo }).toInfo?.();
    if (info) return fail(info);
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
