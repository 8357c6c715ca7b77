/** Numbers and dates as Vietnamese users write them: 100.000 · 12,5% · 05/12/2026. */
import { excelSerialToIso } from '../catalog';
import { formatVietnamTime } from '../vietnam-time';

const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

export const viNumber = (n: number): string => VI_NUMBER.format(n);

export const viPercent = (fraction: number): string => `${viNumber(fraction * 100)}%`;

/** ISO date (yyyy-mm-dd) → dd/mm/yyyy; any other text is shown as given. */
export function viDateFromIso(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3] ?? ''}/${m[2] ?? ''}/${m[1] ?? ''}` : iso;
}

/** Excel date serial → dd/mm/yyyy. */
export const viDateFromSerial = (serial: number): string => viDateFromIso(excelSerialToIso(serial));

/** ISO instant → "21/11/2026 15:00 (giờ Việt Nam)", as the units read times; anything else as given. */
export function viTimestamp(iso: string): string {
  const shown = formatVietnamTime(iso);
  return shown ? `${shown} (giờ Việt Nam)` : iso;
}

/** The page header of a printed template sheet ("Đánh giá KH, CN & ĐMST năm 2026 – Thống kê tỉnh"). */
export const printHeader = (year: number, unitName?: string): string =>
  `Đánh giá KH, CN & ĐMST năm ${year}${unitName === undefined ? '' : ` – ${unitName}`}`;

/** The page footer of a printed template sheet, in Excel's header/footer codes (&P page, &N pages). */
export const PRINT_FOOTER = 'Trang &P / &N';
