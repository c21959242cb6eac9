#!/usr/bin/env python3
"""The portfolio benchmark's peer: the same counts as `kume portfolio --year Y` with pandas groupbys.

Usage: portfolio_pandas.py FOLDER YEAR — prints the programme's seven indicators for YEAR (one line,
`name=value` pairs in kume's order), then YEAR−1's. Entities: the tax number; else the name in Turkish
lower case without legal-form words (and for institutions with type and province), joined to the one tax
number that name carries when it carries exactly one — the rules kume applies, on the names
scripts/bench/make_portfolio.py writes (legal forms at the end, the same stem otherwise). It does not look
for near-misses, which kume also lists.
"""
import os
import re
import sys

import pandas as pd

LEGAL = {"a", "ş", "aş", "anonim", "şirketi", "ltd", "şti", "limited", "san", "sanayi", "ve", "tic", "ticaret"}
INSTITUTION = {"üniversitesi", "üniv", "odası"}
YES = {"yes", "evet", "1", "true", "x"}


def key(name: str, institution: bool) -> str:
    words = [w for w in re.split(r"[^\w]+", name.replace("İ", "i").replace("I", "ı").lower()) if w]
    drop = LEGAL | INSTITUTION if institution else LEGAL
    while len(words) > 1 and words[-1] in drop:
        words.pop()
    return " ".join(words)


def main() -> int:
    folder, year = sys.argv[1], int(sys.argv[2])
    frames = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".csv") and name != "monitoring.csv":
            frame = pd.read_csv(os.path.join(folder, name), dtype=str, keep_default_na=False)
            frame["cluster"] = name[:-4]
            frames.append(frame)
    members = pd.concat(frames, ignore_index=True)
    institution = members["type"] != "firm"
    members["key"] = [key(n, i) for n, i in zip(members["name"], institution)]
    members.loc[institution, "key"] = members["type"] + "|" + members["province"] + "|" + members["key"]
    taxed = members[members["tax_id"] != ""]
    taxes_of_key = taxed.groupby("key")["tax_id"].agg(["nunique", "first"])
    single = taxes_of_key[taxes_of_key["nunique"] == 1]["first"]
    untaxed_entity = members["key"].map(single).fillna("name:" + members["key"])
    members["entity"] = members["tax_id"].where(members["tax_id"] != "", untaxed_entity)
    active = members["active"].str.lower().map(lambda v: v in YES).where(
        members["active"] != "", members["committed"].str.lower().isin(YES))
    roster = {
        "coordinating_bodies": members[(members["role"] == "coordinator") & members["accredited"].str.lower().isin(YES)],
        "active_universities": members[active & (members["type"] == "university")],
        "active_firms": members[active & (members["type"] == "firm")],
    }
    monitoring = pd.read_csv(os.path.join(folder, "monitoring.csv"), dtype=str, keep_default_na=False)
    monitoring["year"] = monitoring["year"].astype(int)
    rows = monitoring.merge(members[["cluster", "id", "entity", "type"]], how="left",
                            left_on=["cluster", "member_id"], right_on=["cluster", "id"])
    facility = rows[rows["indicator"] == "facility"].reset_index()
    first = facility.sort_values(["year", "index"]).groupby("value").first()
    facility = facility.join(first["cluster"].rename("owner"), on="value")
    users = facility[(facility["member_id"] != "") & (facility["type"] == "firm")]
    first_use = users.groupby(["value", "entity", "owner"])["year"].min().reset_index()
    for y in (year, year - 1):
        counts = {name: frame["entity"].nunique() for name, frame in roster.items()}
        cooperation = rows[(rows["indicator"] == "cooperation") & (rows["year"] == y) & (rows["type"] == "firm")
                           & ~rows["value"].str.lower().isin({"no", "hayır", "0", "false"})]
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
