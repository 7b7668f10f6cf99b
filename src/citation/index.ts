/**
 * Citations: the legal or practical source of each rule, with the spec's evidence mark.
 * @module
 */
export { cite, formatCitation, type Citation, type EvidenceMark } from './citation.js';
