import type { ZodError } from 'zod';
import { localized, type Localized } from '../i18n/localized';

/** A write the archive refused; `message` is English for logs, `userMessage` is shown. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly entity: string,
    readonly issues: { path: string; message: string }[],
    readonly userMessage: Localized,
  ) {
    super(`${entity}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  }

  static fromZod(entity: string, error: ZodError): ValidationError {
    const issues = error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    const detail = issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
    return new ValidationError(
      entity,
      issues,
      localized(`${ENTITY_NAMES_ZH[entity] ?? entity}数据有误：${detail}`, `Invalid ${entity}: ${detail}`),
    );
  }
}

/** The same platform+uid or phone already belongs to another customer. */
export class DuplicateCustomerError extends Error {
  override readonly name = 'DuplicateCustomerError';
  constructor(
    readonly existingId: string,
    readonly userMessage: Localized,
  ) {
    super(`customer already exists: ${existingId}`);
  }
}

const ENTITY_NAMES_ZH: Record<string, string> = {
  customer: '顾客',
  order: '订单',
  note: '备注',
  task: '任务',
  template: '话术',
};
