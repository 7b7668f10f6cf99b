export { MotcuaError } from './motcua-error.js';
export { InvalidDayError } from './invalid-day-error.js';
export { InvalidMomentError } from './invalid-moment-error.js';
export { OutOfRangeError } from './out-of-range-error.js';
export { UnannouncedYearError } from './unannounced-year-error.js';
export { InvalidInputError, type InputIssue } from './invalid-input-error.js';
export { validate } from './validate.js';
export { InvalidDossierCodeError, type DossierCodeRejection } from './invalid-dossier-code-error.js';
export { SequenceStoreError } from './sequence-store-error.js';
