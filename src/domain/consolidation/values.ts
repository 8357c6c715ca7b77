/** Reading reported values by the shape their component expects (anything else is ignored). */
import type { Component } from '../catalog';
import type { ReportedValue } from './types';

type Raw = ReportedValue['value'];

export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A scalar number, or undefined. */
export const numberOf = (v: Raw): number | undefined => (isNumber(v) ? v : undefined);

/** A number or a non-empty list of numbers, as a list; undefined otherwise. */
export function numbersOf(v: Raw): number[] | undefined {
  if (isNumber(v)) return [v];
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const list: readonly unknown[] = v;
  return list.every(isNumber) ? [...list] : undefined;
}

/** A non-blank text or a non-empty list of texts, as a list; undefined otherwise. */
export function textsOf(v: Raw): string[] | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : [v];
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const list: readonly unknown[] = v;
  return list.every((x): x is string => typeof x === 'string') ? [...list] : undefined;
}

/** Lists of numbers: number lists (citations) and TRL levels pooled across units. */
export const holdsNumbers = (c: Component): boolean => c.listItem === 'number' || c.type === 'level';

/** The value in the shape its component takes, or undefined when it does not fit. */
export function usableValue(c: Component, v: Raw): number | string | number[] | string[] | undefined {
  if (c.type === 'list') return holdsNumbers(c) ? numbersOf(v) : textsOf(v);
  if (c.type === 'text') return typeof v === 'string' && v.trim() !== '' ? v : undefined;
  return numberOf(v);
}

/** Whether a unit reported something usable for the component (as its role reads it). */
export function isPresent(c: Component, v: Raw): boolean {
  if (c.role === 'list') return (holdsNumbers(c) ? numbersOf(v) : textsOf(v)) !== undefined;
  return usableValue(c, v) !== undefined;
}
