/**
 * The cells of one input name → the component's value, by the catalogue type. Scalars read the
 * name's first cell; lists read every cell of the range (a vertical range of numbers, or one
 * cell with items separated by ';' or new lines). A list with one bad item is invalid as a
 * whole: consolidation must never use part of a list.
 */
import type { Component, Indicator } from '../catalog';
import { makeIssue } from '../issues';
import { LIST_SEPARATORS, parseNumberList } from '../numbers';
import { isWhole } from '../template/inputs';
import {
  EMPTY,
  INVALID,
  checkDate,
  checkNumber,
  dateOf,
  displayValue,
  isBlank,
  numberOf,
  textOf,
  usableValue,
  type CellSink,
  type Read,
} from './cell-value';
import type { CellReading, CellValue } from './reading';
import { normalizeDoi } from '../doi';

export type ComponentValue =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'numbers'; values: number[] }
  | { kind: 'texts'; values: string[] };

export type SinkAt = (cell: CellReading) => CellSink;

/** DOI lists are the text lists measured in DOIs (catalogue unit "DOI"). */
export const isDoiList = (c: Component): boolean => c.listItem === 'text' && c.unitEn === 'DOI';

/** A DOI as printed by publishers: 10.<registrant>/<suffix>. */
const DOI = /^10\.\d{4,9}\/\S+$/;

/** A percentage in a field that is not one: "12%" typed, or a number in a cell formatted as %. */
function percentWhereNot(c: Component, cell: CellReading, v: CellValue): boolean {
  if (c.type === 'percent' || c.type === 'text' || c.type === 'date') return false;
  if (v.kind === 'text') return /%\s*$/.test(v.value);
  return v.kind === 'number' && cell.percentFormat === true;
}

function scalar(ind: Indicator, c: Component, cell: CellReading, sink: CellSink): Read<ComponentValue> {
  const v = usableValue(cell, sink);
  if (v === undefined) return INVALID;
  if (percentWhereNot(c, cell, v)) {
    const text = v.kind === 'number' ? `${v.value * 100}%` : displayValue(v).trim();
    sink.out.push(makeIssue('VALUE_PERCENT_NOT_ALLOWED', { text }, sink.ctx));
    return INVALID;
  }
  if (c.type === 'text') {
    const t = textOf(v);
    return t.state === 'ok' ? { state: 'ok', value: { kind: 'text', value: t.value } } : t;
  }
  const n = c.type === 'date' ? dateOf(v, sink) : numberOf(v, sink, isWhole(ind, c));
  if (n.state !== 'ok') return n;
  const valid =
    c.type === 'date' ? checkDate(n.value, c, sink) : checkNumber(n.value, c, sink, isWhole(ind, c));
  return valid ? { state: 'ok', value: { kind: 'number', value: n.value } } : INVALID;
}

/** The numbers of one list cell; undefined (with an issue) when an item is not a number. */
function numbersInCell(v: CellValue, before: number, sink: CellSink): number[] | undefined {
  if (v.kind === 'number') return [v.value];
  if (v.kind === 'text') {
    const parsed = parseNumberList(v.value);
    if ('values' in parsed) return parsed.values;
    const { item, readings } = parsed.error;
    const position = String(before + parsed.error.position);
    if (readings) {
      const [readingVi, readingEn] = readings;
      sink.out.push(makeIssue('LIST_ITEM_AMBIGUOUS', { position, item, readingVi, readingEn }, sink.ctx));
    } else sink.out.push(makeIssue('LIST_ITEM_INVALID', { position, item }, sink.ctx));
    return undefined;
  }
  sink.out.push(
    makeIssue('LIST_ITEM_INVALID', { position: String(before + 1), item: displayValue(v) }, sink.ctx),
  );
  return undefined;
}

/**
 * Walks the cells of a list: blank cells are skipped, an unusable cell or a bad item makes the
 * whole list invalid, but every cell is still visited so each gets its own issues and positions.
 */
function readList<T>(
  cells: readonly CellReading[],
  sinkAt: SinkAt,
  itemsOf: (v: CellValue, before: number, sink: CellSink) => { items: readonly T[]; ok: boolean },
): Read<readonly T[]> {
  const values: T[] = [];
  let valid = true;
  for (const cell of cells) {
    const sink = sinkAt(cell);
    const v = usableValue(cell, sink);
    if (v === undefined) valid = false;
    if (v === undefined || isBlank(v)) continue;
    const { items, ok } = itemsOf(v, values.length, sink);
    if (!ok) valid = false;
    values.push(...items);
  }
  if (!valid) return INVALID;
  return values.length === 0 ? EMPTY : { state: 'ok', value: values };
}

function numberList(
  ind: Indicator,
  c: Component,
  cells: readonly CellReading[],
  sinkAt: SinkAt,
): Read<ComponentValue> {
  const whole = isWhole(ind, c);
  const read = readList(cells, sinkAt, (v, before, sink) => {
    const items = numbersInCell(v, before, sink);
    if (items === undefined) return { items: [], ok: false };
    // Every item is checked (not only up to the first bad one) so each gets its issue.
    const ok = items.map((n) => checkNumber(n, c, sink, whole)).every(Boolean);
    return { items, ok };
  });
  return read.state === 'ok' ? { state: 'ok', value: { kind: 'numbers', values: [...read.value] } } : read;
}

function textList(c: Component, cells: readonly CellReading[], sinkAt: SinkAt): Read<ComponentValue> {
  const doiList = isDoiList(c);
  const read = readList(cells, sinkAt, (v, before, sink) => {
    const items = displayValue(v)
      .split(LIST_SEPARATORS)
      .map((i) => i.trim())
      .filter((i) => i !== '');
    if (!doiList) return { items, ok: true };
    const dois = items.map((item, i) => {
      const doi = normalizeDoi(item);
      // A bad DOI is a warning: the paper may be real; the office checks it before de-duplicating.
      if (!DOI.test(doi)) {
        sink.out.push(
          makeIssue('LIST_ITEM_DOI_INVALID', { position: String(before + i + 1), item }, sink.ctx),
        );
      }
      return doi;
    });
    return { items: dois, ok: true };
  });
  return read.state === 'ok' ? { state: 'ok', value: { kind: 'texts', values: [...read.value] } } : read;
}

/** Reads one component from its cells, pushing the issues of each cell to `sinkAt(cell)`. */
export function readComponent(
  ind: Indicator,
  c: Component,
  cells: readonly CellReading[],
  sinkAt: SinkAt,
): Read<ComponentValue> {
  if (c.type === 'list') {
    return c.listItem === 'number' ? numberList(ind, c, cells, sinkAt) : textList(c, cells, sinkAt);
  }
  const first = cells[0];
  return first === undefined ? EMPTY : scalar(ind, c, first, sinkAt(first));
}

/** Whether a user typed anything into the cells (an error value or a formula counts). */
export const hasEntry = (cells: readonly CellReading[]): boolean =>
  cells.some((cell) => cell.formula !== undefined || !isBlank(cell.value));
