#!/usr/bin/env python3
"""Writes schemas/codelists/finess-category.csv from the ANS nomenclature TRE_R66.

    scripts/finess-category-from-tre-r66.py TRE_R66.csv > schemas/codelists/finess-category.csv

Input: the CSV of the TRE_R66 CodeSystem (columns code, label, long_label, status, valid_from,
valid_to, updated), for example ../shared/data/tre-r66-categorie-etablissement.csv (version
20260505120000). Output: the codelist in Maillage's shape (code, label_fr, label_en, description,
deprecated, valid_from, valid_to). label_fr is the ANS display name; description is the ANS long
designation where it gives one; English labels are Maillage's own translations of the categories
the domain names (the ANS publishes none), kept in ENGLISH below. The version and source go to
schemas/codelists/index.csv by hand.
"""
import csv
import sys

ENGLISH = {
    "101": "Regional hospital centre (CHR, including CHU)",
    "106": "Hospital centre, former local hospital",
    "124": "Health centre",
    "127": "Hospital at home",
    "128": "Surgical care establishment",
    "129": "Medical care establishment",
    "131": "Cancer centre",
    "141": "Dialysis centre",
    "156": "Medical-psychological centre (CMP)",
    "202": "Autonomy residence",
    "209": "Home help and care service (SAAS)",
    "292": "Specialised mental health hospital centre",
    "354": "Home nursing service (SSIAD)",
    "355": "Hospital centre (CH)",
    "362": "Long-term care establishment",
    "365": "Multidisciplinary care establishment",
    "460": "Home help service (SAA, formerly SAAD)",
    "500": "Nursing home for dependent elderly people (EHPAD)",
    "501": "Elderly people's residence funded by health insurance (EHPA)",
    "502": "Elderly people's residence not funded by health insurance (EHPA)",
    "603": "Multi-professional health centre (MSP)",
    "604": "Territorial professional health community (CPTS)",
    "606": "Care coordination support service (DAC)",
    "611": "Medical biology laboratory",
    "617": "Unscheduled care site",
    "618": "Other unscheduled care structure (SNP)",
    "620": "Pharmacy",
}


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "label_fr", "label_en", "description", "deprecated", "valid_from", "valid_to"])
    for r in sorted(rows, key=lambda r: r["code"]):
        if r["status"] not in ("active", "deprecated"):
            raise SystemExit(f"{r['code']}: unknown status {r['status']!r}")
        out.writerow([r["code"], r["label"], ENGLISH.get(r["code"], ""), r["long_label"],
                      "true" if r["status"] == "deprecated" else "false", r["valid_from"], r["valid_to"]])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
