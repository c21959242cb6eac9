#!/usr/bin/env python3
"""The portfolio benchmark's peer: the same counts as `kume portfolio --year Y` with pandas groupbys.

Usage: portfolio_pandas.py FOLDER YEAR — prints the programme's seven indicators for YEAR (one line,
`name=value` pairs in kume's order), then YEAR−1's.

Entities follow kume's rules (Sources/Kume/Portfolio/EntityName.swift, EntityMatching+Match.swift and the
README's "One entity, counted once"), written again here for the comparison:
- a name is cut into words at anything but letters and digits (apostrophes join), each word Turkish-case-folded
  without diacritics; legal-form words (and the pair `a s`, A.Ş.) are dropped from the end, keeping one word;
- an institution also drops its type's words from the end, a leading `T.C.` and its province's name, and is
  keyed with its type and province;
- the same tax number is one entity; a record without one joins the one tax number its key carries, or, when
  the key carries none or several, the other untaxed records of that key; two tax numbers never merge.
Roles, yes/no words and facility names are compared folded, as kume does. Near-misses (which kume lists and
does not merge) are not looked for: they change no count.
"""
import os
import sys
import unicodedata

import pandas as pd

FIRM_FORMS = {
    "as", "tas", "anonim", "sirketi", "sirket", "sti", "ltd", "ltdsti", "limited", "koll", "kollektif", "kom",
    "komandit", "san", "sanayi", "sanayii", "ve", "tic", "ticaret", "ith", "ihr", "ithalat", "ihracat", "paz",
    "pazarlama", "inc", "co", "gmbh", "llc",
}
TYPE_WORDS = {
    "university": {"universitesi", "universite", "univ", "uni", "u", "rektorlugu"},
    "chamber_of_industry": {"sanayi", "odasi", "so"},
    "chamber_of_commerce_and_industry": {"ticaret", "ve", "sanayi", "odasi", "tso"},
    "chamber_of_commerce": {"ticaret", "odasi", "to"},
    "maritime_chamber": {"deniz", "ticaret", "odasi", "dto"},
    "commodity_exchange": {"ticaret", "borsasi", "borsa", "tb"},
    "research_institution": {"arastirma", "enstitusu", "merkezi", "kurumu", "mudurlugu"},
    "technology_development_zone": {"teknoloji", "gelistirme", "bolgesi", "teknopark", "teknokent", "tgb"},
    "organized_industrial_zone": {"organize", "sanayi", "bolgesi", "osb"},
    "free_zone": {"serbest", "bolgesi", "bolge"},
    "industrial_zone": {"endustri", "bolgesi"},
    "exporters_association": {"ihracatcilar", "ihracatcilari", "birligi"},
    "provincial_special_administration": {"il", "ozel", "idaresi"},
    "local_government": {"buyuksehir", "belediyesi", "belediye", "baskanligi"},
    "association": {"dernegi", "dernek"},
    "foundation": {"vakfi", "vakif"},
    "cooperative": {"kooperatifi", "kooperatif"},
}
YES = {"yes", "y", "true", "1", "evet", "e", "var", "x", "✓"}
NO = {"no", "n", "false", "0", "hayir", "h", "yok", "", "-"}
COORDINATOR = {"coordinator", "koordinator", "koordinatorkurulus", "kumekoordinatoru", "coordinatingbody",
               "yoneticikurulus"}


def fold_letter(letter: str) -> str:
    lower = {"İ": "i", "I": "i", "ı": "i"}.get(letter, letter.lower())
    return "".join(c for c in unicodedata.normalize("NFD", lower) if unicodedata.category(c) != "Mn")


def folded(text: str) -> str:
    """kume's TurkishText.folded: lower case, no diacritics, without spaces, '-', '_', tabs, apostrophes."""
    return "".join(fold_letter(c) for c in text.strip() if c not in " -_\t'\u00a0\u2019\u2018\u2013\u2014")


def words(name: str) -> list:
    """kume's EntityName.words: folded letters and digits, cut at anything else, apostrophes joining."""
    out, current = [], []
    for c in name:
        if c in "'\u2019" or unicodedata.category(c) == "Mn":
            continue
        if c.isalnum():
            current.append(fold_letter(c))
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def stripping_tail(ws: list, tail: set) -> list:
    ws = list(ws)
    while len(ws) > 1:
        if len(ws) > 2 and ws[-2] == "a" and ws[-1] == "s":
            del ws[-2:]
        elif ws[-1] in tail:
            ws.pop()
        else:
            break
    return ws


def key(name: str, kind: str, province: str) -> str:
    """kume's match key: `firm|words` or `type|province|words`."""
    ws = words(name)
    if kind == "firm":
        return "firm|" + " ".join(stripping_tail(ws, FIRM_FORMS))
    if len(ws) > 2 and ws[0] == "t" and ws[1] == "c":
        ws = ws[2:]
    ws = stripping_tail(ws, FIRM_FORMS | TYPE_WORDS.get(kind, set()))
    place = folded(province)
    if place and place in ws:
        ws = [w for w in ws if w != place] or [place]
    return f"{kind}|{place}|{' '.join(ws)}"


def yes(series):
    return series.map(lambda v: folded(v) in YES)


def main() -> int:
    folder, year = sys.argv[1], int(sys.argv[2])
    frames = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".csv") and name != "monitoring.csv":
            frame = pd.read_csv(os.path.join(folder, name), dtype=str, keep_default_na=False)
            frame["cluster"] = name[:-4]
            frames.append(frame)
    members = pd.concat(frames, ignore_index=True)
    members["type"] = members["type"].str.strip()
    members["tax_id"] = members["tax_id"].str.strip()
    members["key"] = [key(n, t, p) for n, t, p in zip(members["name"], members["type"], members["province"])]
    taxed = members[members["tax_id"] != ""]
    taxes_of_key = taxed.groupby("key")["tax_id"].agg(["nunique", "first"])
    single = taxes_of_key[taxes_of_key["nunique"] == 1]["first"]
    untaxed_entity = members["key"].map(single).fillna("name:" + members["key"])
    members["entity"] = members["tax_id"].where(members["tax_id"] != "", untaxed_entity)
    active = yes(members["active"]).where(members["active"].str.strip() != "", yes(members["committed"]))
    coordinator = members["role"].map(lambda v: folded(v) in COORDINATOR)
    roster = {
        "coordinating_bodies": members[coordinator & yes(members["accredited"])],
        "active_universities": members[active & (members["type"] == "university")],
        "active_firms": members[active & (members["type"] == "firm")],
    }
    monitoring = pd.read_csv(os.path.join(folder, "monitoring.csv"), dtype=str, keep_default_na=False)
    monitoring["year"] = monitoring["year"].astype(int)
    rows = monitoring.merge(members[["cluster", "id", "entity", "type"]], how="left",
                            left_on=["cluster", "member_id"], right_on=["cluster", "id"])
    facility = rows[rows["indicator"] == "facility"].reset_index()
    facility["facility"] = facility["value"].map(folded)
    first = facility.sort_values(["year", "index"]).groupby("facility").first()
    facility = facility.join(first["cluster"].rename("owner"), on="facility")
    users = facility[(facility["member_id"] != "") & (facility["type"] == "firm")]
    first_use = users.groupby(["facility", "entity", "owner"])["year"].min().reset_index()
    for y in (year, year - 1):
        counts = {name: frame["entity"].nunique() for name, frame in roster.items()}
        cooperation = rows[(rows["indicator"] == "cooperation") & (rows["year"] == y) & (rows["type"] == "firm")
                           & ~rows["value"].map(lambda v: v.strip() != "" and folded(v) in NO)]
        counts["firms_more_cooperation"] = cooperation["entity"].nunique()
        counts["shared_facilities"] = int((first["year"] <= y).sum())
        counts["facility_users"] = first_use[first_use["year"] <= y]["entity"].nunique()
        products = rows[(rows["indicator"] == "product") & (rows["year"] == y)]
        counts["new_products"] = int(products.assign(n=products["value"].astype(int)).groupby("entity")["n"].max().sum())
        # Per cluster, as kume reports them (computed, not printed).
        cooperation.groupby("cluster")["entity"].nunique()
        first_use[first_use["year"] <= y].groupby("owner")["entity"].nunique()
        products.assign(n=products["value"].astype(int)).groupby(["cluster", "entity"])["n"].max().groupby("cluster").sum()
        for frame in roster.values():
            frame.groupby("cluster")["entity"].nunique()
        print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
