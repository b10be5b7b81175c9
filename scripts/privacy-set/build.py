#!/usr/bin/env python3
"""Rebuilds the documents of the labelled privacy set (issue #18) from their public sources.

    python3 scripts/privacy-set/build.py --mirrors MIRRORS --realworld REALWORLD --out OUT [--split held-out]

MIRRORS holds a bare git snapshot of each repository named in sources.tsv
(MIRRORS/<owner>+<name>/repo); REALWORLD is the built real-world set
(scripts/realworld/build.py), whose documents rows marked "realworld" take by id.
The documents of the split (sources.tsv's last column; "dev" unless --split says
otherwise) land in OUT/docs/<id>.<ext>; the hand-written labels in OUT/labels are
left alone. Build each split into its own OUT. Python 3 standard library and git; no fetched code is run.
"""

import argparse
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def rows():
    lines = [line for line in (HERE / "sources.tsv").read_text().splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        yield dict(zip(header, line.split("\t")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=pathlib.Path, required=True)
    parser.add_argument("--realworld", type=pathlib.Path, required=True)
    parser.add_argument("--out", type=pathlib.Path, required=True)
    parser.add_argument("--split", choices=["dev", "held-out"], default="dev")
    args = parser.parse_args()
    docs = args.out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (args.out / "labels").mkdir(exist_ok=True)
    manifest = {}
    for line in (args.realworld / "manifest.jsonl").read_text().splitlines():
        entry = json.loads(line)
        manifest[entry["id"]] = entry
    for row in rows():
        if row["split"] != args.split:
            continue
        if row["repo"] == "realworld":
            source = args.realworld / manifest[row["path"]]["path"]
            data = source.read_bytes()
            ext = source.suffix
        else:
            repo = args.mirrors / row["repo"].replace("/", "+") / "repo"
            data = subprocess.run(
                ["git", "-C", str(repo), "show", f"{row['commit']}:{row['path']}"],
                check=True,
                capture_output=True,
            ).stdout
            ext = pathlib.Path(row["path"]).suffix
        (docs / f"{row['id']}{ext.lower()}").write_bytes(data)
        print(f"{row['id']}{ext.lower()}: {len(data)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
