/** Every `rancang` command, in the order the help lists them. */
import type { CliCommand } from './command';
import { demoCommand } from './demo.command';
import { exportPdfCommand } from './export-pdf.command';
import {
  exportPackageCommand,
  identityCommand,
  importCommand,
  verifyCommand,
} from './packages.command';
import { plansCommand } from './plans.command';

export const commands: CliCommand[] = [
  plansCommand,
  demoCommand,
  exportPdfCommand,
  exportPackageCommand,
  importCommand,
  verifyCommand,
  identityCommand,
];
