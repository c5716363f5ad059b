#!/usr/bin/env python3
"""Turn gold working notes (quoted snippets + fields, kept outside the repo) into ANNOTATION.md offsets-form JSONL.

Usage: notes2gold.py ARTICLES.jsonl CORPUS_NAME OUT.jsonl NOTES...

Notes format (one article per file, UTF-8, '#' starts a comment line):
  doc <article id>
  ev TYPE STATUS | date | location | actors | recipients | killed | injured | note
     date: YYYY[-MM[-DD]] or -; location: Name/ISO3 or -; actors/recipients: comma-separated names or -;
     killed/injured: LOW/HIGH with 'null' for an open bound (5/null, 5/5) or -; note optional.
  > evidence snippet               (evidence lines follow their ev line)
  q SPEAKER | quote snippet        (SPEAKER '-' means null)
  t VALUE | timex snippet
A snippet is either literal text that must occur exactly once in the article, or
  'START ... END'   the span from the unique START to the end of the first END after it, or
  'left [[target]] right'   where 'left target right' occurs exactly once and the span is just target.
Any snippet that is not found or not unique is an error: the tool prints all errors and exits 1.
Offsets are UTF-16 code units, half-open, into the article's text.
"""
import json
import sys


def utf16_index(text, py_index):
    """Converts a Python (code point) index into a UTF-16 offset."""
    return py_index + sum(1 for ch in text[:py_index] if ord(ch) > 0xFFFF)


def find_unique(text, needle):
    first = text.find(needle)
    if first < 0:
        raise ValueError(f"not found: {needle!r}")
    if text.find(needle, first + 1) >= 0:
        raise ValueError(f"not unique: {needle!r}")
    return first


def locate(text, snippet):
    """Returns (start, end) in code points for a snippet, raising ValueError when absent or ambiguous."""
    if "[[" in snippet:
        left, rest = snippet.split("[[", 1)
        target, right = rest.split("]]", 1)
        at = find_unique(text, left + target + right)
        return at + len(left), at + len(left) + len(target)
    if " ... " in snippet:
        head, tail = snippet.split(" ... ", 1)
        at = find_unique(text, head)
        end = text.find(tail, at + len(head))
        if end < 0:
            raise ValueError(f"end not found after start: {tail!r}")
        return at, end + len(tail)
    at = find_unique(text, snippet)
    return at, at + len(snippet)


def span(text, snippet):
    s, e = locate(text, snippet)
    return {"start": utf16_index(text, s), "end": utf16_index(text, e)}


def names(field):
    field = field.strip()
    return [] if field in ("", "-") else [n.strip() for n in field.split(",") if n.strip()]


def count(field):
    field = field.strip()
    if field in ("", "-"):
        return None
    low, high = field.split("/")
    conv = lambda v: None if v.strip() == "null" else int(v)
    return {"low": conv(low), "high": conv(high)}


def event(header):
    parts = [p.strip() for p in header.split("|")]
    if len(parts) < 7:
        raise ValueError(f"event line needs 7 fields: {header!r}")
    kind, status = parts[0].split()
    loc = parts[2]
    rec = {"type": kind, "status": status, "evidence": [],
           "date": None if loc is None or parts[1] in ("", "-") else parts[1],
           "location": None if loc in ("", "-") else {"name": loc.split("/")[0], "country": loc.split("/")[1]},
           "actors": names(parts[3]), "recipients": names(parts[4]),
           "killed": count(parts[5]), "injured": count(parts[6])}
    if len(parts) > 7 and parts[7]:
        rec["note"] = parts[7]
    return rec


def convert(notes_path, articles, corpus):
    errors, rec, current = [], None, None
    with open(notes_path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    for no, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, _, rest = stripped.partition(" ")
        try:
            if key == "doc":
                art = articles[rest.strip()]
                text = art["text"]
                rec = {"doc": art["id"], "corpus": corpus, "dct": art["date"], "events": [], "quotes": [], "timexes": []}
            elif key == "ev":
                current = event(rest)
                rec["events"].append(current)
            elif key == ">":
                current["evidence"].append(span(text, rest.strip()))
            elif key == "q":
                who, _, snip = rest.partition("|")
                who = who.strip()
                rec["quotes"].append({"text": span(text, snip.strip()), "speaker": None if who == "-" else who})
            elif key == "t":
                value, _, snip = rest.partition("|")
                rec["timexes"].append({"text": span(text, snip.strip()), "value": value.strip()})
            else:
                raise ValueError(f"unknown line kind {key!r}")
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as err:
            errors.append(f"{notes_path}:{no}: {err}")
    if rec is not None:
        for ev in rec["events"]:
            if not ev["evidence"]:
                errors.append(f"{notes_path}: event {ev['type']} without evidence")
    return rec, errors


def main(argv):
    if len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    articles_path, corpus, out_path, notes = argv[1], argv[2], argv[3], argv[4:]
    with open(articles_path, encoding="utf-8") as f:
        articles = {a["id"]: a for a in (json.loads(l) for l in f if l.strip())}
    records, errors = [], []
    for path in notes:
        rec, errs = convert(path, articles, corpus)
        errors.extend(errs)
        if rec is not None:
            records.append(rec)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} records, {sum(len(r['events']) for r in records)} events, "
          f"{sum(len(r['quotes']) for r in records)} quotes, {sum(len(r['timexes']) for r in records)} timexes -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
