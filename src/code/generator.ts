import * as z from 'zod/mini';
import { SequenceStoreError } from '../errors/sequence-store-error.js';
import { dayOfMoment } from '../time/moment.js';
import { parseMoment, type MomentInput } from '../time/parse.js';
import { checkAgency, checkSystemCode, sequencePart, yymmdd } from './format.js';
import { MAX_SEQUENCE } from './scan.js';
import { checkSchemeInForce, requireScheme, type DossierCodeSchemeId } from './schemes.js';
import type { SequenceStore } from './sequence-store.js';
import { validate } from '../errors/validate.js';

/** Options of `createDossierCodeGenerator`. */
export interface DossierCodeGeneratorOptions {
  /** The receiving agency's identifier, as written in its codes. */
  readonly agency: string;
  /** Where sequences are allocated (shared storage when several servers receive). */
  readonly store: SequenceStore;
  /** The scheme to write; see `formatDossierCode`. */
  readonly scheme?: DossierCodeSchemeId;
  /** `AA` for `tt04-2025-centralised`. */
  readonly systemCode?: string;
  /**
   * Issue codes even on receipt days the `scheme` does not govern (see `formatDossierCode`);
   * default `false`: `next` then throws `SchemeNotInForceError` before allocating a number.
   */
  readonly allowOutsideValidity?: boolean;
}

/** Issues the dossier codes of one agency. */
export interface DossierCodeGenerator {
  /** The agency identifier the codes start with. */
  readonly agency: string;
  /** The scheme the codes are written in, or `undefined` when none was named. */
  readonly scheme: DossierCodeSchemeId | undefined;
  /**
   * Allocates the next sequence of the agency on `receivedAt`'s Vietnamese day and returns the
   * code. The moment is checked before a number is allocated, so bad input burns no sequence.
   */
  next(receivedAt: MomentInput): Promise<string>;
}

const optionsSchema = z.strictObject({
  agency: z.string(),
  store: z.custom<SequenceStore>(
    (v) => typeof v === 'object' && v !== null && typeof (v as SequenceStore).allocate === 'function',
    'expected a SequenceStore (an object with allocate(agency, day))',
  ),
  scheme: z.optional(z.string()),
  systemCode: z.optional(z.string()),
  allowOutsideValidity: z.optional(z.boolean()),
});

/**
 * A generator of dossier codes for one agency: each `next(receivedAt)` allocates the day's next
 * sequence from the store, atomically, and formats the code. Decree 61/2018/NĐ-CP Art. 26 [P]: the
 * code is issued automatically by the one-stop information system; Circular 01/2018/TT-VPCP
 * Art. 19 [P]: the sequence restarts at 1 each day. With a `scheme`, a receipt day outside the
 * scheme's validity throws `SchemeNotInForceError` unless `allowOutsideValidity: true`.
 *
 * @throws {InvalidInputError} for malformed options (an unknown field, a bad agency, …).
 * @throws {UnknownDossierCodeSchemeError} for a `scheme` id motcua does not know.
 *
 * @example
 * const codes = createDossierCodeGenerator({ agency: '000.17.22.H56', store: memorySequenceStore() });
 * await codes.next('2021-05-31T08:15') // '000.17.22.H56-210531-0001'
 * await codes.next('2021-05-31T09:40') // '000.17.22.H56-210531-0002'
 * await codes.next('2021-06-01T07:30') // '000.17.22.H56-210601-0001'
 */
export function createDossierCodeGenerator(options: DossierCodeGeneratorOptions): DossierCodeGenerator {
  const { agency, store, scheme: schemeId, systemCode, allowOutsideValidity } = validate(optionsSchema, options, 'dossier code generator options');
  const scheme = schemeId === undefined ? undefined : requireScheme(schemeId);
  const checkValidity = scheme !== undefined && allowOutsideValidity !== true;
  checkAgency(agency, scheme);
  checkSystemCode(systemCode, scheme);
  return Object.freeze({
    agency,
    scheme: scheme?.id,
    async next(receivedAt: MomentInput): Promise<string> {
      const day = dayOfMoment(parseMoment(receivedAt, ['receivedAt']));
      const date = yymmdd(day);
      if (checkValidity) checkSchemeInForce(scheme, day);
      const sequence = await store.allocate(agency, day);
      if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
        throw new SequenceStoreError(`The sequence store answered ${String(sequence)} for ${agency} on day ${day}; expected a whole number from 1 to ${MAX_SEQUENCE}`);
      }
      return `${agency}-${date}-${sequencePart(sequence, systemCode)}`;
    },
  });
}
