/** `rancang export-package`, `import`, `verify` and `identity`: plan packages from the shell. */
import fs from 'node:fs';
import path from 'node:path';
import type { PackageInfo } from '../../shared/contract/packages';
import { bookDocuments } from '../core/packages/book-documents';
import { getIdentity, setIdentity } from '../core/packages/identity.service';
import { openPackage } from '../core/packages/package';
import {
  describePackage,
  exportPackage,
  importPackage,
  type PackagesEnv,
} from '../core/packages/packages.service';
import { writeFileAtomic } from '../core/packages/zip-writer';
import { APP_VERSION } from '../version';
import type { CliCommand, CliContext } from './command';

const env = (ctx: CliContext): PackagesEnv => ({ dataDir: ctx.dataDir, appVersion: APP_VERSION });

function readInput(file: string): Buffer {
  return fs.readFileSync(path.resolve(file));
}

export const exportPackageCommand: CliCommand = {
  name: 'export-package',
  usage: '<plan-id> --out <file> [--with-pdf]',
  summaryKey: 'packages.cli.export',
  options: { out: { type: 'string' }, 'with-pdf': { type: 'boolean', default: false } },
  args: { min: 1, max: 1 },
  async run(ctx) {
    const { core, out, t, options, args } = ctx;
    const file = options.out as string | undefined;
    if (!file) {
      out.error(t('cli.badUsage', { reason: 'rancang export-package <plan-id> --out <file>' }));
      return 2;
    }
    const documents = options['with-pdf'] ? await bookDocuments(core.ctx, args[0]!) : [];
    const result = await exportPackage(core.ctx, env(ctx), args[0]!, {
      requireSignature: false,
      documents,
    });
    writeFileAtomic(path.resolve(file), result.bytes);
    if (ctx.json) {
      out.log(
        JSON.stringify(
          { file: path.resolve(file), signed: result.signed, manifestHash: result.manifestHash },
          null,
          2,
        ),
      );
    } else {
      out.log(path.resolve(file));
      if (!result.signed) out.error(t('packages.cli.unsignedWarning'));
    }
    return 0;
  },
};

export const importCommand: CliCommand = {
  name: 'import',
  usage: '<file> [--as-copy|--replace]',
  summaryKey: 'packages.cli.import',
  options: {
    'as-copy': { type: 'boolean', default: false },
    replace: { type: 'boolean', default: false },
  },
  args: { min: 1, max: 1 },
  seedDemo: false,
  async run(ctx) {
    const { core, out, t, options, args } = ctx;
    if (options['as-copy'] && options.replace) {
      out.error(t('cli.badUsage', { reason: 'rancang import <file> [--as-copy|--replace]' }));
      return 2;
    }
    const mode = options['as-copy'] ? 'copy' : options.replace ? 'replace' : 'new';
    const bytes = readInput(args[0]!);
    const result = await importPackage(core.ctx, env(ctx), bytes, mode);
    out.log(ctx.json ? JSON.stringify(result, null, 2) : result.planId);
    // Imported, but say so when nobody vouches for the content.
    if ((await openPackage(bytes)).status === 'unsigned')
      out.error(t('packages.cli.importedUnsigned'));
    return 0;
  },
};

function verdictLine(info: PackageInfo, t: CliContext['t']): string {
  const who = info.signer
    ? t('packages.cli.signedBy', {
        name: info.signer.name,
        instansi: info.signer.instansi,
        fingerprint: info.signer.fingerprint,
      })
    : '';
  return [t(`packages.status.${info.status}`), who].filter(Boolean).join(' — ');
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: '<file> [--json]',
  summaryKey: 'packages.cli.verify',
  args: { min: 1, max: 1 },
  seedDemo: false,
  async run(ctx) {
    const { core, out, t, args } = ctx;
    let info: PackageInfo;
    try {
      info = await describePackage(core.ctx, env(ctx), await openPackage(readInput(args[0]!)));
    } catch (error) {
      const e = error as {
        toInfo?: () => { code: string; message: string; params?: Record<string, string | number> };
      };
      const errorInfo = e.toInfo?.();
      if (!errorInfo) throw error;
      const message = t(errorInfo.message as 'errors.internal', errorInfo.params ?? {});
      if (ctx.json)
        out.log(JSON.stringify({ status: 'invalid', error: errorInfo.code, message }, null, 2));
      else out.error(message);
      return 1;
    }
    if (ctx.json) out.log(JSON.stringify(info, null, 2));
    else out.log(verdictLine(info, t));
    return info.status === 'intact' ? 0 : info.status === 'altered' ? 1 : 2;
  },
};

export const identityCommand: CliCommand = {
  name: 'identity',
  usage: '[--name <n> --instansi <i> [--email <e>]]',
  summaryKey: 'packages.cli.identity',
  options: {
    name: { type: 'string' },
    instansi: { type: 'string' },
    email: { type: 'string' },
  },
  args: { min: 0, max: 0 },
  seedDemo: false,
  async run(ctx) {
    const { core, out, t, options } = ctx;
    const name = (options.name as string | undefined)?.trim();
    const instansi = (options.instansi as string | undefined)?.trim();
    let info;
    if (name || instansi) {
      if (!name || !instansi) {
        out.error(
          t('cli.badUsage', { reason: 'rancang identity --name <nama> --instansi <instansi>' }),
        );
        return 2;
      }
      info = await setIdentity(core.ctx, ctx.dataDir, {
        name,
        instansi,
        email: ((options.email as string | undefined) ?? '').trim(),
      });
    } else info = await getIdentity(core.ctx, ctx.dataDir);
    if (ctx.json) out.log(JSON.stringify(info, null, 2));
    else if (!info.identity) out.log(t('errors.identity.required'));
    else
      out.log(
        `${info.identity.name} (${info.identity.instansi})${info.fingerprint ? `  ${info.fingerprint}` : ''}`,
      );
    return 0;
  },
};
