#!/usr/bin/env python3
"""Regenerates resources/en/entities/countries.tsv from Debian's iso-codes package (apt-get install iso-codes).

Usage: python3 tools/entities/gen-countries.py [/usr/share/iso-codes/json/iso_3166-1.json] > resources/en/entities/countries.tsv
Keeps each country's short name, common name and official name when they have no comma or parenthesis (those are
inverted forms like "Korea, Republic of"); typed aliases ("Britain", "U.S.") live in country-aliases.tsv.
"""
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
rows = {}
for c in json.load(open(path, encoding="utf-8"))["3166-1"]:
    for field in ("name", "common_name", "official_name"):
        name = c.get(field)
        if not name or "," in name or "(" in name:
            continue
        rows.setdefault(name, (c["alpha_3"], field))
print("# ISO 3166-1 country names with their alpha-3 codes, generated from Debian iso-codes (LGPL-2.1+) by")
print("# tools/entities/gen-countries.py. Do not edit by hand: add aliases to country-aliases.tsv instead.")
print("# Columns: name (matched case-insensitively, tokens separated by spaces), iso3, field (which iso-codes field).")
print("name\tiso3\tfield")
for name in sorted(rows):
    iso3, field = rows[name]
    print(f"{name}\t{iso3}\t{field}")
