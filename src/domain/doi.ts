/** DOIs: one normalisation for validation (format check) and consolidation (de-duplication). */

/** 'https://doi.org/10.1000/ABC' or 'doi:10.1000/abc' → '10.1000/abc' (DOIs are case-insensitive). */
export const normalizeDoi = (text: string): string =>
  text
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .toLowerCase();
