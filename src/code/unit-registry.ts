/**
 * An optional registry of units (đơn vị) with the days they existed and their successors. Parsing
 * never needs one: on 2025-07-01 63 provinces became 34 and districts were abolished, and codes of
 * dissolved units stay valid codes forever (`spec/README.md`; `spec/dossier-code.md`, "Agency
 * identifiers"). Passed to `parseDossierCode`, a registry checks that the agency existed on the
 * receipt day — not that it exists today.
 */
import * as z from 'zod/mini';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isoDayText } from '../errors/schemas.js';
import { validate } from '../errors/validate.js';
import { formatDay } from '../time/format.js';
import { parseDay, type DayInput } from '../time/parse.js';
import type { DayNumber } from '../time/day-number.js';
import { scanAgency } from './agency.js';
import { explainAgency } from './explain.js';

/** One unit as the registry knows it. */
export interface AgencyUnit {
  /** Its agency identifier exactly as written in dossier codes, e.g. `000.17.22.H56`. */
  readonly id: string;
  /** Its name, e.g. `UBND phường Điện Biên`. */
  readonly name?: string;
  /** First day it existed (`YYYY-MM-DD`); open-ended when absent. */
  readonly validFrom?: string;
  /** Last day it existed (`YYYY-MM-DD`), e.g. `2025-06-30` for units dissolved by the 2025 restructuring. */
  readonly validTo?: string;
  /** Identifier of the unit that took over its work (must be in the same registry). */
  readonly successor?: string;
}

/** Units by identifier, with the days they existed. */
export interface UnitRegistry {
  /** The unit with this identifier, or `undefined`. */
  get(id: string): AgencyUnit | undefined;
  /** Whether the unit existed on `day` (a day number, as `parseDossierCode` gives `receivedOn`). */
  existedOn(id: string, day: DayNumber): boolean;
  /**
   * The unit that handles `id`'s work on `on`: `id` itself if it existed then, else the first
   * successor in its chain that did; `undefined` when none did or `id` is unknown.
   */
  handlerOn(id: string, on: DayInput): AgencyUnit | undefined;
}

const dateString = isoDayText();
const unitSchema = z.strictObject({
  id: z.string(),
  name: z.optional(z.string()),
  validFrom: z.optional(dateString),
  validTo: z.optional(dateString),
  successor: z.optional(z.string()),
});
const unitsSchema = z.array(unitSchema);

interface Entry {
  readonly unit: AgencyUnit;
  readonly from: number;
  readonly to: number;
}

/**
 * Builds a registry of units. Identifiers must be well-formed agency identifiers, dates real days
 * with `validFrom` ≤ `validTo`, identifiers unique, and successors registered units.
 *
 * @throws {InvalidInputError} listing every problem with its path.
 * @example
 * const units = createUnitRegistry([
 *   { id: '000.17.22.H56', name: 'UBND phường X (cũ)', validTo: '2025-06-30', successor: '000.20.31.H56' },
 *   { id: '000.20.31.H56', name: 'UBND phường Y', validFrom: '2025-07-01' },
 * ]);
 * parseDossierCode('000.17.22.H56-210531-0001', { registry: units }).unit?.name // 'UBND phường X (cũ)'
 */
export function createUnitRegistry(units: readonly AgencyUnit[]): UnitRegistry {
  const list = validate(unitsSchema, units, 'unit registry');
  const issues: { path: (string | number)[]; message: string }[] = [];
  const byId = new Map<string, Entry>();
  list.forEach((raw, i) => {
    const agency = scanAgency(raw.id, raw.id.length);
    if (typeof agency === 'string') {
      issues.push({ path: [i, 'id'], message: explainAgency(raw.id, agency, undefined) });
    }
    let from = -Infinity;
    let to = Infinity;
    try {
      if (raw.validFrom !== undefined) from = parseDay(raw.validFrom, [i, 'validFrom']);
      if (raw.validTo !== undefined) to = parseDay(raw.validTo, [i, 'validTo']);
    } catch (error) {
      issues.push({ path: [i], message: (error as Error).message });
    }
    if (from > to) issues.push({ path: [i, 'validTo'], message: 'validTo is before validFrom' });
    if (byId.has(raw.id)) issues.push({ path: [i, 'id'], message: `duplicate unit ${raw.id}` });
    byId.set(raw.id, { unit: Object.freeze({ ...raw }), from, to });
  });
  list.forEach((raw, i) => {
    if (raw.successor !== undefined && !byId.has(raw.successor)) {
      issues.push({ path: [i, 'successor'], message: `successor ${raw.successor} is not in the registry` });
    }
  });
  if (issues.length > 0) throw new InvalidInputError('unit registry', issues);

  const existedOn = (id: string, day: DayNumber): boolean => {
    const entry = byId.get(id);
    return entry !== undefined && day >= entry.from && day <= entry.to;
  };
  return Object.freeze({
    get: (id: string) => byId.get(id)?.unit,
    existedOn,
    handlerOn(id: string, on: DayInput): AgencyUnit | undefined {
      const day = parseDay(on, ['on']);
      const seen = new Set<string>();
      let entry = byId.get(id);
      while (entry !== undefined && !seen.has(entry.unit.id)) {
        if (day >= entry.from && day <= entry.to) return entry.unit;
        seen.add(entry.unit.id);
        entry = entry.unit.successor === undefined ? undefined : byId.get(entry.unit.successor);
      }
      return undefined;
    },
  });
}

/** The sentence saying why `id` did not exist on `day`, with its dates and successor. */
export function notActiveDetail(registry: UnitRegistry, id: string, day: DayNumber): string {
  const unit = registry.get(id);
  const span = `${unit?.validFrom ?? '…'} to ${unit?.validTo ?? '…'}`;
  const successor = unit?.successor === undefined ? '' : `; its work passed to ${unit.successor}`;
  return `the agency ${JSON.stringify(id)} did not exist on the receipt date ${formatDay(day)} (it existed ${span}${successor})`;
}
