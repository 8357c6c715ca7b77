/**
 * Vietnamese tax codes (mã số thuế): 10 digits whose 10th is a check digit over the first nine
 * (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; check = 10 − (Σ mod 11), Σ mod 11 = 0 gives no valid
 * code); a branch adds '-' and 3 digits (also written as 13 digits).
 */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

function checkDigitOk(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(ten[i]) * (WEIGHTS[i] ?? 0);
  const r = sum % 11;
  if (r === 0) return false;
  return (10 - r) % 10 === Number(ten[9]);
}

/**
 * The canonical form ('0100109106' or '0100109106-001') of a tax code typed with spaces, dots or
 * without the branch hyphen; undefined when it is not a valid code.
 */
export function normalizeTaxCode(text: string): string | undefined {
  const compact = text.replace(/[\s.]/g, '');
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(compact);
  if (!m) return undefined;
  const [, main = '', branch] = m;
  if (!checkDigitOk(main)) return undefined;
  return branch === undefined ? main : `${main}-${branch}`;
}
