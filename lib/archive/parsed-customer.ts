import type { Localized } from '../i18n/localized.ts';

export type PhoneKind = 'mobile' | 'landline' | 'international';

export interface ParsedPhone {
  /** Mainland mobile: 11 digits; landline: 区号-号码 (extension appended as -分机); international: +digits. */
  value: string;
  kind: PhoneKind;
  /** As it appeared in the pasted text. */
  raw: string;
}

/** Same fields as addressSchema in lib/db/schemas.ts, with `full` always present. */
export interface ParsedAddress {
  province?: string;
  city?: string;
  district?: string;
  street?: string;
  full: string;
}

export interface ParsedCustomer {
  name?: string;
  phones: ParsedPhone[];
  address?: ParsedAddress;
  orderNumbers: string[];
  trackingNumbers: string[];
  /** What could not be understood, for the confirm form to show. */
  warnings: Localized[];
}
