#!/usr/bin/env python3
"""Builds a FINESS extract in the official data.gouv.fr layout from the 2,723-site extract.

    scripts/finess-fixture-from-extract.py SHARED_DATA COG_2021_DATA > finess-2021-extract.etalab.csv

There is no real `structureet` file in shared/data, only the same 2,723 establishments as a flat
CSV (finess-2021-extract.csv) and as FHIR (finess-2021-extract.fhir.ndjson), both derived from the
data.gouv.fr extract etalab-cs1100507-stock-20210108-0427.csv. This script writes them back in
that extract's layout:

  finess;etalab;95;2021-01-08
  structureet;<31 fields>            one per establishment (32 fields with the tag)
  geolocalisation;ET;x;y;source;date one per establishment

Where each field comes from:
  nofinesset, nofinessej, siret, categetab, dateouv   the flat CSV
  rs (cut at 38 characters), rslongue                 the name
  numvoie, typvoie, voie                              the first FHIR address line, split on a
                                                      leading number and a street-type abbreviation
  lieuditbp                                           the second FHIR address line
  ligneacheminement                                   postal code and city
  telephone                                           the FHIR telecom
  libcategetab, categagretab, libcategagretab,
  codeape, codesph, libsph                            the FHIR codings
  datemaj                                             the FHIR meta.lastUpdated
  departement, commune, libdepartement                the INSEE code of the commune found in the
                                                      COG 2021 (@etalab/decoupage-administratif
                                                      1.1.1) from the postal code and city name;
                                                      overseas départements as FINESS writes
                                                      them, 9A-9F
  x, y, source                                        the published latitude/longitude projected
                                                      back to Lambert-93 with PROJ's cs2cs, which
                                                      gives the extract's own x/y (one decimal):
                                                      the publisher had read every x/y as
                                                      Lambert-93. Overseas rows say the projection
                                                      the extract gave them (UTM_N20, UTM_N22,
                                                      UTM_S40, UTM_S38), so an importer that reads
                                                      the source text converts them right.

Needs PROJ's cs2cs (Debian package proj-bin). Output is UTF-8, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys
import unicodedata

STREET_TYPES = {"R", "AV", "BD", "RTE", "PL", "CHE", "ALL", "IMP", "QUA", "QU", "CRS", "SQ", "LD", "PASS", "RLE",
                "CHEM", "SEN", "VOIE", "CITE", "RES", "LOT", "HAM", "PRV", "ESP", "MTE", "FG", "CAR", "RPT", "PARC",
                "DOM", "ZA", "ZI", "ZAC", "QUAI", "TSSE", "PTR", "VC", "CHS", "ROC", "COUR", "PROM", "GR", "HLM"}
OVERSEAS = {"971": ("9A", "UTM_N20"), "972": ("9B", "UTM_N20"), "973": ("9C", "UTM_N22"),
            "974": ("9D", "UTM_S40"), "975": ("9E", "UTM_N21"), "976": ("9F", "UTM_S38")}


def norm(name):
    s = unicodedata.normalize("NFKD", name.replace("œ", "oe").replace("Œ", "OE")).encode("ascii", "ignore").decode().upper()
    s = re.sub(r"[-'’]", " ", s)
    s = re.sub(r"\bSAINTE\b", "STE", s)
    s = re.sub(r"\bSAINT\b", "ST", s)
    s = re.sub(r"\s+CEDE?X?(\s+\d+)?$", "", s)
    return re.sub(r"\s+", " ", s).strip()


def main(shared, cog):
    rows = list(csv.DictReader(open(os.path.join(shared, "finess-2021-extract.csv"), encoding="utf-8")))
    fhir = {}
    for line in open(os.path.join(shared, "finess-2021-extract.fhir.ndjson"), encoding="utf-8"):
        r = json.loads(line)
        if r["resourceType"] == "Organization":
            et = next(i["value"] for i in r["identifier"] if i["system"] == "urn:oid:1.2.250.1.71.4.2.2")
            fhir[et] = r
    communes = [c for c in json.load(open(os.path.join(cog, "communes.json"), encoding="utf-8"))
                if c["type"] in ("commune-actuelle", "arrondissement-municipal")]
    departements = {d["code"]: d["nom"] for d in json.load(open(os.path.join(cog, "departements.json"), encoding="utf-8"))}
    by_postal = {}
    for c in communes:
        for p in c.get("codesPostaux", []):
            by_postal.setdefault(p, []).append(c)
    # x/y: the published WGS84 positions projected to Lambert-93 (PROJ wants latitude first for EPSG:4326).
    proj = subprocess.run(["cs2cs", "-f", "%.1f", "EPSG:4326", "EPSG:2154"], check=True, capture_output=True, text=True,
                          input="".join(f"{r['latitude']} {r['longitude']}\n" for r in rows)).stdout.splitlines()
    out = sys.stdout
    out.write("finess;etalab;95;2021-01-08\n")
    geo = []
    unmatched = 0
    for r, xy in zip(rows, proj):
        o = fhir[r["finess_et"]]
        codings = {c["system"].rsplit("/", 1)[-1]: c for t in o["type"] for c in t["coding"]}
        candidates = by_postal.get(r["postal_code"], [])
        city = norm(r["city"])
        match = [c for c in candidates if norm(c["nom"]) == city]
        if not match:
            match = [c for c in candidates if city.startswith(norm(c["nom"])) or norm(c["nom"]).startswith(city)]
        if not match:
            # CEDEX and other postal codes of no commune: the communes of the same name in the département.
            prefix = r["postal_code"][:3] if r["postal_code"].startswith("97") else r["postal_code"][:2]
            match = [c for c in communes if norm(c["nom"]) == city and c["code"].startswith(
                {"20": "2"}.get(prefix, prefix))]
        if not match:
            match = candidates[:1]
            unmatched += 1
        insee = match[0]["code"] if match else ""
        # FINESS files Saint-Barthelemy and Saint-Martin under Guadeloupe with their codes of before 2007.
        insee = {"97701": "97123", "97801": "97127"}.get(insee, insee)
        dep = insee[:3] if insee.startswith("97") else insee[:2]
        finess_dep, proj_name = OVERSEAS.get(dep, (dep, "LAMBERT_93"))
        commune = insee[2:] if insee.startswith("97") else insee[2:]
        address = (o.get("address") or [{}])[0]
        lines = address.get("line", [])
        numvoie = typvoie = ""
        voie = lines[0] if lines else ""
        m = re.match(r"^(\d+)\s+(.*)$", voie)
        if m:
            numvoie, voie = m.group(1), m.group(2)
        first, _, rest = voie.partition(" ")
        if first in STREET_TYPES and rest:
            typvoie, voie = first, rest
        phone = next((t["value"] for t in o.get("telecom", []) if t["system"] == "phone"), "")
        cat = codings.get("CAT_ETAB", {})
        agr = codings.get("CAT_AGR_ETAB", {})
        ape = codings.get("TRE-R75-InseeNAFrev2Niveau5", {})
        sph = codings.get("SPH", {})
        fields = ["structureet", r["finess_et"], r["finess_ej"], r["name"][:38], r["name"], "", "", numvoie, typvoie,
                  voie, "", lines[1] if len(lines) > 1 else "", commune, finess_dep,
                  norm(departements.get(dep, "")), f"{address.get('postalCode', r['postal_code'])} {address.get('city', r['city'])}",
                  phone, "", cat.get("code", r["category"]), cat.get("display", r["category_label"]), agr.get("code", ""),
                  agr.get("display", ""), r["siret"], ape.get("code", ""), "", "", sph.get("code", ""), sph.get("display", ""),
                  r["opened"], "", o["meta"]["lastUpdated"][:10], ""]
        assert len(fields) == 32, len(fields)
        out.write(";".join(quote(f) for f in fields) + "\n")
        x, y = xy.split()[:2]
        geo.append(["geolocalisation", r["finess_et"], x, y, "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2," + proj_name,
                    o["meta"]["lastUpdated"][:10]])
    for g in geo:
        out.write(";".join(g) + "\n")
    print(f"{len(rows)} establishments, {unmatched} communes matched by postal code alone", file=sys.stderr)


def quote(field):
    return '"' + field.replace('"', '""') + '"' if ";" in field or '"' in field else field


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
