#!/usr/bin/env python3
"""Refit the `prior` column of resources/en/events/triggers.tsv so that event confidence tracks precision.

Reads the `--errors` output of `sitrep eval events ... --errors` (HIT and EXTRA lines carry the rule id and the
event's confidence as `conf=`), and for every rule with evidence moves its prior by the gap between the rule's
smoothed precision and the mean confidence of its events:

    prior' = clamp(prior + (hits + K*P) / (n + K) - mean_conf, 0.1, 0.95)

P is the overall precision, K the smoothing weight (rules seen rarely move little). Rules without events keep their
prior. The priors are fitted parameters (like a model's weights): rerun after trigger changes.

Usage: python3 tools/events/fit_priors.py ERRORS.txt resources/en/events/triggers.tsv [K]
"""
import re
import sys
from collections import defaultdict

errors, tsv = sys.argv[1], sys.argv[2]
k = float(sys.argv[3]) if len(sys.argv) > 3 else 4.0
line_re = re.compile(r"\t(HIT|EXTRA)\b.*?\((\S+?)[;)].*? conf=([0-9.]+)")
hits, n, conf = defaultdict(int), defaultdict(int), defaultdict(float)
for line in open(errors, encoding="utf-8"):
    m = line_re.search(line)
    if not m:
        continue
    kind, rule, c = m.group(1), m.group(2), float(m.group(3))
    n[rule] += 1
    conf[rule] += c
    hits[rule] += kind == "HIT"
total = sum(n.values())
if total == 0:
    sys.exit("no HIT/EXTRA lines with conf= found")
overall = sum(hits.values()) / total
out = []
for row in open(tsv, encoding="utf-8").read().split("\n"):
    f = row.split("\t")
    if row.startswith("#") or len(f) < 9 or f[0] == "id" or f[0] not in n:
        out.append(row)
        continue
    rule = f[0]
    smoothed = (hits[rule] + k * overall) / (n[rule] + k)
    prior = min(0.95, max(0.1, float(f[6]) + smoothed - conf[rule] / n[rule]))
    f[6] = f"{prior:.2f}"
    out.append("\t".join(f))
open(tsv, "w", encoding="utf-8").write("\n".join(out))
print(f"refit {len(n)} rules from {total} events (overall precision {overall:.3f})")
