"""Fills EVERY unit's khcn template the way the units' own software would (openpyxl, cells found
by the KHCN_… defined names, plain values only), stages a realistic submission folder, and
computes the province figures the consolidation must give, INDEPENDENTLY of the TypeScript code.

Usage:
  /usr/bin/python3 fill_units.py <catalog.json> <templates dir> <out dir> <seed> [units.json]

  catalog.json   output of `khcn catalog --json`
  templates dir  output of `khcn templates --out <dir>` (one template per unit)
  out dir        where the "received" files are written (created; must not hold other files)
  seed           integer: the same seed gives the same files and the same expectations
  units.json     optional, output of `khcn units --json`: placeholder units (kind "placeholder")
                 are then marked as not expected (they still submit: a university fills the
                 research-institute template) and are never chosen for a scenario

The scenario (printed on stderr, and in the JSON):
  - ~10% of the expected units MISSING (no file): communes and Sở Nông nghiệp và Môi trường, the
    lead of V.7 (so V.7, whose inputs only the lead gives, has no value: empty, never 0)
  - 3 units LATE (file mtime after the deadline 2026-12-05, Vietnam time UTC+7), one of them
    30 minutes after midnight; one on-time file 30 minutes before midnight; the others
    2026-12-01
  - 1 unit UNREADABLE (garbage bytes under its template's file name)
  - 1 unit with the WRONG YEAR (identity year 2025: the file is rejected)
  - 1 unit with an ERROR in one indicator: Thống kê tỉnh (the lead and official source of I.2)
    reports fte > headcount, so its I.2 values (population included) are left out: the built-in
    population is used everywhere, and the others' I.2 figures stand in as a labelled substitute
  - 1 unit with TWO files: an older draft "<name>_ban_nhap.xlsx" (different values) and the newer
    final file (used; its name sorts first, so only the reception time can pick it)
  - a text input starting with '=' written as TEXT ('=1+1 ghi chú'), never a formula
  - DOIs co-authored by two units (one written as https://doi.org/… in upper case)

Output (stdout, JSON): files, missing, late, unreadable, wrongYear, withErrors, duplicates,
unexpected, expected {code: value | null}, componentSums, cells (sampled provenance rows),
equalsText.

How `expected` is computed (the catalogue's reporting roles, as README documents them): only
values of USED files count (the newest file of a unit; not rejected ones), minus a unit's values
for an indicator in which its file has an error.
  sum, register → Σ over the units that reported (nobody → null); official → the official unit's
  value (officialUnit, else the lead); without it, the others' Σ ('parts') or their common value
  ('equal', all within 1 %) as a substitute, else null; max → the largest; list → lists merged;
  note → the texts, in unit order; population → the ONE reference population (Thống kê's I.2
  population when usable, else 3 619 433) in every indicator.
  Headline: a component, or the formula on the AGGREGATED components; when a formula divides two
  summed (sum/register) components, both sums run over the units that reported both (never a
  mean of rates); with ratioUnits 'positive-denominator' (II.8) only units whose denominator > 0.
  TOTAL Σ of the parts present; SHARE part/total (part > total → null); AVG_CITATIONS,
  COST_PER_PUB Σ/Σ; FTE_PER_10K Σfte / population × 10 000; HINDEX of the MERGED list; TRL_MEDIAN
  median of all pooled levels; GROWTH (cur − prev)/prev; IMPROVEMENT cur − base; II.1 (dedupCount)
  distinct DOIs + Σ per unit max(0, papers − its distinct DOIs).
"""
import datetime as dt
import json
import math
import os
import random
import re
import sys

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "validation"))
from fill_template import cells_of_defined  # noqa: E402  (one name → cells walker for both fillers)

DATA_SHEET = "Nhập liệu"
IDENTITY_SHEET = "_khcn"
OFFICIAL_POPULATION = 3_619_433
VN = dt.timezone(dt.timedelta(hours=7))
EXCEL_EPOCH = dt.datetime(1899, 12, 30)

# Reception times (Vietnam time). Deadline 2026-12-05: on time up to 23:59:59 that day.
ON_TIME = dt.datetime(2026, 12, 1, 9, 0, tzinfo=VN)
LAST_MINUTE = dt.datetime(2026, 12, 5, 23, 30, tzinfo=VN)
JUST_LATE = dt.datetime(2026, 12, 6, 0, 30, tzinfo=VN)
LATE = dt.datetime(2026, 12, 7, 10, 0, tzinfo=VN)
OLD_COPY = dt.datetime(2026, 11, 28, 8, 0, tzinfo=VN)
NEW_COPY = dt.datetime(2026, 12, 2, 15, 0, tzinfo=VN)

ERROR_UNIT = "thong-ke"
MISSING_LEAD = "so-nnmt"
ERROR_INDICATOR = "I.2"
EQUALS_TEXT = "=1+1 ghi chú"

TEXTS = [
    "Theo báo cáo thống kê năm 2026",
    "Số liệu tổng hợp từ các phòng chuyên môn",
    "Khảo sát 400 hộ gia đình, quy đổi thang 100",
    "Scopus, 30/11/2026",
    "Ước tính theo kết quả 9 tháng đầu năm",
    "Đối chiếu với hồ sơ lưu trữ của đơn vị",
]
ITEMS = [
    "Quyết định 12/QĐ-UBND",
    "Kế hoạch 45/KH-UBND",
    "Phòng thí nghiệm vi sinh",
    "Nhóm nghiên cứu vật liệu mới",
    "Giải thưởng sáng tạo kỹ thuật",
    "Mô hình trồng lúa hữu cơ",
    "Tiêu chuẩn cơ sở TCCS 01:2026",
    "Sách chuyên khảo về nông nghiệp số",
    "Công nghệ xử lý nước thải",
    "Sản phẩm OCOP 4 sao",
]


def log(*args):
    print(*args, file=sys.stderr)


def name_of(code, key):
    return "KHCN_" + code.replace(".", "_") + "_" + key


def defined_names(wb):
    dn = wb.defined_names
    return list(dn.definedName) if hasattr(dn, "definedName") else list(dn.values())


def identity_of(wb):
    return {r[0]: r[1] for r in wb[IDENTITY_SHEET].iter_rows(values_only=True) if r and r[0] is not None}


def set_identity(wb, key, value):
    for row in wb[IDENTITY_SHEET].iter_rows(min_row=1):
        if row[0].value == key:
            row[1].value = value
            return
    raise KeyError(key)


def normalize_doi(text):
    t = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", text.strip(), flags=re.I)
    return t.lower()


def serial_of(d):
    return (d - EXCEL_EPOCH).days


def date_of_serial(serial):
    return EXCEL_EPOCH + dt.timedelta(days=serial)


# ---------------------------------------------------------------------------
# The templates


class Template:
    def __init__(self, path, catalog):
        self.path = path
        self.file = os.path.basename(path)
        wb = openpyxl.load_workbook(path)
        self._wb = wb  # written once for the unit's (newest) file; reloaded for another copy
        ident = identity_of(wb)
        self.unit_id = ident["unitId"]
        self.unit_name = ident.get("unitName", "")
        # (code, key) → (sheet, [cell addresses]) for every input name present in the template.
        names = {n.name: n for n in defined_names(wb)}
        self.inputs = {}
        for ind in catalog["indicators"]:
            for c in ind["components"]:
                dn = names.get(name_of(ind["code"], c["key"]))
                if dn is None:
                    continue
                cells = cells_of_defined(wb, dn)
                self.inputs[(ind["code"], c["key"])] = (cells[0].parent.title, [x.coordinate for x in cells])
        self.codes = sorted({code for code, _ in self.inputs})

    def workbook(self):
        wb, self._wb = self._wb, None
        return wb if wb is not None else openpyxl.load_workbook(self.path)


# ---------------------------------------------------------------------------
# Values a unit reports


def upper_bound(c):
    hi = c["max"]
    if c.get("warnAbove") is not None:
        hi = min(hi, c["warnAbove"])
    return hi


class Generator:
    """Plausible values for one unit, respecting bounds and the catalogue's cross rules."""

    def __init__(self, rng, catalog, unit_id):
        self.rng = rng
        self.catalog = catalog
        self.unit_id = unit_id
        self.doi_counter = 0

    def number(self, ind, c, cap):
        """A number of the component's type in [lo, cap]."""
        rng = self.rng
        lo = max(c["min"], 0)
        hi = min(upper_bound(c), cap)
        if hi < lo:
            hi = lo
        t = c["type"]
        key = c["key"]
        if t in ("integer", "level"):
            if t == "level":
                return rng.randint(max(1, lo), min(9, int(hi)))
            if key == "population":
                return min(int(hi), rng.randint(3_500_000, 3_700_000))
            if key == "population_5g":
                return min(int(hi), rng.randint(1_000_000, 3_400_000))
            if c["scope"] == "lead" or c["role"] == "official":
                return min(int(hi), rng.randint(5_000, 20_000))
            return rng.randint(int(lo), int(min(hi, 40)))
        if t == "money":
            top = min(hi, 20_000 if c["scope"] == "lead" or c["role"] == "official" else 5_000)
            if rng.random() < 0.5:
                return rng.randint(int(lo), int(top))
            return math.floor(rng.uniform(lo, top) * 10) / 10
        if t == "decimal":
            if key in ("baseline_score", "current_score"):
                return round(rng.uniform(40, min(hi, 95)), 1)
            top = min(hi, 500)
            return math.floor(rng.uniform(lo, top) * 10) / 10
        if t == "percent":
            return round(rng.uniform(lo, min(hi, 1)), 3)
        raise ValueError(t)

    def dois(self, n):
        out = []
        for _ in range(n):
            self.doi_counter += 1
            out.append(f"10.5555/bn-{self.unit_id}-{self.doi_counter}")
        return out

    def indicator(self, ind, present):
        """Values for the components in `present` (keys), as python values; lists as lists."""
        rng = self.rng
        comps = {c["key"]: c for c in ind["components"] if c["key"] in present}
        values = {}
        scalar = {k for k, c in comps.items() if c["type"] not in ("list", "text", "date")}
        # X ≤ R (one component a side): R is generated before X, X's cap is min over its rights.
        rules = [
            (r["left"][0], r["right"][0])
            for r in ind["crossRules"]
            if r["op"] == "<=" and len(r["left"]) == 1 and len(r["right"]) == 1
            and r["left"][0] in scalar and r["right"][0] in scalar
        ]
        pending = set(scalar)
        while pending:
            ready = sorted(k for k in pending if all(right not in pending for left, right in rules if left == k))
            if not ready:
                raise RuntimeError(f"cycle in cross rules of {ind['code']}")
            for k in ready:
                cap = math.inf
                for left, right in rules:
                    if left == k:
                        cap = min(cap, values[right])
                c = comps[k]
                v = self.number(ind, c, cap)
                if c["type"] in ("integer", "level"):
                    v = int(v)
                values[k] = v
                pending.discard(k)
        # Parts adding up to a total (I.2 by occupation, sex, sector; V.2 by sex): whole-number
        # parts are split from the total; decimal ones (FTE) are left blank, as are the parts of
        # a total not in the template. Either way the rule holds or is skipped.
        for r in ind["crossRules"]:
            if r["op"] != "=":
                continue
            parts, total = r["left"], r["right"][0]
            whole = all(comps.get(k, {}).get("type") == "integer" for k in parts)
            if total not in values or not whole or not all(k in values for k in parts):
                for k in parts:
                    values.pop(k, None)
                continue
            rest = values[total]
            for i, k in enumerate(parts):
                part = rest if i == len(parts) - 1 else round(rest * rng.uniform(0.2, 0.7))
                values[k] = part
                rest -= part
        blank_parts = {k for r in ind["crossRules"] if r["op"] == "=" for k in r["left"]}
        for k, c in comps.items():
            if k in values or k in blank_parts:
                continue
            t = c["type"]
            if t == "text":
                values[k] = rng.choice(TEXTS)
            elif t == "date":
                lo = max(c["min"], serial_of(dt.datetime(2024, 1, 1)))
                hi = min(c["max"], serial_of(dt.datetime(2025, 12, 31)))
                values[k] = ("date", rng.randint(lo, hi))
            elif t == "list" and c.get("listItem") == "number":
                values[k] = [rng.randint(0, 60) for _ in range(rng.randint(3, 8))]
            elif t == "list" and c.get("unitEn") == "DOI":
                values[k] = self.dois(rng.randint(1, 4))
            elif t == "list":
                values[k] = rng.sample(ITEMS, rng.randint(1, 3))
        return values


# ---------------------------------------------------------------------------
# Writing


def write_value(wb, sheet, addresses, value):
    ws = wb[sheet]
    if isinstance(value, tuple) and value[0] == "date":
        ws[addresses[0]].value = date_of_serial(value[1])
        return
    if isinstance(value, list):
        if len(addresses) > 1:
            for addr, item in zip(addresses, value):
                ws[addr].value = item
        else:
            ws[addresses[0]].value = "; ".join(str(x) for x in value)
        return
    cell = ws[addresses[0]]
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that merely looks like a formula: stays text


def write_unit(tpl, out_path, values, year=None):
    wb = tpl.workbook()
    for (code, key), v in values.items():
        sheet, addresses = tpl.inputs[(code, key)]
        write_value(wb, sheet, addresses, v)
    if year is not None:
        set_identity(wb, "year", year)
    wb.save(out_path)


def set_mtime(path, when):
    t = when.timestamp()
    os.utime(path, (t, t))


# ---------------------------------------------------------------------------
# Independent consolidation


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def parsed(c, v):
    """The value as the reader gives it: dates → serials, DOIs normalised, lists as lists."""
    if isinstance(v, tuple) and v[0] == "date":
        return v[1]
    if c["type"] == "list" and c.get("unitEn") == "DOI":
        return [d for d in (normalize_doi(x) for x in v) if d != ""]
    if isinstance(v, str):
        return v.strip()
    return v


def holds_numbers(c):
    return c.get("listItem") == "number" or c["type"] == "level"


def detail_text(c, v):
    """The value as the provenance table shows it."""
    p = parsed(c, v)
    if isinstance(p, list):
        return "; ".join(str(x) for x in p)
    return p


class Failure(Exception):
    pass


def scalars(*xs):
    for x in xs:
        if x is None:
            raise Failure("MISSING")
    for x in xs:
        if not is_num(x):
            raise Failure("OUT_OF_RANGE")
        if x < 0:
            raise Failure("NEGATIVE")
    return xs


def as_list(x):
    if x is None:
        return []
    return list(x) if isinstance(x, list) else [x]


def as_scalar(x):
    if isinstance(x, list):
        if len(x) <= 1:
            return x[0] if x else None
        raise Failure("OUT_OF_RANGE")
    return x


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 == 1 else (s[mid - 1] + s[mid]) / 2


def h_index(xs):
    s = sorted(xs, reverse=True)
    return sum(1 for i, c in enumerate(s) if c >= i + 1)


def formula(fn, args):
    if fn == "TOTAL":
        parts = [x for a in args for x in as_list(a)]
        if any(x < 0 for x in parts):
            raise Failure("NEGATIVE")
        if not parts:
            raise Failure("MISSING")
        return sum(parts)
    if fn == "HINDEX":
        xs = as_list(args[0])
        if any(x < 0 or x != int(x) for x in xs):
            raise Failure("BAD")
        if not xs:
            raise Failure("EMPTY_LIST")
        return h_index(xs)
    if fn == "TRL_MEDIAN":
        xs = [x for a in args for x in as_list(a)]
        if any(not (1 <= x <= 9) or x != int(x) for x in xs):
            raise Failure("BAD")
        if not xs:
            raise Failure("EMPTY_LIST")
        return median(xs)
    a, b = scalars(as_scalar(args[0]), as_scalar(args[1]))
    if fn in ("SHARE",):
        if b == 0:
            raise Failure("DIV_ZERO")
        if a > b:
            raise Failure("OUT_OF_RANGE")
        return a / b
    if fn in ("AVG_CITATIONS", "COST_PER_PUB"):
        if b == 0:
            raise Failure("DIV_ZERO")
        return a / b
    if fn in ("FTE_PER_10K", "PER_10K"):
        if b == 0:
            raise Failure("DIV_ZERO")
        return a / b * 10_000
    if fn == "GROWTH":
        if b == 0:
            raise Failure("DIV_ZERO")
        return (a - b) / b
    if fn == "IMPROVEMENT":
        return a - b
    raise ValueError(fn)


REPEATABLE = {"TOTAL", "TRL_MEDIAN"}


def usable(c, v):
    """The value if it is usable for the component, else None (blank lists are absent)."""
    if v is None:
        return None
    if c["type"] == "list":
        return v if isinstance(v, list) and len(v) > 0 else None
    if c["type"] == "text":
        return v if isinstance(v, str) and v.strip() != "" else None
    return v if is_num(v) else None


TOLERANCE = 0.01


def beyond(a, official):
    return abs(a - official) > TOLERANCE * max(1, abs(official)) + 1e-9


def consolidate_indicator(ind, reported, population):
    """reported: {unit id: {key: parsed value}} of the units whose values are used.
    population: (value, unit id or None, indicator code or None) — the run's reference population.

    Returns (headline, {key: province component value}, {(unit, key): bool used}, formula beside).
    """
    comps = ind["components"]
    lead = ind["leadUnitId"]
    units = sorted(reported)
    entries = {c["key"]: [(u, reported[u][c["key"]]) for u in units if usable(c, reported[u].get(c["key"])) is not None] for c in comps}
    used = {}
    if not any(entries[c["key"]] for c in comps):
        return None, {c["key"]: (population[0] if c["role"] == "population" else None) for c in comps}, used, None
    agg = {}
    for c in comps:
        k = c["key"]
        es = entries[k]
        role = c["role"]
        if role in ("sum", "register"):
            agg[k] = sum(v for _, v in es) if es else None
            for u, _ in es:
                used[(u, k)] = True
        elif role == "max":
            agg[k] = max(v for _, v in es) if es else None
            for u, v in es:
                used[(u, k)] = v == agg[k]
        elif role == "list":
            agg[k] = [x for _, v in es for x in as_list(v)] if es else None
            for u, _ in es:
                used[(u, k)] = True
        elif role == "note":
            agg[k] = [v for _, v in es] if es else None
            for u, _ in es:
                used[(u, k)] = True
        elif role == "population":
            value, source_unit, source_code = population
            agg[k] = value
            for u, _ in es:
                used[(u, k)] = u == source_unit and source_code == ind["code"]
        elif role == "official":
            official = c.get("officialUnit") or lead
            mine = [v for u, v in es if u == official]
            others = [(u, v) for u, v in es if u != official and is_num(v)]
            for u, _ in es:
                used[(u, k)] = u == official
            if mine:
                agg[k] = mine[0]
            elif others and c["crossCheck"] == "parts":
                agg[k] = sum(v for _, v in others)
                for u, _ in others:
                    used[(u, k)] = True
            elif others and not any(beyond(v, others[0][1]) for _, v in others):
                agg[k] = others[0][1]
                used[(others[0][0], k)] = True
            else:
                agg[k] = None
        else:
            raise ValueError(role)

    f = ind.get("formula")
    beside = None
    if f is not None and ind["headline"]["kind"] == "component":
        try:
            beside = formula(f["fn"], [agg.get(k) for k in f["args"]])
        except Failure:
            beside = None

    if ind["aggregation"] == "dedupCount":
        count_key = ind["headline"]["key"]
        lst = next(c for c in comps if c["type"] == "list" and c.get("listItem") == "text")
        dois_of = {u: set(v) for u, v in entries[lst["key"]] if len(set(v)) > 0}
        distinct = set().union(*dois_of.values()) if dois_of else set()
        counts = entries[count_key]
        undocumented = sum(max(0, n - len(dois_of.get(u, set()))) for u, n in counts)
        value = len(distinct) + undocumented if (counts or distinct) else None
        agg[lst["key"]] = sorted(distinct) if distinct else None
        return value, agg, used, beside

    if ind["headline"]["kind"] == "component":
        v = agg.get(ind["headline"]["key"])
        return (v if is_num(v) else None), agg, used, beside

    if f is None:
        return None, agg, used, None
    by_key = {c["key"]: c for c in comps}
    args = [agg.get(k) for k in f["args"]]
    summed = [k for k in f["args"] if by_key[k]["role"] in ("sum", "register")]
    if len(summed) >= 2 and f["fn"] not in REPEATABLE:
        # Σnumerator ÷ Σdenominator over the units that reported every summed argument.
        have = {k: {u: v for u, v in entries[k] if is_num(v)} for k in summed}
        complete = [u for u in units if all(u in have[k] for k in summed)]
        if ind.get("ratioUnits") == "positive-denominator":
            complete = [u for u in complete if have[summed[-1]][u] > 0]
        for i, k in enumerate(f["args"]):
            if k in have:
                args[i] = sum(have[k][u] for u in complete) if complete else None
    try:
        return formula(f["fn"], args), agg, used, None
    except Failure:
        return None, agg, used, None


# ---------------------------------------------------------------------------


def main():
    if len(sys.argv) not in (5, 6):
        log(__doc__)
        sys.exit(2)
    catalog_path, templates_dir, out_dir, seed = sys.argv[1:5]
    units_path = sys.argv[5] if len(sys.argv) == 6 else None
    with open(catalog_path, encoding="utf-8") as f:
        catalog = json.load(f)
    placeholders = set()
    if units_path:
        with open(units_path, encoding="utf-8") as f:
            units_json = json.load(f)
        placeholders = {u["id"] for u in units_json["units"] if u["kind"] == "placeholder"}
    rng = random.Random(int(seed))
    os.makedirs(out_dir, exist_ok=True)

    templates = {}
    for name in sorted(os.listdir(templates_dir)):
        if name.endswith(".xlsx"):
            t = Template(os.path.join(templates_dir, name), catalog)
            templates[t.unit_id] = t
    ind_by_code = {i["code"]: i for i in catalog["indicators"]}
    leads = {i["leadUnitId"] for i in catalog["indicators"]}
    all_units = sorted(templates)
    expected_units = [u for u in all_units if u not in placeholders]
    agencies = [u for u in expected_units if not u.startswith("xp-")]
    communes = [u for u in expected_units if u.startswith("xp-")]

    # ---- the scenario -------------------------------------------------------------
    taken = {ERROR_UNIT}

    def pick(pool, n=1):
        choices = [u for u in pool if u not in taken]
        out = sorted(rng.sample(choices, n))
        taken.update(out)
        return out

    non_lead_agencies = [u for u in agencies if u not in leads]
    n_missing = round(0.1 * len(expected_units))
    # The lead of V.7 (whose figure only the lead can give) sends nothing: V.7 must stay EMPTY,
    # not 0, although cooperating units reported evidence for it.
    missing_lead = [MISSING_LEAD] if MISSING_LEAD in agencies else []
    taken.update(missing_lead)
    missing = sorted(missing_lead + pick(communes, n_missing - len(missing_lead)))
    wrong_year = pick(non_lead_agencies, 1)
    unreadable = pick(communes, 1)
    duplicate_unit = pick(sorted(leads - {ERROR_UNIT, "so-khcn"}), 1)[0]
    # One lead unit late (its lead-only values still count), 30 minutes after the deadline.
    late_lead = pick(sorted(leads - {ERROR_UNIT, "so-khcn"}), 1)
    late_communes = pick(communes, 2)
    late = sorted(late_lead + late_communes)
    last_minute = pick(communes, 1)[0]
    with_errors = [ERROR_UNIT]
    equals_unit, equals_key = "so-khcn", ("II.7", "citation_source")

    # ---- values -------------------------------------------------------------------
    def values_for(unit_id, unit_rng):
        tpl = templates[unit_id]
        gen = Generator(unit_rng, catalog, unit_id)
        out = {}
        for code in tpl.codes:
            ind = ind_by_code[code]
            # What the unit's template asks of it (its scope: lead-only, official source, telecom…).
            present = {k for (cc, k) in tpl.inputs if cc == code}
            for k, v in gen.indicator(ind, present).items():
                out[(code, k)] = v
        return out

    values = {u: values_for(u, random.Random(f"{seed}/{u}")) for u in all_units}

    # Co-authored papers: some DOIs reported by two units (once as a URL in capitals).
    doi_key = next(
        (i["code"], c["key"])
        for i in catalog["indicators"]
        if i["aggregation"] == "dedupCount"
        for c in i["components"]
        if c["type"] == "list" and c.get("listItem") == "text"
    )
    count_key = (doi_key[0], ind_by_code[doi_key[0]]["headline"]["key"])
    doi_units = [u for u in all_units if doi_key in values[u] and u not in missing + wrong_year + unreadable]
    shared = []
    for n, (a, b) in enumerate(zip(doi_units, doi_units[1:] + doi_units[:1])):
        if a == b:
            continue
        doi = f"10.5555/bn-chung-{n + 1}"
        values[a][doi_key].append(doi)
        values[b][doi_key].append(f"https://doi.org/{doi.upper()}" if n == 0 else doi)
        shared.append({"doi": doi, "units": [a, b]})
    for u in doi_units:
        # Papers without a DOI count too; one unit reports fewer papers than DOIs (floored at 0).
        values[u][count_key] = len(values[u][doi_key]) + rng.randint(1, 5)
    if doi_units:
        values[doi_units[0]][count_key] = max(0, len(values[doi_units[0]][doi_key]) - 1)

    # The error: fte above headcount (cross rule fte ≤ headcount).
    err = values[ERROR_UNIT]
    err[(ERROR_INDICATOR, "headcount")] = 12
    err[(ERROR_INDICATOR, "fte")] = 15.5

    values[equals_unit][equals_key] = EQUALS_TEXT

    # ---- files --------------------------------------------------------------------
    files = []  # {file, unitId, use, receivedAt}
    used_file = {}

    def emit(unit_id, name, when, use, year=None, vals=None):
        path = os.path.join(out_dir, name)
        write_unit(templates[unit_id], path, vals if vals is not None else values[unit_id], year)
        set_mtime(path, when)
        files.append({"file": name, "unitId": unit_id, "use": use, "receivedAt": when.isoformat()})
        if use == "used":
            used_file[unit_id] = name

    old_values = None
    for u in all_units:
        tpl = templates[u]
        if u in missing:
            continue
        if u in unreadable:
            path = os.path.join(out_dir, tpl.file)
            with open(path, "wb") as f:
                f.write(b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(3000)))
            set_mtime(path, ON_TIME)
            files.append({"file": tpl.file, "unitId": u, "use": "rejected", "receivedAt": ON_TIME.isoformat()})
            continue
        if u in wrong_year:
            emit(u, tpl.file, ON_TIME, "rejected", year=2025)
            continue
        if u == duplicate_unit:
            # A draft sent first, then the final file under the template's name. The draft's name
            # sorts AFTER the final's ('_' > '.'), so only the reception time can pick the final.
            old_values = values_for(u, random.Random(f"{seed}/{u}/old"))
            stem = tpl.file[: -len(".xlsx")]
            emit(u, f"{stem}_ban_nhap.xlsx", OLD_COPY, "superseded", vals=old_values)
            emit(u, tpl.file, NEW_COPY, "used")
            continue
        when = JUST_LATE if u in late_lead else LATE if u in late else LAST_MINUTE if u == last_minute else ON_TIME
        emit(u, tpl.file, when, "used")

    # ---- expectations -------------------------------------------------------------
    blocked = {(ERROR_UNIT, ERROR_INDICATOR)}
    comp_of = {(i["code"], c["key"]): c for i in catalog["indicators"] for c in i["components"]}
    expected = {}
    component_sums = {}
    formula_beside = {}
    disagreements = []
    use_of = {}  # (unit, code, key) → used?
    # The one reference population: Thống kê's own, unless its file is not used or it is blocked.
    population = (OFFICIAL_POPULATION, None, None)
    for ind in catalog["indicators"]:
        for c in ind["components"]:
            src = c.get("officialUnit")
            if population[1] is None and c["role"] == "population" and src in used_file and (src, ind["code"]) not in blocked:
                v = values[src].get((ind["code"], c["key"]))
                if is_num(v) and v > 0:
                    population = (v, src, ind["code"])
    for ind in catalog["indicators"]:
        code = ind["code"]
        reported = {}
        for u, name in used_file.items():
            if (u, code) in blocked:
                continue
            vals = {k: parsed(comp_of[(code, k)], v) for (cc, k), v in values[u].items() if cc == code}
            if vals:
                reported[u] = vals
        value, agg, used, beside = consolidate_indicator(ind, reported, population)
        # Another unit reporting an official figure more than 1 % away from it: a conflict row.
        for c in ind["components"]:
            if c["role"] != "official" or c.get("crossCheck") != "equal":
                continue
            official = c.get("officialUnit") or ind["leadUnitId"]
            mine = reported.get(official, {}).get(c["key"])
            if not is_num(mine):
                continue
            for u in sorted(reported):
                v = reported[u].get(c["key"])
                if u != official and is_num(v) and beyond(v, mine):
                    disagreements.append({"unitId": u, "indicator": code, "component": c["key"], "officialUnit": official})
        expected[code] = value
        component_sums[code] = agg
        formula_beside[code] = beside
        for (u, k), is_used in used.items():
            use_of[(u, code, k)] = is_used

    # ---- provenance samples -------------------------------------------------------
    def row(u, file, code, key, use, vals):
        sheet, addresses = templates[u].inputs[(code, key)]
        return {
            "unitId": u,
            "indicator": code,
            "component": key,
            "file": file,
            "sheet": sheet,
            "cell": addresses[0],
            "definedName": name_of(code, key),
            "use": use,
            "value": detail_text(comp_of[(code, key)], vals[(code, key)]),
        }

    candidates = []
    for u, name in sorted(used_file.items()):
        for (code, key) in sorted(values[u]):
            if (u, code) in blocked:
                use = "not-used"
            else:
                use = "used" if use_of.get((u, code, key)) else "not-used"
            candidates.append(row(u, name, code, key, use, values[u]))
    used_rows = [r for r in candidates if r["use"] == "used"]
    not_used = [r for r in candidates if r["use"] == "not-used"]
    cells = rng.sample(used_rows, min(40, len(used_rows)))
    must = [
        r
        for r in candidates
        if (r["unitId"], (r["indicator"], r["component"])) in ((equals_unit, equals_key), (ERROR_UNIT, (ERROR_INDICATOR, "fte")))
        or r["indicator"] == doi_key[0]
        or (r["unitId"] in late_lead and comp_of[(r["indicator"], r["component"])]["scope"] == "lead")
    ]
    for r in must + not_used:
        if r not in cells:
            cells.append(r)
    superseded = []
    if old_values is not None:
        old_file = next(f["file"] for f in files if f["use"] == "superseded")
        superseded = [row(duplicate_unit, old_file, code, key, "superseded", old_values) for (code, key) in sorted(old_values)]
        cells += rng.sample(superseded, min(10, len(superseded)))

    unexpected = sorted(u for u in all_units if u in placeholders)
    result = {
        "seed": int(seed),
        "files": files,
        "expectedUnits": expected_units,
        "unexpected": unexpected,
        "missing": missing,
        "late": late,
        "lastMinute": last_minute,
        "unreadable": unreadable,
        "wrongYear": wrong_year,
        "withErrors": with_errors,
        "errorIndicator": ERROR_INDICATOR,
        "duplicates": {duplicate_unit: [f["file"] for f in files if f["unitId"] == duplicate_unit]},
        "usedFiles": used_file,
        "sharedDois": shared,
        "equalsText": {"unitId": equals_unit, "indicator": equals_key[0], "component": equals_key[1], "text": EQUALS_TEXT},
        "officialPopulation": OFFICIAL_POPULATION,
        "expected": expected,
        "componentSums": component_sums,
        "formulaBeside": formula_beside,
        "disagreements": disagreements,
        "population": population[0],
        "cells": cells,
        "supersededCount": len(superseded),
    }
    log(
        f"fill_units seed={seed}: {len(files)} files for {len(all_units)} templates; "
        f"missing={missing} late={late} (30 min late: {late_lead}, last minute on time: {last_minute}) "
        f"unreadable={unreadable} wrongYear={wrong_year} withErrors={with_errors} ({ERROR_INDICATOR} fte > headcount) "
        f"duplicate={duplicate_unit} equalsText={equals_unit} {equals_key} sharedDois={len(shared)}"
    )
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
