/**
 * Error codes that cross the RPC boundary. Each code has a translatable message under
 * `errors.<code>` in the locale files; `params` fill its placeholders.
 */
export const ERROR_CODES = [
  'rpc.unknownMethod',
  'rpc.invalidInput',
  'rpc.forbidden',
  'internal',
  'store.newerVersion',
  'store.openFailed',
  'plan.notFound',
  'documents.jobNotFound',
  'documents.folderNotPicked',
  'documents.logoInvalid',
  'documents.logoTooLarge',
  'region.notFound',
  'member.notFound',
  'opd.notFound',
  'opd.duplicate',
  'plan.invalidYears',
  'package.unreadable',
  'package.tooBig',
  'package.tooManyEntries',
  'package.unsafeEntry',
  'package.unknownEntry',
  'package.duplicateEntry',
  'package.entryTooLarge',
  'package.bomb',
  'package.missingEntry',
  'package.invalidJson',
  'package.invalidContent',
  'package.newerFormat',
  'package.altered',
  'package.wrongKind',
  'package.planExists',
  'package.writeFailed',
  'identity.required',
  'review.planMissing',
  'review.notForThisPlan',
  'review.commentNotFound',
  'review.readOnly',
  'rpjmd.itemNotFound',
  'rpjmd.indicatorNotFound',
  'rpjmd.invalidPeriod',
  'rpjmd.cannotMove',
  'rpjmd.restoreConflict',
  'rpjmd.unknownLink',
  'statement.notFound',
  'pillars.unknownSubDimension',
  'pillars.itemNotFound',
  'import.tooBig',
  'import.notSpreadsheet',
  'import.empty',
  'import.mergedCells',
  'import.missingColumns',
  'import.invalidRows',
  'programme.notFound',
  'programme.unknownSubDimension',
  'programme.unknownType',
  'programme.unknownSource',
  'programme.unknownRpjmdItem',
  'programme.dependencyCycle',
  'programme.yearOutsidePlan',
  'programme.yearsOrder',
  'programme.indicatorNotFound',
  'quickwin.weightsTotal',
  'quickwin.criterionNotFound',
  'quickwin.notFound',
  'quickwin.riskNotFound',
  'quickwin.unknownProfileType',
  'quickwin.unknownHandling',
  'quickwin.tooManyCriteria',
  'quickwin.lastCriterion',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  /** i18n key of the user-facing message. */
  message: string;
  params?: Record<string, string | number>;
  /** For invalid input: which fields were wrong (paths), never internals. */
  issues?: { path: string; message: string }[];
}

/** An error the app expects and explains to the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;
  readonly issues: ErrorInfo['issues'];

  constructor(
    code: ErrorCode,
    params?: Record<string, string | number>,
    issues?: ErrorInfo['issues'],
  ) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      message: `errors.${this.code}`,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

/** The answer of every RPC call. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
