/**
 * Western addresses as pasted from Amazon/eBay/Shopify orders: a street line starting with
 * a house number, then "City, ST 94105" (US/CA style) on the same or the next line. Other
 * countries' layouts are kept whole in `full` rather than split wrongly.
 */
import type { ParsedAddress } from './parsed-customer.ts';

const STREET_LINE =
  /^\s*\d+[A-Za-z]?(?:[-/]\d+)?\s+[A-Za-z0-9 .'’-]+?\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Ct|Court|Pl|Place|Sq|Square|Terrace|Ter|Hwy|Highway|Pkwy|Parkway|Close|Crescent)\b\.?/i;
const CITY_STATE_ZIP = /^\s*([A-Za-z][A-Za-z .'’-]+?),\s*([A-Z]{2})\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*(?:,?\s*(?:USA|US|United States|Canada))?\s*$/;

/** A short line of words with a postcode-like token: London NW1 6XE, 10115 Berlin. */
const LOOSE_LOCALITY = /^(?=.*\d)(?=.*[A-Za-z]{3})[A-Za-z0-9 ,.'’-]{4,60}$/;

/** Finds an English address in the lines; returns it with the indexes of the lines used. */
export function findEnglishAddress(lines: readonly string[]): { address: ParsedAddress; lineIndexes: number[] } | undefined {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    const street = STREET_LINE.exec(line);
    if (!street) continue;
    // Same line: "500 Market St, San Francisco, CA 94105"
    const tail = line.slice(street[0].length).replace(/^\s*,?\s*/, '');
    const inline = splitStreetAndLocality(line);
    if (inline) return { address: inline, lineIndexes: [i] };
    const next = lines[i + 1]?.trim();
    const locality = next ? CITY_STATE_ZIP.exec(next) : null;
    if (locality && next) {
      return {
        address: {
          street: line.replace(/[,\s]+$/, ''),
          city: locality[1]!.trim(),
          province: locality[2]!,
          full: `${line.replace(/[,\s]+$/, '')}, ${next}`,
        },
        lineIndexes: [i, i + 1],
      };
    }
    // A street line with some other locality (a UK postcode line, say): keep it whole.
    const nextIsLocality = !tail && next !== undefined && LOOSE_LOCALITY.test(next);
    const full = nextIsLocality ? `${line}, ${next}` : line;
    return { address: { full: tidyFull(full) }, lineIndexes: nextIsLocality ? [i, i + 1] : [i] };
  }
  return undefined;
}

function splitStreetAndLocality(line: string): ParsedAddress | undefined {
  const parts = line.split(',').map((p) => p.trim()).filter(Boolean);
  for (let cut = parts.length - 1; cut >= 1; cut -= 1) {
    const locality = CITY_STATE_ZIP.exec(parts.slice(cut).join(', '));
    if (locality) {
      return { street: parts.slice(0, cut).join(', '), city: locality[1]!.trim(), province: locality[2]!, full: line };
    }
  }
  return undefined;
}

function tidyFull(full: string): string {
  return full.replace(/\s+/g, ' ').replace(/[,\s]+$/, '').trim();
}
