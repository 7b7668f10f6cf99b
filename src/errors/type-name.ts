/**
 * What kind of value `value` is, for messages (`expected number, got string`): `typeof`, with
 * `null`, `array` and `NaN` told apart. Internal.
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}
