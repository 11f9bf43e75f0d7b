/**
 * Builds .xlsx files part by part, so tests can make the hostile workbooks a real one never
 * is: a huge dimension, a value at XFD1048576, a bomb of shared strings, a formula without
 * its result, no sheets at all. Parts are deflated at the highest level, as an attacker would.
 */
import { zipSync, strToU8 } from 'fflate';

export interface SheetSpec {
  name: string;
  hidden?: boolean;
  /** The inside of <worksheet>, e.g. `<sheetData>…</sheetData>`. */
  body: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** The <si> elements of sharedStrings.xml, or a whole replacement for the part. */
  sharedStrings?: string;
  styles?: string;
  extraParts?: Record<string, Uint8Array>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string) => {
    files[path] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  };
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    spec.sharedStrings !== undefined ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : '',
    spec.styles !== undefined ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` : '',
  ].join('');
  put(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  put(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetRels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (spec.sharedStrings !== undefined) sheetRels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (spec.styles !== undefined) sheetRels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  put('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join('')}</Relationships>`);
  put(
    'xl/workbook.xml',
    `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${spec.sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  spec.sheets.forEach((sheet, i) => put(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet xmlns="${NS}" xmlns:r="${REL}">${sheet.body}</worksheet>`));
  if (spec.sharedStrings !== undefined) {
    const body = spec.sharedStrings.startsWith('<sst') ? spec.sharedStrings : `<sst xmlns="${NS}">${spec.sharedStrings}</sst>`;
    put('xl/sharedStrings.xml', body);
  }
  if (spec.styles !== undefined) put('xl/styles.xml', `<styleSheet xmlns="${NS}">${spec.styles}</styleSheet>`);
  Object.assign(files, spec.extraParts ?? {});
  return zipSync(files, { level: 9 });
}

/** `<c>` with an inline string. */
export const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A plain customer sheet: header 姓名/手机(/地址/买家ID) and the given rows. */
export function customerSheetBody(rows: string[][]): string {
  const all = [['姓名', '手机', '地址', '买家ID'].slice(0, Math.max(2, ...rows.map((r) => r.length))), ...rows];
  const xml = all
    .map((cells, r) => `<row r="${r + 1}">${cells.map((text, c) => inlineCell(`${String.fromCharCode(65 + c)}${r + 1}`, text)).join('')}</row>`)
    .join('');
  return `<sheetData>${xml}</sheetData>`;
}
