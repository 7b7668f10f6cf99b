/**
 * Evidence marks of the spec (`spec/README.md`): [P] the clause itself was read, [S] several
 * independent secondary sources agree, [X] practice of real systems only (not law), [U]
 * unverified — never the only behaviour, always a named, selectable policy.
 */
export type EvidenceMark = 'P' | 'S' | 'X' | 'U';

/** The legal (or practical) basis of a rule: the text, the article and how well it is attested. */
export interface Citation {
  /** The text, e.g. `Civil Code 2015` or `Circular 01/2018/TT-VPCP`. */
  readonly source: string;
  /** The article or clause, e.g. `Art. 148(5)`; absent when the whole text is meant. */
  readonly article?: string;
  /** How well the rule is attested: `P` clause read, `S` secondary sources agree, `X` practice only, `U` unverified. */
  readonly mark: EvidenceMark;
  /** What this citation supports, when the field it sits on does not say it already. */
  readonly note?: string;
}

/**
 * A frozen citation value.
 *
 * @example
 * cite('Civil Code 2015', 'Art. 148(5)', 'S') // { source: 'Civil Code 2015', article: 'Art. 148(5)', mark: 'S' }
 */
export function cite(source: string, article: string | undefined, mark: EvidenceMark, note?: string): Citation {
  return Object.freeze({
    source,
    ...(article ? { article } : {}),
    mark,
    ...(note === undefined ? {} : { note }),
  });
}

/**
 * Renders a citation the way doc comments write it.
 *
 * @example
 * formatCitation(cite('Civil Code 2015', 'Art. 148(5)', 'S')) // 'Civil Code 2015 Art. 148(5) [S]'
 */
export function formatCitation(citation: Citation): string {
  return `${citation.source}${citation.article ? ` ${citation.article}` : ''} [${citation.mark}]`;
}
