#!/usr/bin/env python3
"""Rebuild the real-world development set (issue #13) from source snapshots.

The set is DATA and lives outside the repository. The repository keeps only this
script and ``sources.tsv``: for every document, the public repository, commit and
path it came from, the field it belongs to, its id, how to extract it and its
language. Nothing fetched is committed here, and no fetched code is ever run: the
script only reads blobs with ``git show`` and converts JSON, CSV, XML, HTML,
Markdown and JavaScript literals to text with the standard library.

Usage::

    python3 scripts/realworld/build.py --mirrors MIRRORS --shared SHARED --out OUT [--blobs BLOBS]

``MIRRORS`` holds one bare git directory per source repository, found as the
first of ``MIRRORS/<owner>+<name>/repo/.git``, ``MIRRORS/<owner>+<name>/repo``,
``MIRRORS/<owner>/<name>.git``, ``MIRRORS/<owner>/<name>``. ``SHARED`` is the
shared data folder that has ``corpus/files/`` (the real CVs with reference
texts); rows whose ``extract`` is ``shared`` are copied from there. A repository
too large to snapshot may be given by its one file instead, kept from a stored
copy of that commit as ``BLOBS/<owner>+<name>/<commit>/<path>``; the build says
which rows were read that way.

Output under ``OUT``::

    resumes/<field>/<id>.{pdf,docx,txt}
    postings/<field>/<id>.txt
    manifest.jsonl   one line per document:
                     {"id", "kind", "field", "path", "source", "language",
                      "split", "sha256", "notes"}

``split`` is ``dev`` for every document. Held-out sets are not carved out of
this set: they are built separately, by independent readers, outside this
script, and measured once; once spent, their rows join ``sources.tsv`` (and
their judgments join ``OUT/judgments``) as development data. The field stays
in the manifest: the bench selects by it, and a held-out set built elsewhere in
the same layout marks its documents ``heldout``.

``extract`` (a column of ``sources.tsv``) says how a document is read from its
blob: ``file`` (as it is; the extension is the path's), ``file-as-txt`` (as it
is, written as ``.txt``, e.g. a Markdown resume), ``shared`` (a file of the
shared corpus), ``schema-jobposting`` (a schema.org JobPosting JSON),
``jsonl-content:N`` (line N's "content"), ``json-item:N`` / ``js-job:ANCHOR``
(a job-search result in JSON / JavaScript), ``csv-row:COLUMN=VALUE`` (the row of
an EMSCAD-style CSV whose COLUMN is VALUE), ``xml-job:N`` (the N-th, 0-based,
``<job>`` of an appcast-style XML feed) and ``js-serp-item:N`` (the N-th
``jobs_results`` item of a Google-Jobs search saved as a JavaScript object
literal), ``markdown-page[:TEMPLATE]`` (a Markdown job page: header lines the
template builds from its front matter, then the body as text),
``html-visible-text:ID`` (the text a browser shows of the HTML or PHP element
whose id is ID), ``js-position-item:N:TEMPLATE`` (the N-th, 0-based, object
of the array literal a JS/TS careers file assigns, laid out as the page renders
it) and ``js-position-page:TEMPLATE`` (the one object literal such a file
assigns). A TEMPLATE is lines joined by ``|``; ``{key}`` (``{a.b}`` nested,
``{key:N}`` its first N characters, ``{key+SEP}`` a list joined by SEP) is the
record's value, a line naming a missing key is left out, a line naming a list
is written once per item, and other text is the page's own labels. The
template is data: it records which fields a page shows and how, and a value a
file only names (a constant defined in another file) is written in it as the
page shows it.

The pages of the fourth held-out set keep the rules its reader turned them into
text by: ``markdown-page-toml`` (a Hugo page: the TOML front matter's title, then
the Markdown as text), ``flint-job-md`` (a Flint job page: its slug line left
out, its title, place, pay and type lines kept, then the Markdown as text),
``yaml-job-fields+careers-blocks:PAGE`` (a Jekyll job record with the labels of
its keys, then the benefits and equal-opportunity blocks of the careers PAGE at
the same commit), ``html-visible-text-php[:START...END|...]`` (the visible text
of a PHP/HTML page, or of the pieces from each START to the END after it),
``jsx-visible-text`` (the text nodes of the JSX a React component returns),
``ts-job-history`` (a TS array of job entries, entry by entry) and
``react-resume-page:TEMPLATE`` (a React resume page from its component files and
the data files they import; ``{FILE>tag}`` is an element's text, lines between
``[FILE]`` and ``[/]`` are written once per item of FILE's array).

The pages of the fifth held-out set keep its reader's rules too: every text node
a line of its own, inline tags kept in their line, "<li>" items "• ", empty lines
left out. A row of that set may read several files of one commit, its path
naming them joined by " + ". Its kinds: ``markdown-text`` (a job board's
Markdown record: headings and "*"/"-" items lines of their own, paragraphs
joined), ``markdown-as-txt-contact-dropped`` (a Markdown resume as it is but for
its contact lines 2 and 3), ``html-text-nodes`` (the text nodes of HTML/PHP
pages), ``vue-template-text-nodes`` (of the templates of Vue components),
``jsx-text-nodes`` (of the JSX React components return), ``tsx-route-page`` (a
React route page's text nodes, section labels, mapped arrays and card props in
page order), ``ts-timeline-data:TEMPLATE`` (an Angular about page's text, then
the timeline arrays of its service laid out by TEMPLATE, ``[NAME]`` to ``[/]``
once per object of the array NAME), ``jekyll-job-page`` (a Jekyll job page's
title, paragraphs, banner and button) and ``jekyll-job-fields`` (a Jekyll job
board record with its layout's labels); one of its postings is a
``js-position-item`` with the labels of its Angular details page.

The pages of the sixth held-out set keep its reader's rules as well: a page a
list of lines, none empty, each ended by a break; a row may again read several
files of one commit (" + "). Its kinds: ``markdown-lines[:TEMPLATE]`` (a
Markdown page by that reader's rules: a heading, a table cell or an item a line,
other lines of a paragraph joined, front matter, Liquid and comments dropped;
TEMPLATE lines, "{key}" a front-matter value, come first: a job board's title,
company and place, a page's title, an R Markdown article's title and
description), ``hugo-jobsboard-post`` (a Hugo job board's post with its
post-meta labels), ``hugo-layout-visible-lines`` (a Hugo layout's visible text,
its ``.Site.Params`` taken from the site's TOML configuration, the path's second
file), ``jsx-return-visible-lines[:FILE]`` (the visible text of the JSX React
components return; in FILE, a third party's component such as a referee's, the
lines with an e-mail address left out), ``tsx-component-text[:HEADING]`` (the
literal texts of MUI components in source order, HEADING moved to the front of
its component as the page shows it), and three pages drawn from data:
``jsx-data-text:TEMPLATE`` (a header component's text, then TEMPLATE over the
literals a data module assigns), ``html-js-populated-text:TEMPLATE`` (a static
page's <header>, then its labels as TEMPLATE with the values its script writes)
and ``jsx-careers-data:TEMPLATE`` (a careers page's openings array laid out
with the page's labels). In these TEMPLATEs "{NAME.key}" is a value of the
literal assigned to NAME and the lines from "[NAME]" to "[/]" are written once
per object of the array NAME. Its one PHP page is read as ``html-text-nodes``.

The pages of the eighth held-out set keep its reader's rules: markup taken off
line by line, each line where the page has it, runs of empty lines one. Its
kinds: ``markdown-plain`` (a Markdown or MDX job page: front matter, imports and
lone components dropped, heading marks gone, "*"/"+" items "- ", strong,
emphasis and links their text), ``markdown-plain-cv[:TEMPLATE]`` (a Markdown
resume page likewise, its TEMPLATE lines first: "{key}" a front-matter value,
"{config:a.b}" a value of the site's ``_config.yml``, the path's second file,
that the sidebar shows), ``jsx-component-text`` (the text of the JSX each
component of the path returns), ``jsx-page-layout:TEMPLATE`` (a React page
laid out by TEMPLATE: "{FILE}" a component's text nodes, "{FILE>tag}" an
element's text, "{FILE#NAME}" a string constant, "[FILE]" to "[/]" once per
item of a data file's array, other lines the page's labels),
``php-page-lines[:CLASSES]`` (a PHP page with the includes its path names,
elements of the decorative CLASSES dropped) and ``data-template-text:TEMPLATE``
(TEMPLATE over the literals the files of the path assign, as
``jsx-careers-data``; "{default.results.7.title}" reads the default export and
an array's item by number). Its job object of a JS data file is a
``js-position-item``; a single-file kind reads the first file of a path that
names more.

The pages of the ninth held-out set keep its reader's rules: ``markdown-job-record:TEMPLATE``
(a job board's Markdown record: TEMPLATE's header lines, "{key}" a
front-matter value, "{a.b}" a key of an indented block, "{key~words}" with "_"
a space and words capitalised, then the body with heading marks, comments,
images, strong and emphasis marks taken off, links their text, "*"/"+" items
"- "), ``php-text-lines`` (a PHP page's visible text, its includes dropped, a
tag a break), ``jsx-returned-text[:OPTIONS]`` (the text nodes of the JSX each
component of the path returns, inline tags kept in their line; OPTIONS
``from=``, ``cut=A..B``, ``array=K1,K2``, ``drop=`` for a page holding more
than the resume), ``markdown-pages-titled`` (Markdown pages each headed by its
title, table cells joined by " | "), ``blade-pages-text:SIDEBAR`` (the
layout's SIDEBAR elements, then the text nodes of Blade pages) and
``jsx-sections-data:TEMPLATE`` (a one-page site's sections: "{FILE@MARK!L}"
a component's text nodes from MARK, lines L left out, "[FILE#NAME]" to "[/]"
once per object of the array NAME, other lines the sections' labels).
A ``markdown-job-record`` with no TEMPLATE is the body alone.

The pages of the tenth held-out set keep its reader's rules: a page's visible
text a line each, none empty. Its kinds: ``html-body-lines:CUT`` (a role
page's body, every tag a break, the decorative elements CUT names left out:
"tag", ".class" or "tag.class", ","-joined), ``html-visible-lines[:OPTIONS]``
(the visible text of HTML, Blade or PHP pages: comments, scripts, styles, the
head, svg, navigation, buttons, forms, PHP blocks, Blade echoes and images
dropped, inline tags kept in their line; OPTIONS ``cut1=``, ``from=``,
``cut=``, ``omit=`` and ``head=`` for a page holding more than the resume or
including its parts) and ``markdown-note-lines`` (a resume kept as a Markdown
note: front matter and rules dropped, heading and strong marks gone, links
their text, "*"/"+" items "- " with their indent).

Postings are written as published, boilerplate included (company blurb, pay,
benefits, equal-opportunity and legal text): that is what an analyser has to
learn to ignore. Only markup is turned into text (HTML tags to line breaks, HTML
entities decoded); nothing is cleaned or reworded.

Hand judgments (requirements read from a posting and per-resume verdicts, written
by reading, before any analyser ran) are data too: they live beside the built
set in ``OUT/judgments/<posting-id>.json`` and are NOT in the repository and NOT
produced by this script. Rebuilding does not touch an existing ``judgments/``.

Forbidden sources (kept for acceptance; never add a row from them, in any copy
or form): the livecareer resume set (Kaggle ``Resume.csv``, also as PDFs by
category), the LinkedIn job postings (Kaggle ``postings.csv``, arshkon), the
Vanetik vacancy-resume set, and RJDB. ``check_forbidden`` refuses rows whose
repository or path looks like one of them.

Python 3.11 standard library only (plus the ``git`` command).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import re
import shutil
import subprocess
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
FIELDS = {
    "software", "data", "nursing", "accounting", "teaching", "sales", "trades",
    "hospitality", "other",
}
COLUMNS = ["kind", "field", "id", "repo", "commit", "path", "extract", "language", "notes"]

FORBIDDEN_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"livecareer", r"(^|/)resume\.csv$", r"(^|/)data/data/[A-Z-]+/\d+\.pdf$",
        r"snehaanbhawal", r"(^|/)postings\.csv$", r"linkedin[-_]job[-_]postings",
        r"arshkon", r"vanetik", r"resume[-_]vacancy", r"rjdb",
    )
]


def check_forbidden(row: dict) -> None:
    for key in ("repo", "path", "notes"):
        for pat in FORBIDDEN_PATTERNS:
            if pat.search(row.get(key, "")):
                raise SystemExit(f"refusing row {row['id']}: {key} matches forbidden source {pat.pattern!r}")


def read_sources(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        header = None
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != COLUMNS:
                    raise SystemExit(f"{path}: header must be {COLUMNS}, got {header}")
                continue
            if len(cells) != len(COLUMNS):
                raise SystemExit(f"{path}:{n}: expected {len(COLUMNS)} cells, got {len(cells)}")
            row = dict(zip(COLUMNS, cells))
            if row["kind"] not in ("resume", "posting"):
                raise SystemExit(f"{path}:{n}: bad kind {row['kind']}")
            if row["field"] not in FIELDS:
                raise SystemExit(f"{path}:{n}: bad field {row['field']}")
            if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", row["id"]):
                raise SystemExit(f"{path}:{n}: bad id {row['id']}")
            check_forbidden(row)
            rows.append(row)
    ids = [r["id"] for r in rows]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate ids: {sorted(dup)}")
    return rows


def git_dir(mirrors: Path, repo: str) -> Path:
    owner, name = repo.split("/", 1)
    for cand in (
        mirrors / f"{owner}+{name}" / "repo" / ".git",
        mirrors / f"{owner}+{name}" / "repo",
        mirrors / owner / f"{name}.git",
        mirrors / owner / name,
    ):
        if (cand / "HEAD").is_file() or (cand / "objects").is_dir():
            return cand
    raise FileNotFoundError(f"no snapshot of {repo} under {mirrors}")


def git_show(mirrors: Path, repo: str, commit: str, path: str) -> bytes:
    gd = git_dir(mirrors, repo)
    out = subprocess.run(
        ["git", f"--git-dir={gd}", "show", f"{commit}:{path}"],
        check=True, capture_output=True,
    )
    return out.stdout


# ---------------------------------------------------------------- converters

BLOCK_TAGS = re.compile(r"<\s*(br|/p|p|/div|div|/li|/ul|ul|/ol|ol|/h[1-6]|h[1-6]|/tr|tr)\b[^>]*>", re.I)
LI_TAG = re.compile(r"<\s*li\b[^>]*>", re.I)
ANY_TAG = re.compile(r"<[^>]+>")


def html_to_text(fragment: str) -> str:
    """Markup to plain text: block tags become line breaks, list items get a
    bullet, other tags vanish, entities are decoded. Words are not touched."""
    s = fragment
    # NHS Jobs stores the HTML entity-escaped once more (&lt;p&gt;): undo that first.
    if "&lt;" in s and "<" not in s:
        s = html.unescape(s)
    s = LI_TAG.sub("\n• ", s)
    s = BLOCK_TAGS.sub("\n", s)
    s = ANY_TAG.sub("", s)
    s = html.unescape(s).replace("\u00a0", " ")
    lines = [ln.rstrip() for ln in s.splitlines()]
    out, blank = [], 0
    for ln in lines:
        if ln.strip():
            out.append(ln.strip() if not ln.strip().startswith("•") else ln.strip())
            blank = 0
        else:
            blank += 1
            if blank == 1 and out:
                out.append("")
    return "\n".join(out).strip() + "\n"


def schema_jobposting_to_text(raw: bytes) -> str:
    """A schema.org JobPosting (as NHS Jobs publishes it) to the text a job
    board shows: title, employer, place, pay, contract, then the description."""
    d = json.loads(raw.decode("utf-8"))
    parts = [html.unescape(d.get("title", "")).strip()]
    org = (d.get("hiringOrganization") or {}).get("name")
    if org:
        parts.append(html.unescape(org))
    addr = ((d.get("jobLocation") or {}).get("address") or {})
    place = ", ".join(x for x in (addr.get("addressLocality"), addr.get("postalCode")) if x)
    if place:
        parts.append(html.unescape(place))
    sal = (((d.get("baseSalary") or {}).get("value")) or {}).get("value")
    if sal:
        parts.append(f"Salary: {html.unescape(sal)}")
    if d.get("employmentType"):
        parts.append(f"Contract: {d['employmentType']}")
    if d.get("datePosted"):
        parts.append(f"Posted: {d['datePosted'][:10]}")
    head = "\n".join(p for p in parts if p)
    return head + "\n\n" + html_to_text(d.get("description", ""))


def jsonl_content(raw: bytes, line_no: int) -> str:
    """Line ``line_no`` (1-based) of a JSON-lines file, its "content" field."""
    lines = raw.decode("utf-8").splitlines()
    rec = json.loads(lines[line_no - 1])
    text = rec["content"]
    return text if text.endswith("\n") else text + "\n"


JS_STRING = r'"(?:[^"\\]|\\.)*"'


def js_string(raw: bytes, anchor: str, key: str) -> str:
    """The double-quoted string literal that follows ``key:`` after ``anchor``
    in a JavaScript file (decoded like JSON; nothing is executed)."""
    src = raw.decode("utf-8")
    start = src.index(anchor)
    m = re.compile(re.escape(key) + r"\s*:\s*(" + JS_STRING + r")", re.S).search(src, start)
    if not m:
        raise ValueError(f"no {key!r} string after {anchor!r}")
    return json.loads(m.group(1))


def js_job_to_text(raw: bytes, anchor: str) -> str:
    fields = {}
    for key in ("title", "companyName", "location", "via", "description"):
        try:
            fields[key] = js_string(raw, anchor, key)
        except ValueError:
            pass
    head = "\n".join(fields[k] for k in ("title", "companyName", "location") if k in fields)
    return head + "\n\n" + fields["description"].strip() + "\n"


def json_item_to_text(raw: bytes, n: int) -> str:
    """Item ``n`` (0-based) of a JSON list of job-search results (title,
    companyName, location, description as the job board shows them)."""
    item = json.loads(raw.decode("utf-8"))[n]
    head = "\n".join(str(item[k]) for k in ("title", "companyName", "location") if item.get(k))
    return head + "\n\n" + str(item["description"]).strip() + "\n"


EMSCAD_HEAD = [
    ("department", "Department"), ("salary_range", "Salary"), ("employment_type", "Employment type"),
    ("required_experience", "Experience"), ("required_education", "Education"),
    ("industry", "Industry"), ("function", "Function"),
]
EMSCAD_BODY = ("company_profile", "description", "requirements", "benefits")


def emscad_cell(s: str) -> str:
    return html.unescape(s).replace("\u00a0", " ").strip()


def csv_row_to_text(raw: bytes, key: str, value: str) -> str:
    """The row of an EMSCAD-style CSV (Workable postings) whose column ``key``
    is ``value``: title and location, then the labelled facts that are given
    (department, salary, employment type, experience, education, industry,
    function), then company profile, description, requirements and benefits as
    paragraphs. Only HTML entities are decoded: the data set already stripped the
    markup, so list items often run together; that is left as it is."""
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8"), newline=""))
    if key not in (reader.fieldnames or []):
        raise ValueError(f"the CSV has no column {key!r}")
    for rec in reader:
        if rec[key] == value:
            break
    else:
        raise ValueError(f"no row with {key}={value}")
    head = [emscad_cell(rec.get("title") or ""), emscad_cell(rec.get("location") or "")]
    for col, label in EMSCAD_HEAD:
        cell = emscad_cell(rec.get(col) or "")
        if cell:
            head.append(f"{label}: {cell}")
    body = [emscad_cell(rec.get(col) or "") for col in EMSCAD_BODY]
    return "\n".join(h for h in head if h) + "\n\n" + "\n\n".join(b for b in body if b) + "\n"


def xml_job_to_text(raw: bytes, n: int) -> str:
    """Job ``n`` (0-based) of an appcast-style XML job feed (``<source><jobs><job>``):
    title, company, location, category, job type and date, then the HTML body
    as text. The XML is only parsed, never resolved against anything outside it."""
    root = ElementTree.fromstring(raw)
    jobs = root.findall("./jobs/job") or root.findall(".//job")
    if n >= len(jobs):
        raise ValueError(f"the feed has {len(jobs)} jobs, no job {n}")
    job = jobs[n]

    def cell(tag: str) -> str:
        return (job.findtext(tag) or "").strip()

    head = [cell("title"), cell("company"), cell("location")]
    for tag, label in (("category", "Category"), ("job_type", "Job type"), ("posted_at", "Posted")):
        if cell(tag):
            head.append(f"{label}: {cell(tag)}")
    return "\n".join(h for h in head if h) + "\n\n" + html_to_text(job.findtext("body") or "")


# A JavaScript object literal (as a logged SerpAPI response is saved in a .js file)
# is read as data: tokens, then objects, arrays, and strings joined with "+".
# Nothing is evaluated; anything else (calls, templates with ${}) is refused.
JS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
JS_PUNCT = "{}[]:,+"


def js_string_literal(src: str, i: int) -> tuple[str, int]:
    """Decodes the string literal whose quote is at ``src[i]``; returns the text
    and the index after the closing quote."""
    quote, out, i = src[i], [], i + 1
    while i < len(src):
        c = src[i]
        if c == quote:
            return "".join(out), i + 1
        if quote == "`" and src.startswith("${", i):
            raise ValueError("template literal with a substitution")
        if c == "\\":
            e = src[i + 1]
            if e in JS_ESCAPES:
                out.append(JS_ESCAPES[e])
                i += 2
            elif e == "x":
                out.append(chr(int(src[i + 2:i + 4], 16)))
                i += 4
            elif e == "u" and src[i + 2] == "{":
                end = src.index("}", i)
                out.append(chr(int(src[i + 3:end], 16)))
                i = end + 1
            elif e == "u":
                out.append(chr(int(src[i + 2:i + 6], 16)))
                i += 6
            elif src.startswith("\r\n", i + 1):  # line continuation
                i += 3
            elif e in "\n\r\u2028\u2029":
                i += 2
            else:
                out.append(e)
                i += 2
            continue
        if c == "\n" and quote != "`":
            raise ValueError("line break inside a string literal")
        out.append(c)
        i += 1
    raise ValueError("unterminated string literal")


def js_tokens(src: str, start: int = 0, one_value: bool = False) -> list[tuple[str, str]]:
    """(kind, text) tokens: ``str`` (decoded), ``punct`` or ``word``, from
    ``src[start:]``; with ``one_value``, only up to the bracket that closes the
    first one opened (so code after a data literal is never read)."""
    toks, i, depth = [], start, 0
    while i < len(src):
        if one_value and depth == 0 and toks:
            break
        c = src[i]
        if c.isspace():
            i += 1
        elif src.startswith("//", i):
            i = src.find("\n", i) if "\n" in src[i:] else len(src)
        elif src.startswith("/*", i):
            i = src.index("*/", i) + 2
        elif c in "'\"`":
            text, i = js_string_literal(src, i)
            toks.append(("str", text))
        elif c in JS_PUNCT:
            toks.append(("punct", c))
            depth += (c in "{[") - (c in "}]")
            i += 1
        else:
            m = re.compile(r"[^\s{}\[\]:,+'\"`]+").match(src, i)
            toks.append(("word", m.group(0)))
            i = m.end()
    return toks


def js_value(toks: list[tuple[str, str]], i: int):
    """Parses one value from token ``i``; returns (value, next index)."""
    kind, text = toks[i]
    if (kind, text) == ("punct", "{"):
        obj, i = {}, i + 1
        while toks[i] != ("punct", "}"):
            key_kind, key = toks[i]
            if key_kind not in ("word", "str") or toks[i + 1] != ("punct", ":"):
                raise ValueError(f"expected a key and ':' near {key!r}")
            obj[key], i = js_value(toks, i + 2)
            if toks[i] == ("punct", ","):
                i += 1
        return obj, i + 1
    if (kind, text) == ("punct", "["):
        arr, i = [], i + 1
        while toks[i] != ("punct", "]"):
            item, i = js_value(toks, i)
            arr.append(item)
            if toks[i] == ("punct", ","):
                i += 1
        return arr, i + 1
    if kind == "str":
        parts, i = [text], i + 1
        while toks[i] == ("punct", "+"):
            if toks[i + 1][0] != "str":
                raise ValueError("'+' joins something other than strings")
            parts.append(toks[i + 1][1])
            i += 2
        return "".join(parts), i
    if kind == "word" and re.fullmatch(r"[A-Za-z_$][\w$.]*\(", text):
        # A call with one string argument, as a translation wrapper such as
        # localize('...') is written: the argument is the value.
        if toks[i + 1][0] != "str":
            raise ValueError(f"a call other than {text}'...')")
        value, i = js_value(toks, i + 1)
        if toks[i] == ("punct", ","):
            i += 1
        if toks[i] != ("word", ")"):
            raise ValueError(f"a call {text}...) with more than one argument")
        return value, i + 1
    if kind == "word":
        return (None if text in ("null", "undefined") else text), i + 1
    raise ValueError(f"unexpected {text!r}")


def js_serp_item_to_text(raw: bytes, n: int) -> str:
    """Result ``n`` (0-based) of the ``jobs_results`` of a Google-Jobs search
    (SerpAPI) saved as a JavaScript object literal: title, company, location and
    "via", then the description as the job board shows it."""
    toks = js_tokens(raw.decode("utf-8"))
    if ("punct", "{") not in toks:
        raise ValueError("no object literal")
    try:
        data, _ = js_value(toks, toks.index(("punct", "{")))
    except IndexError:
        raise ValueError("the object literal is not closed") from None
    results = data.get("jobs_results") if isinstance(data, dict) else None
    if not isinstance(results, list) or n >= len(results):
        raise ValueError(f"no jobs_results item {n}")
    item = results[n]
    if not isinstance(item, dict) or not isinstance(item.get("description"), str):
        raise ValueError(f"jobs_results item {n} has no description")
    head = "\n".join(str(item[k]) for k in ("title", "company_name", "location", "via") if item.get(k))
    return head + "\n\n" + str(item["description"]).strip() + "\n"


# ---- templates: how a page lays out the fields of a record (a Markdown page's
# front matter, a job object in a JS/TS data file). A template is lines joined
# by "|"; "{key}" (dotted for a nested key, "{key:N}" for its first N
# characters, "{key+SEP}" for a list's items joined by SEP) stands for the
# record's value. A line whose keys are not all in the record is left out (so
# "{key:0}" keeps a label only when the record has the key); a line whose key
# holds a list is written once per item; other lines are written as they stand
# (the page's own labels).
TEMPLATE_KEY = re.compile(r"\{([A-Za-z_$][\w$]*(?:\.(?:[A-Za-z_$][\w$]*|\d+))*)(?::(\d+)|\+([^}]*))?\}")


def template_value(record, dotted: str):
    value = record
    for part in dotted.split("."):
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
            continue
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    if isinstance(value, list):
        return [str(v).strip() for v in value]
    return None if value is None or str(value).strip() == "" else str(value).strip()


def template_field(record, m: re.Match):
    """The value of one "{...}" of a template: a list joined when it says
    "+SEP", else as ``template_value`` gives it."""
    value = template_value(record, m.group(1))
    if m.group(3) is not None and isinstance(value, list):
        return m.group(3).join(value) if value else None
    return value


def render_template(template: str, record: dict) -> list[str]:
    out = []
    for line in template.split("|"):
        values = [template_field(record, m) for m in TEMPLATE_KEY.finditer(line)]
        if any(v is None for v in values):
            continue
        lists = [v for v in values if isinstance(v, list)]
        if len(lists) > 1:
            raise ValueError(f"template line {line!r} names more than one list")
        for item in (lists[0] if lists else [None]):
            def fill(m, item=item):
                v = template_field(record, m)
                v = item if isinstance(v, list) else v
                return v[: int(m.group(2))] if m.group(2) else v
            out.append(TEMPLATE_KEY.sub(fill, line))
    return out


# ---- Markdown job pages (Jekyll, Middleman, Astro and handbook pages)

def yaml_scalar(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return json.loads(text)
    return text


def yaml_block(lines: list[str], style: str) -> str:
    """A YAML block scalar's text from its lines (indentation removed): "|"
    keeps the line breaks, ">" folds them (a break between two lines becomes a
    space, each empty line a break); "-" drops the final break."""
    while lines and not lines[-1]:
        lines.pop()
    if style.startswith("|"):
        text = "\n".join(lines)
    else:
        text, empties = "", 0
        for line in lines:
            if not line:
                empties += 1
                continue
            if text:
                text += "\n" * empties if empties else " "
            text, empties = text + line, 0
    return text if style.endswith("-") else text + "\n"


def front_matter(src: str) -> tuple[dict, str]:
    """Splits a page into its YAML front matter (read only as far as pages
    use it: "key: value" lines, one level of nested "key: value" and of "- item"
    lists, folded and literal blocks) and its body."""
    lines = src.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, src
    try:
        end = next(n for n in range(1, len(lines)) if lines[n].rstrip() in ("---", "..."))
    except StopIteration:
        raise ValueError("front matter without its closing ---") from None
    data: dict = {}
    parent, n = None, 1
    while n < end:
        line = lines[n].rstrip()
        n += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indented = line[0] in " \t"
        m = re.match(r"\s*([^:#]+?):(?:\s+(.*))?$", line)
        if indented and parent is not None and line.strip().startswith("- "):
            if not isinstance(data[parent], list):
                data[parent] = []
            data[parent].append(yaml_scalar(line.strip()[2:]))
            continue
        if not m:
            raise ValueError(f"front matter line not understood: {line!r}")
        key, value = m.group(1).strip(), (m.group(2) or "").strip()
        if value[:1] in (">", "|"):  # a folded or literal block: its more indented lines
            depth, block = len(line) - len(line.lstrip()), []
            while n < end and (not lines[n].strip() or len(lines[n]) - len(lines[n].lstrip()) > depth):
                block.append(lines[n].rstrip())
                n += 1
            margin = min((len(b) - len(b.lstrip()) for b in block if b), default=0)
            text = yaml_block([b[margin:] for b in block], value)
        else:
            text = yaml_scalar(value)
        if indented and parent is not None and isinstance(data[parent], dict):
            data[parent][key] = text
        elif not indented:
            data[key] = text if value else {}
            parent = None if value else key
    return data, "\n".join(lines[end + 1:])


MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$])")
MD_STRONG = re.compile(r"\*\*(.+?)\*\*")
MD_EMPH = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
MD_HEADING = re.compile(r"#{1,6}\s+(.*?)(?:\s+#+)?")
MD_BULLET = re.compile(r"[-*+]\s+(.*)")
MD_NUMBERED = re.compile(r"\d+[.)]\s")


def markdown_inline(text: str) -> str:
    text = MD_LINK.sub(r"\1", text)
    text = MD_STRONG.sub(r"\1", text)
    text = MD_EMPH.sub(r"\1", text)
    return MD_ESCAPE.sub(r"\1", text)


def markdown_page_to_text(raw: bytes, template: str) -> str:
    """A Markdown job page as a reader sees it: the header lines the template
    builds from the front matter, then the body, paragraph by paragraph.
    Headings, emphasis and links become their text, "*"/"-" bullets "• ",
    numbered items keep their number, and the lines of a paragraph or an item
    are joined with a space (as a renderer joins soft-wrapped lines). A ">"
    quote is left out: on a page that copies a posting it is the copier's own
    words."""
    meta, body = front_matter(raw.decode("utf-8"))
    blocks, block, after_heading = [], [], False
    for line in body.split("\n") + [""]:
        stripped = line.strip()
        if stripped.startswith(">"):
            continue
        if not stripped:
            if block:
                blocks.append(block)
            block = []
            continue
        heading, bullet = MD_HEADING.fullmatch(stripped), MD_BULLET.fullmatch(stripped)
        if heading:
            block.append(heading.group(1))
        elif bullet:
            block.append("• " + bullet.group(1))
        elif MD_NUMBERED.match(stripped) or not block or after_heading:
            block.append(stripped)
        else:
            block[-1] = block[-1].rstrip() + " " + stripped
        after_heading = bool(heading)
    head = render_template(template, meta) if template else []
    paras = ["\n".join(markdown_inline(ln) for ln in b) for b in blocks]
    return "\n\n".join((["\n".join(head)] if head else []) + paras) + "\n"


# ---- the visible text of an HTML (or PHP) page

HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
PHP_CODE = re.compile(r"<\?(?:php|=).*?\?>", re.S)
HTML_BLOCK = re.compile(
    r"</?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|form|"
    r"h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>", re.I)
HTML_LIST = re.compile(r"<(/?)(ul|ol|li)\b[^>]*>", re.I)


def element_by_id(src: str, element_id: str) -> str:
    """The inside of the element whose id is ``element_id`` (its tag's
    nesting counted, so inner elements of the same tag do not end it)."""
    m = re.search(r"<([a-zA-Z][\w-]*)\b[^>]*\bid\s*=\s*[\"']" + re.escape(element_id) + r"[\"'][^>]*>", src)
    if not m:
        raise ValueError(f"no element with id {element_id!r}")
    tag, depth = m.group(1), 1
    for t in re.finditer(r"<(/?)" + re.escape(tag) + r"\b[^>]*>", src[m.end():], re.I):
        depth += -1 if t.group(1) else 1
        if depth == 0:
            return src[m.end():m.end() + t.start()]
    raise ValueError(f"the element with id {element_id!r} is not closed")


def html_visible_text(raw: bytes, element_id: str) -> str:
    """The text a browser shows of the element with id ``element_id``: HTML
    comments and PHP left out (a PHP page's included parts are not in the
    file), every block a line of its own with its spaces collapsed, the items
    of a bulleted list (<ul>) marked "• ", entities decoded. A file that is not
    UTF-8 is read as Windows-1252, as browsers read such pages."""
    try:
        src = raw.decode("utf-8")
    except UnicodeDecodeError:
        src = raw.decode("cp1252")
    src = element_by_id(PHP_CODE.sub("", HTML_COMMENT.sub("", src)), element_id)
    lists, parts, pos = [], [], 0
    for m in HTML_LIST.finditer(src):
        parts.append(src[pos:m.start()])
        closing, tag = m.group(1), m.group(2).lower()
        if tag != "li":
            if closing and lists:
                lists.pop()
            elif not closing:
                lists.append(tag)
        parts.append("\n• " if tag == "li" and not closing and lists[-1:] == ["ul"] else "\n")
        pos = m.end()
    parts.append(src[pos:])
    text = ANY_TAG.sub("", HTML_BLOCK.sub("\n", "".join(parts)))
    text = html.unescape(text).replace("\u00a0", " ")
    lines = (re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln and ln != "•") + "\n"


# ---- a job object of a JS/TS data file (careers pages that keep their
# openings as an array literal, e.g. "const jobs = [{title: ..., ...}]")

def js_position_item_to_text(raw: bytes, n: int, template: str) -> str:
    """Object ``n`` (0-based) of the first array literal assigned in the file
    (``= [``), laid out by ``template`` as the page renders it. The literal is
    read as data (strings, lists, objects, a translation call's string);
    names that stand for values defined elsewhere stay names, so a template
    writes what they show."""
    src = raw.decode("utf-8")
    m = re.search(r"=\s*\[", src)
    if not m:
        raise ValueError("no array literal assigned in the file")
    toks = js_tokens(src, m.end() - 1, one_value=True)
    try:
        items, _ = js_value(toks, 0)
    except IndexError:
        raise ValueError("the array literal is not closed") from None
    if n >= len(items) or not isinstance(items[n], dict):
        raise ValueError(f"the array has no object {n}")
    lines = render_template(template, items[n])
    while lines and not lines[-1]:
        lines.pop()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


# ---- pages of the fourth held-out set (turned into text by its reader's rules,
# which differ a little from the Markdown and HTML readers above)

MD4_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MD4_STRONG = re.compile(r"\*\*([^*]+)\*\*")
MD4_EMPH = re.compile(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])")
MD4_BUTTON = re.compile(r"<button[^>]*>(.*?)</button>")
MD4_HEADING = re.compile(r"#+\s*(.*)")
MD4_BULLET = re.compile(r"(\s*)[-*]\s+(.*)")
MD4_NUMBERED = re.compile(r"(\d+)\.\s+(.*)")


def markdown4_inline(text: str) -> str:
    """Links, strong and emphasis become their text; backticks go."""
    text = MD4_LINK.sub(r"\1", text)
    text = MD4_STRONG.sub(r"\1", text)
    text = MD4_EMPH.sub(r"\1", text)
    return text.replace("`", "")


def markdown4_body(body: str) -> str:
    """A Markdown body as text: a heading, a "-"/"*" item ("• ", indented two
    spaces when the item is), a numbered item or an HTML button's label is a
    line of its own; other lines are joined with a space into their paragraph,
    and an indented line after an item continues the item. "[//]: #" comment
    lines and "<br>" lines are left out, blank lines kept (at most one in a
    row). An item keeps the rest of its line as it stands (in a file with CRLF
    line ends, its carriage return), as the set was built."""
    out, para = [], []

    def flush():
        if para:
            out.append(" ".join(para))
            para.clear()

    for line in body.split("\n"):
        stripped = line.strip()
        if stripped.startswith("[//]: #"):
            continue
        button = MD4_BUTTON.match(stripped)
        heading, bullet, numbered = (
            MD4_HEADING.match(stripped), MD4_BULLET.match(line), MD4_NUMBERED.match(stripped))
        if button:
            flush()
            out.append(button.group(1))
        elif not stripped:
            flush()
            out.append("")
        elif stripped == "<br>":
            flush()
        elif heading:
            flush()
            out.append(markdown4_inline(heading.group(1)))
        elif bullet:
            flush()
            indent = "  " if len(bullet.group(1)) >= 2 else ""
            out.append(indent + "• " + markdown4_inline(bullet.group(2)))
        elif numbered:
            flush()
            out.append(numbered.group(1) + ". " + markdown4_inline(numbered.group(2)))
        elif (out and not para and line.startswith(" ")
              and (out[-1].lstrip().startswith("• ") or re.match(r"\d+\. ", out[-1]))):
            out[-1] += " " + markdown4_inline(stripped)
        else:
            para.append(markdown4_inline(stripped))
    flush()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")


def one_text(text: str) -> str:
    """A document's text ends with exactly one line break."""
    return text.rstrip("\n") + "\n"


def markdown_page_toml_to_text(raw: bytes) -> str:
    """A Hugo job page with TOML front matter (between "+++" lines): the
    front matter's title, a blank line, then the body as text."""
    parts = raw.decode("utf-8").split("+++", 2)
    if len(parts) < 3:
        raise ValueError("no TOML front matter between +++ lines")
    title = re.search(r'title = "([^"]+)"', parts[1])
    if not title:
        raise ValueError("the front matter has no title")
    return one_text(title.group(1) + "\n\n" + markdown4_body(parts[2]))


def flint_job_md_to_text(raw: bytes) -> str:
    """A Flint job page: a URL slug line (left out), then title, place, pay
    and job-type lines (kept), then the Markdown body as text."""
    lines = raw.decode("utf-8").split("\n")
    return one_text("\n".join(lines[1:5]) + "\n\n" + markdown4_body("\n".join(lines[5:])))


def markdown_list_items(text: str) -> list[str]:
    """The lines of a Markdown "* item" list kept in a YAML string, as text."""
    return [markdown4_inline(re.sub(r"^\*\s*", "", ln.strip())) for ln in text.split("\n") if ln.strip()]


def yaml_job_with_blocks_to_text(raw: bytes, page_raw: bytes) -> str:
    """A Jekyll collection job record (role, job-location, job-type,
    contract, description_markdown, responsibilities_markdown,
    requirements_markdown; the labels are the keys'), then the benefits and
    equal-opportunity blocks of the careers page that lists it (its front
    matter's ``benefits_block`` and ``equal_opp_block``)."""
    job, _ = front_matter(raw.decode("utf-8"))
    page, _ = front_matter(page_raw.decode("utf-8"))
    lines = [
        job["role"], "",
        f"Location: {job['job-location'].title()}",
        f"Job type: {job['job-type'].capitalize()}",
        f"Contract: {job['contract']}", "",
        "Description", html.unescape(job["description_markdown"]).strip(), "",
        "Responsibilities", *("• " + x for x in markdown_list_items(job["responsibilities_markdown"])), "",
        "Requirements", *("• " + x for x in markdown_list_items(job["requirements_markdown"])), "",
        page["benefits_block"]["headline"].capitalize(),
    ]
    for line in page["benefits_block"]["details"].strip().split("\n"):
        line = line.strip()
        if line:
            lines.append("• " + line[2:] if line.startswith("- ") else line)
    opportunity = page["equal_opp_block"]
    lines += ["", opportunity["headline"].capitalize(), opportunity["details"].strip()]
    return one_text("\n".join(lines))


PHP4_DROP = [re.compile(p) for p in (
    r"(?s)<\?php.*?\?>", r"(?s)<!--.*?-->", r"(?s)<(script|style|iframe)[^>]*>.*?</\1>")]
PHP4_LINE_BREAKS = [re.compile(p) for p in (
    r"(?i)<br\s*/?>", r"(?i)</(p|div|li|h\d|ul|ol|section|header|nav)>", r"(?i)<(h\d|p|div|ul|ol|small)(\s[^>]*)?>")]


def php_visible_lines(src: str) -> list[str]:
    """The visible text of an HTML/PHP fragment: PHP, comments, scripts,
    styles and iframes dropped, white space collapsed, list items "• ", block
    elements and <br> line breaks, entities decoded, empty lines dropped."""
    for pat in PHP4_DROP:
        src = pat.sub("", src)
    src = re.sub(r"\s+", " ", src)
    src = re.sub(r"(?i)<li[^>]*>", "\n• ", src)
    for pat in PHP4_LINE_BREAKS:
        src = pat.sub("\n", src)
    src = html.unescape(ANY_TAG.sub("", src))
    lines = (re.sub(r"[ \t]+", " ", ln).strip() for ln in src.split("\n"))
    return [ln for ln in lines if ln and ln != "•"]


def html_visible_text_php(raw: bytes, pieces: str) -> str:
    """The visible text of a PHP/HTML page, or of its pieces: ``pieces`` is
    "START...END" pairs joined by "|", each the text from the first START on
    to the first END after it (empty: the whole file)."""
    src = raw.decode("utf-8")
    lines = []
    for piece in pieces.split("|") if pieces else [None]:
        if piece is None:
            lines += php_visible_lines(src)
            continue
        start, sep, end = piece.partition("...")
        if not sep or start not in src:
            raise ValueError(f"no piece {piece!r} in the page")
        begin = src.index(start)
        stop = src.find(end, begin)
        if stop < 0:
            raise ValueError(f"no {end!r} after {start!r}")
        lines += php_visible_lines(src[begin:stop])
    return one_text("\n".join(lines))


def assigned_literal(src: str, opening: str):
    """The first object ("{") or array ("[") literal assigned in a JS/TS file
    (after "=" or "export default"), read as data."""
    m = re.search(r"(?:=|export\s+default)\s*" + re.escape(opening), src)
    if not m:
        raise ValueError(f"no {opening} literal assigned in the file")
    try:
        value, _ = js_value(js_tokens(src, m.end() - 1, one_value=True), 0)
    except IndexError:
        raise ValueError("the literal is not closed") from None
    return value


def js_position_page_to_text(raw: bytes, template: str) -> str:
    """The object literal a JS/TS careers file assigns (one position), laid
    out by ``template`` as its page component renders it."""
    record = assigned_literal(raw.decode("utf-8"), "{")
    return one_text("\n".join(render_template(template, record)))


def jsx_visible_text(raw: bytes) -> str:
    """The text nodes of the JSX a React component returns (from its
    "return (" on), one a line, white space collapsed, JSX comments dropped,
    entities decoded."""
    src = raw.decode("utf-8")
    start = src.find("return (")
    if start < 0:
        raise ValueError("no 'return (' in the component")
    body = src[start:]
    body = body[body.index("<"):body.rindex(">") + 1]
    body = re.sub(r"(?s)\{/\*.*?\*/\}", "", body)
    body = ANY_TAG.sub("\n", body.replace('{" "}', " "))
    lines = (re.sub(r"\s+", " ", html.unescape(ln)).strip() for ln in body.split("\n"))
    return one_text("\n".join(ln for ln in lines if ln))


def ts_job_history_to_text(raw: bytes) -> str:
    """The job entries (an array literal of a TS file) written entry by entry
    as role, "company | location", period, description, "Skills: ...", then
    "• title: description" for each key point, and a blank line."""
    lines = []
    for job in assigned_literal(raw.decode("utf-8"), "["):
        lines += [job["role"], f"{job['company']} | {job['location']}", job["period"], job["description"],
                  "Skills: " + ", ".join(job["skills"])]
        lines += [f"• {point['title']}: {point['description']}" for point in job["keyPoints"]]
        lines.append("")
    return one_text("\n".join(lines))


JSX_REF = re.compile(r"\{([\w./\[\]-]+)>([a-z][a-z0-9]*)(?:\.([\w-]+))?(\*?)\}")


def jsx_element_texts(src: str, tag: str, css_class: str | None) -> list[str]:
    """The text of each <tag> element (with that className, if given) of a
    JSX file, white space collapsed."""
    src = re.sub(r"(?s)\{/\*.*?\*/\}", "", src)
    texts = []
    for m in re.finditer(rf"<{tag}\b([^>]*)>(.*?)</{tag}>", src, re.S):
        if css_class and not re.search(rf'className="[^"]*\b{re.escape(css_class)}\b', m.group(1)):
            continue
        texts.append(re.sub(r"\s+", " ", html.unescape(ANY_TAG.sub(" ", m.group(2)))).strip())
    return texts


def react_resume_page_to_text(read, template: str) -> str:
    """A React resume page rendered from its component files and the data
    files it imports, all at the row's commit (``read(path)`` gives one).
    ``template`` lines ("|"-joined) are the page's own labels; in them
    "{FILE>tag}" is the text of the first <tag> element of FILE,
    "{FILE>tag.class*}" the texts of all such elements joined with ", ", and
    the lines between "[FILE]" and "[/]" are written once per item of the
    array literal FILE exports, as a template of that item (an item that is a
    string is "{value}")."""
    return one_text("\n".join(laid_out(read, template, lambda line, refs: [refs(line)])))


def laid_out(read, template: str, own_line) -> list[str]:
    """The lines a page ``template`` ("|"-joined) lays out: the lines from
    "[FILE]" to "[/]" once per item of the array literal the data file FILE
    exports, as a template of that item (``render_template``); each other
    line as ``own_line(line, refs)`` gives it, where ``refs(text)`` puts the
    text of the elements "{FILE>tag}" and "{FILE>tag.class*}" name in their
    place."""
    def jsx_ref(m):
        texts = jsx_element_texts(read(m.group(1)).decode("utf-8"), m.group(2), m.group(3))
        if not texts:
            raise ValueError(f"no <{m.group(2)}> element in {m.group(1)}")
        return ", ".join(texts) if m.group(4) else texts[0]

    lines, group, data_file = [], [], None
    for line in template.split("|"):
        if data_file is None and re.fullmatch(r"\[[^\]/][^\]]*\]", line):
            data_file, group = line[1:-1], []
        elif data_file is not None and line == "[/]":
            for item in assigned_literal(read(data_file).decode("utf-8"), "["):
                record = item if isinstance(item, dict) else {"value": item}
                lines += render_template("|".join(group), record)
            data_file = None
        elif data_file is not None:
            group.append(line)
        else:
            lines += own_line(line, lambda text: JSX_REF.sub(jsx_ref, text))
    if data_file is not None:
        raise ValueError(f"[{data_file}] without its [/]")
    return lines


# ---- pages of the fifth held-out set (turned into text by its reader's rules:
# every text node a line of its own, and a document's lines joined without the
# empty ones). A row of this set may read several files of one commit: its
# path names them joined by " + ", and their texts follow one another.

def nonempty_lines(lines) -> str:
    """Lines joined, the empty (or blank) ones left out, one final break."""
    return "\n".join(ln for ln in lines if ln.strip()) + "\n"


NODE_DROP = [re.compile(p) for p in (
    r"(?s)<\?php.*?\?>", r"(?s)<!--.*?-->", r"(?s)\{/\*.*?\*/\}", r"(?s)<head\b.*?</head>",
    r"(?s)<(script|style|svg)\b[^>]*>.*?</\1>", r"(?is)</?(a|span|strong|em|b|i|small|sup|sub|u)\b[^>]*>")]
NODE_LI = re.compile(r"(?s)<li\b[^>]*>")
NODE_TAG = re.compile(r"(?s)<[^>]*>")


def text_node_lines(src: str) -> list[str]:
    """The text nodes of an HTML, PHP, Vue or JSX fragment, one a line: PHP,
    HTML and JSX comments, the <head>, scripts, styles and SVG dropped; inline
    tags (a, span, strong, em, b, i, small, sup, sub, u) vanish, so their text
    stays in its line; every other tag ends a line (an <li> is marked first, so
    its item is known); white space collapsed, entities decoded. An item's text
    is "• " and the text; when an item's first node is empty, the next line
    that is not already a bullet gets the "• "."""
    for pat in NODE_DROP:
        src = pat.sub("", src)
    src = NODE_TAG.sub("\x02", NODE_LI.sub("\x02\x00", src))
    lines, pending = [], False
    for node in src.split("\x02"):
        item = node.lstrip().startswith("\x00")
        text = re.sub(r"\s+", " ", html.unescape(node.replace("\x00", ""))).strip()
        if not text:
            pending = pending or item
            continue
        if item or (pending and not text.startswith("• ")):
            text = "• " + text
        lines.append(text)
        pending = False
    return lines


def read_parts(read, path: str) -> list[str]:
    """The files a row's path names (joined by " + "), each as text."""
    return [read(part).decode("utf-8") for part in path.split(" + ")]


def html_text_nodes(read, path: str) -> str:
    """The text nodes of each HTML/PHP page the path names, one after another."""
    return nonempty_lines(ln for src in read_parts(read, path) for ln in text_node_lines(src))


def vue_template_text_nodes(read, path: str) -> str:
    """The text nodes of the <template> of each Vue component the path names."""
    lines = []
    for src in read_parts(read, path):
        lines += text_node_lines(src[src.index("<template>"):src.rindex("</template>")])
    return nonempty_lines(lines)


def jsx_text_nodes(read, path: str) -> str:
    """The text nodes of the JSX each React component the path names returns
    (from its "return (", first tag to last), closing brackets of code left out."""
    lines = []
    for src in read_parts(read, path):
        body = src[src.index("return ("):]
        body = body[body.index("<"):body.rindex(">") + 1]
        lines += [ln for ln in text_node_lines(body) if ln not in (")", "}", ");")]
    return nonempty_lines(lines)


def markdown5_inline(text: str) -> str:
    """Images and links become their text, code and strong/emphasis lose
    their marks, "\\-" and "\\_" their backslash; white space collapsed."""
    for pat, repl in (
            (r"!\[([^\]]*)\]\([^)]*\)", r"\1"), (r"\[([^\]]*)\]\([^)]*\)", r"\1"), (r"`([^`]*)`", r"\1"),
            (r"\*\*\s*([^*]*?)\s*\*\*", r"\1"), (r"(?<![\w*])_\s*([^_]+?)\s*_(?![\w])", r"\1"),
            (r"(?<!\*)\*([^*\s][^*]*?)\*(?!\*)", r"\1")):
        text = re.sub(pat, repl, text)
    text = text.replace("**", "").replace("\\-", "-").replace("\\_", "_")
    return re.sub(r"\s+", " ", text).strip()


def markdown_text(raw: bytes) -> str:
    """A job board's Markdown file as text: a heading or a "*"/"-" item
    ("• ") is a line of its own, the other lines of a paragraph are joined with
    a space, blank lines are dropped."""
    out, para = [], []

    def flush():
        if para:
            out.append(" ".join(para))
            para.clear()

    for line in raw.decode("utf-8").split("\n"):
        stripped = line.strip()
        heading, bullet = re.match(r"#{1,6}\s*(.*)$", stripped), re.match(r"[*-]\s+(.*)$", stripped)
        if not stripped:
            flush()
        elif heading:
            flush()
            out.append(markdown5_inline(heading.group(1)))
        elif bullet:
            flush()
            out.append("• " + markdown5_inline(bullet.group(1)))
        else:
            para.append(markdown5_inline(stripped))
    flush()
    return nonempty_lines(re.sub(r"[ \t]+", " ", ln).strip() for ln in out)


def markdown_contact_dropped(raw: bytes) -> str:
    """A Markdown resume kept as it is but for its lines 2 and 3 (the contact
    lines: e-mail, phone, street address), which are left out."""
    lines = raw.decode("utf-8").split("\n")
    if len(lines) < 3 or "@" not in lines[1]:
        raise ValueError("line 2 is not the contact line")
    return "\n".join(lines[:1] + lines[3:])


def jekyll_job_page(raw: bytes) -> str:
    """A Jekyll job page: its title, the body's paragraphs (white space
    collapsed), the layout's banner line (the front matter's ``banner``) and
    its "Email Us" button."""
    meta, body = front_matter(raw.decode("utf-8"))
    paras = [re.sub(r"\s+", " ", p).strip() for p in body.strip().split("\n\n") if p.strip()]
    return nonempty_lines([meta["title"], *paras, meta["banner"], "Email Us"])


def jekyll_job_fields(raw: bytes) -> str:
    """A Jekyll job-board record with the labels of its layout: title,
    business, place, site, category, pay, job type, hours, start and date, the
    body line by line, "Qualifications needed:" with the qualifications line by
    line, and "How to apply:". The poster's name and e-mail are not shown."""
    meta, body = front_matter(raw.decode("utf-8").replace("\r", ""))
    lines = [meta["title"], f"Business: {meta['business_name']}", meta["location"], meta["business_url"]]
    for key, label in (("category", "Category"), ("compensation", "Compensation"), ("job_type", "Job Type"),
                       ("hours", "Hours"), ("start", "Start Date"), ("date_posted", "Date Posted")):
        lines.append(f"{label}: {meta[key]}")
    lines += [re.sub(r"\s+", " ", ln).strip() for ln in body.split("\n")]
    lines += ["Qualifications needed:", *(ln.strip() for ln in meta["qualifications"].split("\n"))]
    lines += ["How to apply:", meta["how_to_apply"]]
    return nonempty_lines(lines)


def ts_timeline_data(read, path: str, template: str) -> str:
    """An Angular "about" page and the timelines of its service: the about
    template's text nodes up to its "Download CV" button (images left out),
    then ``template`` lines ("|"-joined labels), in which the lines between
    "[NAME]" and "[/]" are written once per object of the array the service
    assigns to NAME, as a template of that object."""
    about, service = read_parts(read, path)
    about = re.sub(r"<img[^>]*>", "", about[:about.index("Download CV")])
    lines, group, name = text_node_lines(about), [], None
    for line in template.split("|"):
        if name is None and re.fullmatch(r"\[\w+\]", line):
            name, group = line[1:-1], []
        elif name is not None and line == "[/]":
            m = re.search(rf"\b{name}\s*=\s*\[", service)
            if not m:
                raise ValueError(f"no array {name} in the service")
            items, _ = js_value(js_tokens(service, m.end() - 1, one_value=True), 0)
            for item in items:
                lines += render_template("|".join(group), item)
            name = None
        elif name is not None:
            group.append(line)
        else:
            lines.append(line)
    return nonempty_lines(lines)


# The order a page writes the fields of the objects of an array it maps
# (keyed by the objects' keys); a link object shows its label only.
TSX_FIELD_ORDER = {
    frozenset({"n", "l"}): ("n", "l"), frozenset({"t", "s", "n"}): ("n", "t", "s"),
    frozenset({"t", "o", "d"}): ("t", "o", "d"), frozenset({"t", "d"}): ("t", "d"),
}
TSX_NODES = re.compile(
    r'text="([^"]+)"'
    r'|\{\[\s*((?:\{[^{}]*\}\s*,?\s*)+|(?:"[^"]*"\s*,?\s*)+)\]\.map\('
    r'|<ExperienceCard(.*?)/>'
    r'|<ContactCard icon=\{<[^>]*/>\}(.*?)/>'
    r'|>([^<>{}]+)(?=<)', re.S)


def tsx_route_page(raw: bytes) -> str:
    """A React (TanStack) route page as it shows, from its ``Index``
    component up to the footer (whose year is computed): in page order, the
    text nodes, the ``text`` of a section label, the items of a literal array
    the page maps (an object's fields in the order the page writes them; a
    string item that is a phrase, "• " and the string), an ExperienceCard's
    role, organisation, period and "• " points, a ContactCard's label and
    value. Code that reads as text (arrows, class names, brackets) is left out."""
    src = raw.decode("utf-8")
    page = src[src.index("function Index()"):src.index("function AnimatedSection")]
    page = page[:page.index("<motion.footer")]
    lines = []
    for m in TSX_NODES.finditer(page):
        label, array, card, contact, text = m.groups()
        if label:
            lines.append(label)
        elif array is not None:
            objects = re.findall(r"\{([^{}]*)\}", array)
            for obj in objects:
                fields = dict(re.findall(r'(\w+):\s*"([^"]*)"', obj))
                if "href" in fields and "label" in fields:
                    lines.append(fields["label"])
                else:
                    lines += [fields[k] for k in TSX_FIELD_ORDER.get(frozenset(fields), tuple(fields))]
            if not objects:
                lines += [("• " + s) if len(s) > 12 and " " in s else s for s in re.findall(r'"([^"]*)"', array)]
        elif card:
            lines += [re.search(rf'{prop}="([^"]*)"', card).group(1) for prop in ("role", "org", "period")]
            points = re.search(r"points=\{\[(.*?)\]\}", card, re.S).group(1)
            lines += ["• " + p for p in re.findall(r'"([^"]*)"', points)]
        elif contact:
            lines += [re.search(rf'{prop}="([^"]*)"', contact).group(1) for prop in ("label", "value")]
        else:
            text = re.sub(r"\s+", " ", html.unescape(text)).strip()
            if text and not re.match(r"^[().=;,\s&|?:]+$", text) and "className" not in text and "=>" not in text:
                lines.append(text)
    return nonempty_lines(lines)


# ---- pages of the sixth held-out set (turned into text by its reader's
# rules: a page a list of lines, each ended by a break, none left empty; a row
# may read several files of one commit, its path naming them joined by " + ").

def lines_text(lines) -> str:
    """Lines, each ended by a line break (a page's lines are never empty)."""
    return "".join(f"{ln}\n" for ln in lines)


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def front_value(src: str, key: str) -> str | None:
    """A front matter's value of ``key`` (YAML "key: value" or TOML "key =
    value"), one line, its quotes removed, as the sixth set's reader read it."""
    m = re.match(r"(---|\+\+\+)\n(.*?)\n(---|\+\+\+)\n", src, re.S)
    m = m and re.search(rf"^{re.escape(key)}\s*[:=]\s*(.*)$", m.group(2), re.M)
    if not m:
        return None
    value = m.group(1).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def front_list(src: str, key: str) -> list[str]:
    """The double-quoted strings of a front matter's one-line list."""
    return re.findall(r'"([^"]*)"', front_value(src, key) or "")


def markdown6_inline(text: str) -> str:
    """Images dropped, links their text, inline R code dropped, code, strong
    and emphasis their text, backslash escapes and "<br>"/"&nbsp;" resolved,
    spaces collapsed."""
    for pat, repl in (
            (r"!\[([^\]]*)\]\([^)]*\)", ""), (r"\[([^\]]*)\]\([^)]*\)", r"\1"), (r"`r [^`]*`", ""),
            (r"`([^`]*)`", r"\1"), (r"\*\*\*?([^*]+?)\*?\*\*", r"\1"), (r"(?<![\w*])\*([^*\n]+?)\*(?!\w)", r"\1"),
            (r"(?<![\w_])__([^_]+?)__(?![\w])", r"\1"), (r"(?<![\w_])_([^_\n]+?)_(?![\w])", r"\1")):
        text = re.sub(pat, repl, text)
    for escaped in "*.-|$":
        text = text.replace("\\" + escaped, escaped)
    text = re.sub(r"<br\s*/?>", " ", text).replace("&nbsp;", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


def markdown6_lines(src: str) -> list[str]:
    """A Markdown page's text by the sixth set's rules: front matter, HTML
    comments, Liquid tags and fenced code dropped, lines of HTML tags only
    dropped; a heading a line; a table's cells one a line; a "-", "*", "+" or
    "•" item "• " and its text (lines that continue it joined to it), a
    numbered item its number; the other lines of a paragraph joined with a
    space, a hard break (two trailing spaces or a backslash) ending a line;
    rules and empty lines dropped."""
    src = re.sub(r"(?s)\A(---|\+\+\+)\n.*?\n\1\n?", "", src)
    for pat in (r"<!--.*?-->", r"\{%.*?%\}", r"```.*?```"):
        src = re.sub(pat, "", src, flags=re.S)
    out, para, in_item = [], [], False

    def flush():
        text = markdown6_inline(" ".join(para))
        if text:
            out.append(text)
        para.clear()

    for raw in src.split("\n"):
        line = raw.rstrip()
        stripped = line.strip()
        if re.fullmatch(r"(<[^>]+>\s*)+", stripped):
            stripped = ""
        if not stripped or re.fullmatch(r"(-{3,}|\*{3,}|_{3,}|={3,})", stripped):
            flush()
            in_item = False
            continue
        heading = re.match(r"#{1,6}\s+(.*)", stripped)
        if heading:
            flush()
            text = markdown6_inline(heading.group(1).rstrip("#").strip())
            if text:
                out.append(text)
            continue
        if stripped.startswith("|"):
            flush()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if not all(re.fullmatch(r":?-{2,}:?", c) or c == "" for c in cells):
                out += [t for t in map(markdown6_inline, cells) if t]
            continue
        item = re.match(r"(\s*)([-*+•]|\d+\\?\.)\s+(.*)", line)
        if item:
            flush()
            marker, text = item.group(2), markdown6_inline(item.group(3))
            out.append((marker.replace("\\", "") if marker[0].isdigit() else "•") + " " + text)
            in_item = True
            continue
        if in_item and out and not para:
            out[-1] += " " + markdown6_inline(stripped)
            continue
        para.append(stripped)
        if raw.endswith("  ") or raw.endswith("\\"):
            para[-1] = para[-1].removesuffix("\\")
            flush()
    flush()
    return out


def markdown_lines(raw: bytes, template: str) -> str:
    """A Markdown page: the ``template`` lines ("|"-joined; ``{key}`` is the
    front matter's value, other text the layout's own), then the page as
    ``markdown6_lines``."""
    src = raw.decode("utf-8")
    head = []
    for line in template.split("|") if template else []:
        head.append(re.sub(r"\{(\w+)\}", lambda m: front_value(src, m.group(1)) or "", line))
    return lines_text(head + markdown6_lines(src))


def hugo_jobsboard_post(raw: bytes) -> str:
    """A post of a Hugo job board as its post-meta partial shows it: title,
    "organization | location", "created_at | Closes closing_date" (the
    closing part left out when it is "-"), salary, each job type and benefit
    tag, the degrees required, then the body as ``markdown6_lines``; empty
    fields left out."""
    src = raw.decode("utf-8")

    def value(key: str) -> str:
        return front_value(src, key) or ""

    closes = value("closing_date")
    lines = [value("title"), f"{value('organization')} | {value('location')}",
             value("created_at") + ("" if closes == "-" else f" | Closes {closes}"), value("salary"),
             *front_list(src, "a_job_type"), *front_list(src, "b_benefits"), value("aa_degrees_required")]
    return lines_text([ln for ln in lines + markdown6_lines(src) if ln])


class VisibleLines(HTMLParser):
    """The visible lines of an HTML page: the text between two block tags a
    line (inline tags a, span, strong, em, b, i, small, u, sup, sub, abbr and
    code keep their text in its line; br, hr, img and input end one), white
    space collapsed, an <li>'s first line "• " and its text; head, scripts,
    styles, SVG, noscript and templates dropped."""

    INLINE = {"a", "span", "strong", "em", "b", "i", "small", "u", "sup", "sub", "abbr", "code"}
    DROP = {"script", "style", "head", "svg", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.text, self.dropping, self.item = [], "", 0, False

    def end_line(self):
        text = collapse(self.text)
        if text:
            self.lines.append(("• " if self.item else "") + text)
            self.item = False
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.DROP:
            self.dropping += 1
        elif not self.dropping and tag not in self.INLINE:
            self.end_line()
            self.item = self.item or tag == "li"

    def handle_startendtag(self, tag, attrs):
        if not self.dropping and tag in ("br", "hr", "img", "input"):
            self.end_line()

    def handle_endtag(self, tag):
        if tag in self.DROP:
            self.dropping = max(0, self.dropping - 1)
        elif not self.dropping and tag not in self.INLINE:
            self.end_line()

    def handle_data(self, data):
        if not self.dropping:
            self.text += data


def visible_lines(src: str) -> list[str]:
    """``VisibleLines`` of a page, PHP code, Hugo/Go template actions and
    comments dropped first."""
    for pat in (r"<\?php.*?\?>", r"\{\{.*?\}\}", r"<!--.*?-->"):
        src = re.sub(pat, "", src, flags=re.S)
    parser = VisibleLines()
    parser.feed(src)
    parser.end_line()
    return parser.lines


def hugo_layout_lines(read, path: str) -> str:
    """A Hugo layout's visible lines, its ``{{ .Site.Params.KEY }}`` actions
    given the [params] of the site's TOML configuration (the second file of
    the path); partials and other actions are not rendered."""
    layout, config = read_parts(read, path)
    params = tomllib.loads(config).get("params", {})
    layout = re.sub(r"\{\{\s*\.Site\.Params\.(\w+)\s*\}\}", lambda m: str(params[m.group(1)]), layout)
    return lines_text(visible_lines(layout))


def jsx_return_lines(src: str) -> list[str]:
    """The visible lines of the JSX a React component returns (from its
    "return (" to the last ");"): string expressions {"..."} kept as their
    text, JSX comments and other {...} expressions dropped."""
    body = src[src.index("return (") + len("return ("):]
    body = body[:body.rindex(");")]
    body = re.sub(r'\{\s*"([^"]*)"\s*\}', r"\1", body)
    body = re.sub(r"\{/\*.*?\*/\}", "", body, flags=re.S)
    return visible_lines(re.sub(r"\{[^{}]*\}", "", body))


def jsx_return_visible_lines(read, path: str, contacts_dropped: str) -> str:
    """``jsx_return_lines`` of each component the path names, one after
    another; in the component named by ``contacts_dropped`` (a third party's,
    such as a referee), lines with an e-mail address are left out."""
    lines = []
    for part in path.split(" + "):
        component = jsx_return_lines(read(part).decode("utf-8"))
        if part == contacts_dropped:
            component = [ln for ln in component if not re.search(r"\S+@\S+\.\w+", ln)]
        lines += component
    return lines_text(lines)


TSX_TEXTS = re.compile(
    r'<h1>([^<]*)</h1>|<h2>([^<]*)</h2>|<h3>([^<]*)</h3>|primary="([^"]*)"|secondary="([^"]*)"'
    r'|<li><b>([^<]*)</b>([^<]*)</li>|<li>([^<]*)</li>|<Divider[^>]*>([^<]+)</Divider>|<Chip label="([^"]*)"'
    r'|<p>([^<]*)</p>|<Typography variant="h6"[^>]*>\s*([^<]*?)\s*</Typography>')


def tsx_component_text(read, path: str, headings: str) -> str:
    """The literal texts of MUI/TSX components in source order, component by
    component (h1-h3, ListItemText primary/secondary, list items, Divider and
    Chip labels, h6 Typography, paragraphs, white space collapsed); a heading
    ``headings`` names (","-joined) moves to the front of its component, where
    the page shows it above the parts defined before its JSX."""
    moved = set(filter(None, headings.split(",")))
    lines = []
    for src in read_parts(read, path):
        texts = [collapse("".join(g for g in m.groups() if g is not None)) for m in TSX_TEXTS.finditer(src)]
        texts = [t for t in texts if t]
        lines += [t for t in texts if t in moved] + [t for t in texts if t not in moved]
    return lines_text(lines)


def js_named_value(src: str, name: str):
    """The object or array literal a JS/TS module assigns to ``name``."""
    if name == "default":
        m = re.search(r"\bexport\s+default\s*[\[{]", src)
    else:
        m = re.search(rf"\b{re.escape(name)}(?:\s*:\s*[\w.<>\[\]]+)?\s*=\s*[\[{{]", src)
    if not m:
        raise ValueError(f"nothing assigned to {name}")
    return js_value(js_tokens(src, m.end() - 1, one_value=True), 0)[0]


def data_template(template: str, data_src: str, refs=None) -> list[str]:
    """``template`` lines ("|"-joined) over the literals a JS module assigns:
    ``{NAME.key}`` is a value (white space collapsed; a line naming a list is
    written once per item), the lines from ``[NAME]`` to ``[/]`` once per
    object of the array NAME (its keys as ``{key}``, a string item as
    ``{value}``), ``{FILE>tag.class}`` the text of such a JSX element of FILE
    (``refs``); other text is the page's own labels."""
    values: dict = {}

    def record_of(names):
        for name in names:
            if name not in values:
                values[name] = js_named_value(data_src, name)
        return values

    def fill(lines, record):
        out = []
        for line in lines:
            if refs:
                line = JSX_REF.sub(refs, line)
            out += [collapse(ln) for ln in render_template(line, record)]
        return out

    def tidy(value):
        if isinstance(value, dict):
            return {k: tidy(v) for k, v in value.items()}
        if isinstance(value, list):
            return [tidy(v) for v in value]
        return None if value is None else collapse(str(value))

    lines, group, name = [], [], None
    for line in template.split("|"):
        if name is None and re.fullmatch(r"\[[\w.]+\]", line):
            name, group = line[1:-1], []
        elif name is not None and line == "[/]":
            head, *rest = name.split(".")
            items = record_of([head])[head]
            for key in rest:
                items = items[key]
            for item in items:
                lines += fill(group, tidy(item) if isinstance(item, dict) else {"value": collapse(item)})
            name = None
        elif name is not None:
            group.append(line)
        else:
            names = {m.group(1).split(".")[0] for m in TEMPLATE_KEY.finditer(line) if ">" not in m.group(0)}
            lines += fill([line], tidy(record_of(names)) if names else {})
    if name is not None:
        raise ValueError(f"[{name}] without its [/]")
    return lines


def jsx_data_text(read, path: str, template: str) -> str:
    """A React page from a header component and a data module (the two files
    of the path): the header's visible lines, then ``template`` over the data
    module's literals (``data_template``)."""
    header, data = read_parts(read, path)
    return lines_text(jsx_return_lines(header) + data_template(template, data))


def html_js_populated_text(read, path: str, template: str) -> str:
    """A static page a script fills in (the two files of the path: the HTML
    page and the script): the visible lines of the page's <header>, then
    ``template``, the page's labels with the values the script writes into
    them, over the script's literals (``data_template``)."""
    page, script = read_parts(read, path)
    header = re.search(r"(?s)<header\b.*?</header>", page).group(0)
    return lines_text(visible_lines(header) + data_template(template, script))


def jsx_careers_data(read, path: str, template: str) -> str:
    """A careers page from its data module and its page component (the two
    files of the path): ``template`` over the data module's literals, its
    ``{FILE>tag.class}`` the page component's element texts."""
    data = read(path.split(" + ")[0]).decode("utf-8")

    def jsx_ref(m):
        texts = jsx_element_texts(read(m.group(1)).decode("utf-8"), m.group(2), m.group(3))
        if not texts:
            raise ValueError(f"no <{m.group(2)}> element in {m.group(1)}")
        return texts[0]

    return lines_text(data_template(template, data, jsx_ref))


# ---- pages of the eighth held-out set (its reader's rules: markup taken off
# line by line, each line of the page kept where it stands, runs of empty lines
# cut to one, the text trimmed at both ends).

def plain8_text(lines) -> str:
    """Lines (their trailing blanks cut) as one text: no more than one empty
    line in a row, none at the start or end, one final break."""
    text = "\n".join(ln.rstrip() for ln in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


MD8_HEADING = re.compile(r"^\s*#+\s*")
MD8_BULLET = re.compile(r"^(\s*)[*+](?:\s+[*+](?=\s))*\s+")
MD8_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]+\)|\[[^\]]*\])")
MD8_STRONG = re.compile(r"\*\*(.+?)\*\*")
MD8_EMPH = re.compile(r"(?<!\w)_(.+?)_(?!\w)")
MDX_WRAPPED = re.compile(r"<([A-Za-z][\w.]*)\b[^>]*>\s*(.*?)\s*</\1>")
MDX_ALONE = re.compile(r"\s*<[A-Z][\w.]*\b[^>]*/>\s*")


def markdown8_line(line: str, page: bool) -> str:
    """One Markdown line by the eighth set's rules: heading marks dropped,
    "*"/"+" items (a doubled mark counts once) "- ", strong text and links
    (inline or by reference) their text. A posting (``page`` false) also
    loses "_emphasis_" marks and keeps a line's indent; a resume page loses
    kramdown attributes and zero-width spaces, and its lines are trimmed, a
    nested "  -" item's indent kept."""
    line = line.rstrip()
    if page:
        line = line.replace("\u200b", "")
    line = MD8_HEADING.sub("", line)
    line = MD8_BULLET.sub(r"\1- ", line)
    line = MD8_STRONG.sub(r"\1", line)
    if not page:
        line = MD8_EMPH.sub(r"\1", line)
    line = MD8_LINK.sub(r"\1", line)
    if page:
        line = re.sub(r"\{:[^}]*\}", "", line)
        line = line if line.startswith("  -") else line.strip()
    return line


def markdown8_body(src: str, page: bool) -> list[str]:
    """A Markdown (or MDX) page's lines by ``markdown8_line``. Front matter
    and MDX import lines are dropped, a component wrapping text is its text, a
    component standing alone is dropped, and so is a heading whose section held
    nothing but such components. On a resume page, code fences go (their lines
    stay as text), as do setext underlines, lines holding only a Liquid tag,
    images and link definitions."""
    _, body = front_matter(src)
    out: list[tuple[str, bool]] = []   # (line, is a heading)
    section_start, section_has_text, section_dropped = None, False, False

    def close_section():
        if section_start is not None and section_dropped and not section_has_text:
            del out[section_start:]

    for raw in body.split("\n"):
        stripped = raw.strip()
        if re.match(r"import\s.+\sfrom\s", stripped):
            continue
        if MDX_ALONE.fullmatch(raw):
            section_dropped = True
            continue
        if page and (stripped.startswith("```") or re.fullmatch(r"=+", stripped)
                     or re.fullmatch(r"\{%.*%\}", stripped) or stripped.startswith("![")
                     or re.match(r"\[[^\]]+\]:\s", stripped)):
            continue
        raw = MDX_WRAPPED.sub(r"\2", raw)
        if MD8_HEADING.match(raw) and raw.strip():
            close_section()
            section_start, section_has_text, section_dropped = len(out), False, False
            out.append((markdown8_line(raw, page), True))
            continue
        line = markdown8_line(raw, page)
        section_has_text = section_has_text or bool(line.strip())
        out.append((line, False))
    close_section()
    return [ln for ln, _ in out]


# what a page's source leaves on lines of its own around the text (a code
# block's or a component's closing brackets, its "return ("): not part of the page
CODE_DEBRIS = re.compile(r"[)}]+;?|return\s*\(|export default \w+;")


def markdown_plain(raw: bytes) -> str:
    """A Markdown or MDX job page as plain text (``markdown8_body``)."""
    return plain8_text(markdown8_body(raw.decode("utf-8"), page=False))


def config_value(src: str, dotted: str) -> str | None:
    """A value of a Jekyll ``_config.yml`` ("key: value", or one level
    nested: "parent.key"), its quotes removed; None when empty or absent."""
    parent, _, key = dotted.rpartition(".")
    if parent:
        m = re.search(rf"(?m)^{re.escape(parent)}\s*:\s*\n((?:[ \t]+.*\n|[ \t]*\n)*)", src)
        src = m.group(1) if m else ""
    m = re.search(rf"(?m)^[ \t]*{re.escape(key)}\s*:[ \t]*(.*)$", src)
    if not m:
        return None
    value = re.sub(r"\s+#.*$", "", m.group(1)).strip()
    value = yaml_scalar(value) if value else ""
    return value or None


def markdown_plain_cv(read, path: str, template: str) -> str:
    """A Markdown resume page (the first file of the path) as plain text:
    ``template`` lines first, its "{key}" a value of the page's front matter or,
    "{config:a.b}", of the site configuration (the path's second file) that
    the page's sidebar shows; a line naming an empty value is left out. Then the
    body by ``markdown8_body``, code debris left out."""
    files = path.split(" + ")
    src = read(files[0]).decode("utf-8")
    meta, _ = front_matter(src)
    config = read(files[1]).decode("utf-8") if len(files) > 1 else ""
    head = []
    for line in template.split("|") if template else []:
        values = {}
        for m in re.finditer(r"\{(config:)?([\w.]+)\}", line):
            values[m.group(0)] = config_value(config, m.group(2)) if m.group(1) else meta.get(m.group(2))
        if any(not v for v in values.values()):
            continue
        for k, v in values.items():
            line = line.replace(k, v)
        head.append(line)
    lines = head + markdown8_body(src, page=True)
    text = "\n".join(ln for ln in plain8_text(lines).split("\n") if not CODE_DEBRIS.fullmatch(ln))
    return re.sub(r"\n{3,}", "\n\n", text)


JSX8_COMMENT = re.compile(r"(?s)\{/\*.*?\*/\}")
JSX8_SPACE = re.compile(r"\{'\s*'\}")
JSX8_BREAK = re.compile(r"<br\s*/?>")
JSX8_ITEM = re.compile(r"<li\b[^>]*>\s*")
JSX8_BLOCK = re.compile(r"</?(?:p|div|h\d|ul|ol|section|span|header|main)\b[^>]*>")
JSX8_TAG = re.compile(r"<[^>]+>")


def jsx8_lines(src: str) -> list[str]:
    """The text of the JSX a React component returns (from its ``return (`` or
    its arrow's "=> ("), by
    the eighth set's rules: JSX comments dropped, ``{' '}`` a space, an item
    "- " on a line of its own, block tags (p, div, h1-h6, ul, ol, section, span,
    header, main) and <br> line breaks, other tags dropped with their text
    kept in its line, entities decoded, blanks collapsed, empty lines and the
    closing brackets of the code left out."""
    m = re.search(r"\breturn\s*\(|=>\s*\(", src)
    src = src[m.end():] if m else src
    src = JSX8_SPACE.sub(" ", JSX8_COMMENT.sub("", src))
    src = JSX8_BREAK.sub("\n", src)
    src = JSX8_ITEM.sub("\n- ", src)
    src = JSX8_TAG.sub("", JSX8_BLOCK.sub("\n", src))
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in html.unescape(src).split("\n")]
    return [ln for ln in lines if ln and not CODE_DEBRIS.fullmatch(ln)]


def jsx_component_text(read, path: str) -> str:
    """The text of each React component the path names (" + ", or a braced
    list of files), one after another, an empty line between components."""
    lines = []
    for src in read_parts(read, path):
        lines += jsx8_lines(src) + [""]
    return plain8_text(lines)


def data_template_text(read, path: str, template: str) -> str:
    """A page laid out by ``template`` over the literals the files of the path
    assign (``data_template``: "{NAME.key}", "[NAME]" to "[/]"; NAME
    ``default`` is the module's default export, a number in a dotted key an
    array's item), the page's labels written in the template as it shows them;
    an empty template line is an empty line of the page."""
    src = "\n".join(read_parts(read, path))
    return plain8_text(data_template(template, src))


JSX8_ANY_TAG = re.compile(r"<(/?)([A-Za-z][\w.]*)?(?:[^>{}]|\{(?:[^{}]|\{[^{}]*\})*\})*>")
JSX8_INLINE = {"a", "abbr", "b", "strong", "em", "i", "u", "small", "sup", "sub"}


def jsx8_nodes(src: str) -> list[str]:
    """The text nodes of the JSX a component returns, one a line: comments,
    buttons, zero-width spaces and expressions dropped (``{" "}`` is a
    space), inline tags (a, b, strong,
    em, i, u, small, sup, sub) kept in their line, every other tag ending one;
    a component's ``label`` prop (a timeline's dates) shown on a line of its
    own after an empty one; a node's soft-wrapped lines joined, an empty line
    in it starting a new one;
    a list item "- " and its text; blanks collapsed, entities decoded, the
    code after the last tag and its closing brackets left out."""
    m = re.search(r"\breturn\s*\(|=>\s*\(", src)
    src = src[m.end():] if m else src
    src = src[:src.rindex(">") + 1] if ">" in src else src
    src = re.sub(r"(?s)\{/\*.*?\*/\}", "", src).replace("\u200b", "")
    src = re.sub(r"(?s)<((?:\w+\.)?[Bb]utton)\b.*?</\1>", "", src)
    src = re.sub(r"\{\s*([\"'])(\s*)\1\s*\}", " ", src)

    def tag(m):
        if (m.group(2) or "").lower() in JSX8_INLINE:
            return "\x04"
        label = re.search(r'\slabel="([^"]*)"', m.group(0))
        if label and not m.group(1):
            return f"\x01\x03\x01{label.group(1)}\x01"
        return "\x01\x02" if m.group(2) == "li" and not m.group(1) else "\x01"

    src = JSX8_ANY_TAG.sub(tag, src)
    src = re.sub(r"\{(?:[^{}]|\{[^{}]*\})*\}", "", src)
    lines = []
    for node in src.split("\x01"):
        if node == "\x03":
            lines.append("")
            continue
        item = node.startswith("\x02")
        for n, para in enumerate(re.split(r"\n[ \t]*\n", node.lstrip("\x02"))):
            text = re.sub(r"\s+", " ", html.unescape(para.replace("\x04", ""))).strip()
            if text and not CODE_DEBRIS.fullmatch(text):
                lines.append(("- " if item and n == 0 else "") + text)
    return lines


def jsx_page_layout(read, template: str) -> str:
    """A React page laid out by ``template`` ("|"-joined lines): a line that
    is a file's path in braces, "{FILE}", is the text nodes of the JSX that
    component returns (``jsx8_nodes``; "{FILE^A,B}": the lines A and B, headings
    the page sets apart, each after an empty line), "{FILE>tag.class}" the text of such an
    element of FILE, "{FILE#NAME}" the string FILE assigns to NAME (a site
    title a layout shows), and the lines from "[FILE]" to "[/]" are written once per
    item of the array literal the data file FILE exports, as a template of
    that item (``render_template``); other lines are the page's own labels
    (its tab and section names, as the page shows them). Runs of empty lines
    are one."""
    def own_line(line, refs):
        whole = re.fullmatch(r"\{([\w./\[\]-]+\.[jt]sx?)(?:\^([^}]*))?\}", line)
        constant = re.fullmatch(r"\{([\w./\[\]-]+\.[jt]sx?)#(\w+)\}", line)
        if whole:
            apart = set((whole.group(2) or "").split(",")) - {""}
            lines = []
            for text in jsx8_nodes(read(whole.group(1)).decode("utf-8")):
                lines += ["", text] if text in apart else [text]
            return lines
        if constant:
            src = read(constant.group(1)).decode("utf-8")
            value = re.search(rf"\b{constant.group(2)}\s*(?::[^=\n]+)?=\s*(['\"])(.*?)\1", src)
            if not value:
                raise ValueError(f"no string assigned to {constant.group(2)} in {constant.group(1)}")
            return [value.group(2)]
        return [refs(line)]

    return plain8_text(laid_out(read, template, own_line))


HTML8_DROP = [re.compile(p) for p in (
    r"(?s)<!--.*?-->", r"(?is)<head\b.*?</head>", r"(?is)<(script|style|nav)\b[^>]*>.*?</\1>")]


def php_page_lines(read, path: str, classes: str) -> str:
    """The visible text of a PHP page (the first file of the path), the pages
    it includes (``include 'FILE'``) put in their place when the path names
    them too (a header that shows the name), others (a footer) left out: comments, the <head>, scripts, styles, site navigation and the
    elements of the decorative ``classes`` ("," -joined, e.g. star ratings)
    dropped; inline tags keep their text in its line, any other tag ends one;
    a heading starts a block (an empty line before it); the items of a
    nested list are "- ", those of a top-level list lines of their own;
    blanks collapsed, entities decoded."""
    first, *named = path.split(" + ")
    base = first.rpartition("/")[0]

    def include(m):
        name = f"{base}/{m.group(2)}" if base else m.group(2)
        return read(name).decode("utf-8") if name in named else ""

    src = read(first).decode("utf-8")
    src = re.sub(r"<\?php\s+include\s*\(?\s*(['\"])([^'\"]+)\1\s*\)?\s*;?\s*\?>", include, src)
    src = re.sub(r"(?s)<\?(?:php|=).*?\?>", "", src)
    for pat in HTML8_DROP:
        src = pat.sub("", src)
    for cls in filter(None, classes.split(",")):
        src = re.sub(rf'(?is)<(\w+)\b[^>]*\bclass="[^"]*\b{re.escape(cls)}\b[^"]*"[^>]*>.*?</\1>', "", src)
    lines, text, depth, item = [], "", 0, False

    def flush():
        nonlocal text, item
        line = re.sub(r"\s+", " ", html.unescape(text)).strip()
        if line:
            lines.append(("- " if item and depth > 1 else "") + line)
        text, item = "", False

    for part in re.split(r"(<[^>]*>)", src):
        m = re.fullmatch(r"<(/?)([A-Za-z][\w-]*)[^>]*>", part)
        if not m:
            if not part.startswith("<"):
                text += part
            continue
        closing, name = m.group(1), m.group(2).lower()
        if name in JSX8_INLINE or name == "span":
            continue
        flush()
        if name in ("ul", "ol"):
            depth += -1 if closing else 1
        elif name == "li" and not closing:
            item = True
        elif re.fullmatch(r"h[1-6]", name) and not closing:
            lines.append("")
    flush()
    return plain8_text(lines)


# ---- pages of the ninth held-out set (its reader's rules: Markdown markup
# taken off line by line; a page's text nodes a line each, inline tags kept in
# their line; data arrays written through the page's own labels).

def front9_value(front: str, dotted: str) -> str | None:
    """A front-matter value as the ninth set's reader took it: the first line
    ``key: value`` (quotes trimmed); ``parent.key`` a key of an indented block."""
    parent, _, key = dotted.rpartition(".")
    if parent:
        block = re.search(rf"(?m)^{re.escape(parent)}:\s*\n((?:[ \t]+.*\n)+)", front)
        if not block:
            return None
        m = re.search(rf"(?m)^\s+{re.escape(key)}:\s*(.*)$", block.group(1))
    else:
        m = re.search(rf"(?m)^{re.escape(key)}:\s*(.*)$", front)
    return m.group(1).strip().strip("'\"") if m else None


def front9_split(src: str) -> tuple[str, str]:
    """(front matter, body) of a Markdown page; the body's leading breaks cut."""
    if not src.startswith("---"):
        return "", src
    end = src.index("\n---", 3)
    return src[3:end], src[end + 4:]


def markdown9_lines(body: str) -> str:
    """A Markdown job record's body: comments dropped, heading marks gone,
    "*"/"+" items "- ", images dropped, links, strong and emphasis their text,
    backslashes gone; runs of empty lines one, trimmed, one final break."""
    body = re.sub(r"(?s)<!--.*?-->", "", body)
    out = []
    for line in body.split("\n"):
        line = re.sub(r"^(\s*)#{1,6}\s*", r"\1", line)
        line = re.sub(r"^(\s*)[*+]\s+", r"\1- ", line)
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("***", "").replace("**", "")
        line = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])", r"\1", line)
        out.append(line.replace("\\", "").rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def markdown_job_record(raw: bytes, template: str) -> str:
    """A job board's Markdown record: ``template`` lines ("|"-joined; "{key}"
    a front-matter value, "{a.b}" one of an indented block, "{key~words}" with
    "_" a space and each word capitalised) as the page's header, then the body;
    with no template, the body alone (a careers page whose front matter the
    page does not show)."""
    front, body = front9_split(raw.decode("utf-8"))

    def value(m):
        key, _, how = m.group(1).partition("~")
        v = front9_value(front, key)
        if v is None:
            raise ValueError(f"no {key} in the front matter")
        return v.replace("_", " ").title() if how == "words" else v

    if not template:
        return markdown9_lines(body.lstrip("\n"))
    head = [re.sub(r"\{([\w.~]+)\}", value, line) for line in template.split("|")]
    return "\n".join(head) + "\n" + markdown9_lines(body.lstrip("\n"))


def php_text_lines(raw: bytes) -> str:
    """A PHP page's visible text: PHP blocks (the includes) dropped, every tag
    a break, each line's white space collapsed, zero-width spaces gone, empty
    lines left out."""
    src = re.sub(r"(?s)<\?php.*?\?>", "", raw.decode("utf-8"))
    src = re.sub(r"<[^>]+>", "\n", re.sub(r"<br\s*/?>", "\n", src))
    lines = [re.sub(r"\s+", " ", ln).strip().replace("\u200b", "") for ln in src.split("\n")]
    return "".join(ln + "\n" for ln in lines if ln)


JSX9_INLINE = re.compile(r"</?(span|strong|b|em|i|a)\b")


def jsx9_returned(src: str) -> str:
    """The JSX a component returns: from its first ``return (`` line to its last ``);``."""
    m = re.search(r"return \(\s*\n", src)
    if m:
        src = src[m.end():]
    return src[:src.rindex(");")] if ");" in src else src


def jsx9_nodes(src: str, drop=()) -> list[str]:
    """The text nodes of a JSX/HTML fragment, a line each: comments and svg
    dropped, a tag other than an inline one (span, strong, b, em, i, a) ends a
    line, an expression shows only when it is a string literal, white space
    collapsed, entities decoded; lines in ``drop`` left out."""
    s = re.sub(r"(?s)\{/\*.*?\*/\}", "", src)
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    s = re.sub(r"(?s)<svg\b.*?</svg>", "", s)
    out, buf, i, n = [], [], 0, len(s)

    def flush():
        text = re.sub(r"\s+", " ", "".join(buf)).strip()
        if text:
            out.append(html.unescape(text))
        buf.clear()

    while i < n:
        c = s[i]
        if c == "<" and i + 1 < n and (s[i + 1].isalpha() or s[i + 1] in "/>"):
            if not JSX9_INLINE.match(s, i):
                flush()
            depth, i = 0, i + 1
            while i < n and not (s[i] == ">" and depth == 0):
                depth += {"{": 1, "}": -1}.get(s[i], 0)
                i += 1
            i += 1
        elif c == "{":
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"{": 1, "}": -1}.get(s[j], 0)
                j += 1
            m = re.fullmatch(r"(?s)[\"'](.*)[\"']", s[i + 1:j - 1].strip())
            if m:
                buf.append(m.group(1))
            i = j
        else:
            buf.append(c)
            i += 1
    flush()
    return [ln for ln in out if ln not in drop]


def jsx_returned_text(read, path: str, options: str) -> str:
    """The text nodes of the JSX each component of the path returns, in order.
    ``options`` (";"-joined) for a page with more than the resume on it:
    ``from=TEXT`` reads the file from TEXT on, ``cut=A..B`` leaves out what
    lies from A to B (a view the page shows only on phones), ``array=K1,K2``
    writes an inline array the page maps over as the texts of its items' K1,
    K2, and ``drop=L1,L2`` leaves out lines that only navigate or stand for a
    photo."""
    opts = dict(o.split("=", 1) for o in options.split(";") if o)
    lines = []
    for src in read_parts(read, path):
        if "from" in opts:
            src = src[src.index(opts["from"]):]
        src = jsx9_returned(src)
        if "cut" in opts:
            a, b = opts["cut"].split("..")
            src = src[:src.index(a)] + src[src.index(b):]
        if "array" in opts:
            k1, k2 = opts["array"].split(",")
            items = re.findall(rf'{k1}: "([^"]+)", {k2}: "([^"]+)"', src)
            shown = "".join(f"<h3>{t}</h3><p>{d}</p>" for t, d in items)
            src = re.sub(r"(?s)\{\[\s*\{.*?\)\)\}", lambda m: shown, src, count=1)
        lines += jsx9_nodes(src, tuple(opts.get("drop", "").split(",")) if opts.get("drop") else ())
    return "".join(ln + "\n" for ln in lines)


def markdown9_page(body: str) -> str:
    """A Markdown resume page: heading marks and rules gone, a table row its
    cells joined by " | " (its separator row dropped), links, strong and
    emphasis their text, "*"/"+" items "- "; runs of empty lines one."""
    out = []
    for line in body.split("\n"):
        line = re.sub(r"^#{1,6}\s*", "", line)
        if re.fullmatch(r"\s*-{3,}\s*", line) or re.fullmatch(
                r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?", line.strip()):
            continue
        if line.strip().startswith("|"):
            line = " | ".join(c.strip() for c in line.strip().strip("|").split("|"))
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("***", "").replace("**", "").replace("\\", "")
        line = re.sub(r"(?<![\w*])\*([^*\n]+?)\*(?![\w*])", r"\1", line)
        line = re.sub(r"^(\s*)[*+]\s+", r"\1- ", line)
        out.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def markdown_pages_titled(read, path: str) -> str:
    """Markdown pages of a site (the files of the path), each headed by its
    front-matter title and an empty line, one after another."""
    pages = []
    for src in read_parts(read, path):
        front, body = front9_split(src)
        pages.append(front9_value(front, "title") + "\n\n" + markdown9_page(body))
    return "\n".join(pages)


def blade_pages_text(read, path: str, sidebar: str) -> str:
    """Laravel Blade pages: from the layout (the path's first file) the text of
    the elements ``sidebar`` names ("tag" or ".class", ","-joined; breaks
    inside one a space), then the text nodes of the other pages, Blade
    directives dropped."""
    layout, *pages = read_parts(read, path)
    lines = []
    for what in sidebar.split(","):
        if what.startswith("."):
            m = re.search(rf'(?s)<(\w+)[^>]*class="[^"]*\b{re.escape(what[1:])}\b[^"]*"[^>]*>(.*?)</\1>', layout)
        else:
            m = re.search(rf"(?s)<{what}\b[^>]*>(.*?)</{what}>", layout)
        inner = m.group(m.lastindex)
        lines.append(html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", inner)).strip()))
    for src in pages:
        lines += jsx9_nodes(re.sub(r"@\w+(\([^)]*\))?", "", src))
    return "".join(ln + "\n" for ln in lines)


def jsx_sections_data(read, path: str, template: str) -> str:
    """A one-page React site's resume sections (the files of the path):
    ``template`` lines ("|"-joined), "{FILE@MARK!L1!L2}" the text nodes of FILE
    from MARK to its last ``);``, lines L1, L2 (buttons) left out; "[FILE#NAME]"
    to "[/]" once per object of the array NAME in FILE (``data_template``);
    other lines the sections' labels as the page shows them."""
    lines, group, target = [], [], None
    for line in template.split("|"):
        if target is None and (m := re.fullmatch(r"\[(.+)#(\w+)\]", line)):
            target, group = m.groups(), []
        elif target is not None and line == "[/]":
            lines += data_template("|".join([f"[{target[1]}]", *group, "[/]"]),
                                   read(target[0]).decode("utf-8"))
            target = None
        elif target is not None:
            group.append(line)
        elif m := re.fullmatch(r"\{([^@{}]+)@([^!]+)((?:![^!]+)*)\}", line):
            src = read(m.group(1)).decode("utf-8")
            src = src[src.index(m.group(2)):]
            src = src[:src.rindex(");")]
            lines += jsx9_nodes(src, tuple(m.group(3).split("!")[1:]))
        else:
            lines.append(line)
    return "".join(ln + "\n" for ln in lines)



# ---- pages of the tenth held-out set (its reader's rules: a page's visible
# text a line each, nothing empty; a Markdown note's markup taken off line by
# line, its list nesting kept).

def element10(src: str, sel: str, pos: int = 0) -> tuple[int, int] | None:
    """Where the first element ``sel`` names ("tag", ".class" or "tag.class")
    from ``pos`` on starts and ends: its start tag to the end tag that closes
    it, same-named elements inside counted."""
    tag, _, cls = sel.partition(".")
    name = re.escape(tag) if tag else r"[a-zA-Z][\w-]*"
    for m in re.finditer(rf"<({name})\b([^>]*)>", src[pos:], re.I):
        attrs = re.search(r'class\s*=\s*"([^"]*)"', m.group(2))
        if cls and not (attrs and cls in attrs.group(1).split()):
            continue
        start, depth = pos + m.start(), 0
        for t in re.finditer(rf"<(/?){m.group(1)}\b[^>]*>", src[start:], re.I):
            depth += -1 if t.group(1) else 1
            if depth == 0:
                return start, start + t.end()
        return start, len(src)
    return None


def cut10_elements(src: str, selectors: str, first: bool = False) -> str:
    """``src`` without the elements ``selectors`` (","-joined) names;
    ``first`` cuts only the first element each selector finds."""
    for sel in selectors.split(","):
        pos = 0
        while found := element10(src, sel, pos):
            src, pos = src[:found[0]] + src[found[1]:], found[0]
            if first:
                break
    return src


def tag10_lines(src: str) -> list[str]:
    """Every tag a break; each line's entities decoded and white space
    collapsed; empty lines left out."""
    lines = (re.sub(r"\s+", " ", html.unescape(ln)).strip() for ln in re.sub(r"<[^>]+>", "\n", src).split("\n"))
    return [ln for ln in lines if ln]


def html_body_lines(raw: bytes, cut: str) -> str:
    """A role page's body (from ``<body``), the decorative elements ``cut``
    names (icons, a call-to-action button) left out, every tag a break."""
    src = raw.decode("utf-8")
    src = src[src.index("<body"):]
    if cut:
        src = cut10_elements(src, cut)
    return "".join(ln + "\n" for ln in tag10_lines(src))


HIDDEN10 = re.compile(r"(?is)<(script|style|head|svg|nav|button|form)\b.*?</\1>")
INLINE10 = re.compile(r"</?(span|strong|b|em|i|a|small|u)\b[^>]*>")


def visible10_lines(src: str) -> list[str]:
    """The visible text of an HTML, Blade or PHP page, a line each: comments,
    scripts, styles, the head, svg, navigation, buttons, forms, PHP blocks,
    Blade echoes and images dropped, inline tags (span, strong, b, em, i, a,
    small, u) kept in their line, every other tag and ``<br>`` a break."""
    src = re.sub(r"(?s)<!--.*?-->", "", src)
    src = HIDDEN10.sub("", src)
    src = re.sub(r"(?s)<\?php.*?\?>", "", src)
    src = re.sub(r"(?s)\{\{.*?\}\}", "", src)
    src = re.sub(r"<img\b[^>]*>", "", src)
    src = re.sub(r"<br\s*/?>", "\n", INLINE10.sub("", src))
    return tag10_lines(src)


def html_visible_lines(read, path: str, options: str) -> str:
    """The visible text (``visible10_lines``) of the files of the path, one
    after another. ``options`` (";"-joined): ``cut1=SEL`` leaves out the first
    element SEL names (a view the page shows only on phones), ``from=TEXT``
    reads each file from TEXT on, ``cut=SELS`` leaves out the elements SELS
    names (the site's header and footer), ``omit=L1,L2`` leaves out lines that
    only call to action, and ``head=SEL`` takes from the path's first file (a
    page including the others) only the text of the element SEL names."""
    opts = dict(o.split("=", 1) for o in options.split(";") if o)
    parts = read_parts(read, path)
    lines = []
    if "head" in opts:
        page, *parts = parts
        start, end = element10(page, opts["head"])
        lines += visible10_lines(page[start:end])
    for src in parts:
        if "cut1" in opts:
            src = cut10_elements(src, opts["cut1"], first=True)
        if "from" in opts:
            src = src[src.index(opts["from"]):]
        if "cut" in opts:
            src = cut10_elements(src, opts["cut"])
        lines += visible10_lines(src)
    omit = set(opts["omit"].split(",")) if opts.get("omit") else set()
    return "".join(ln + "\n" for ln in lines if ln not in omit)


def markdown_note_lines(raw: bytes) -> str:
    """A resume kept as a Markdown note: front matter and rules ("---",
    "___") dropped, heading marks gone, links and strong text their text,
    "*"/"+" items "- " (their indent, tabs too, kept); runs of empty lines
    one, trimmed, one final break."""
    src = raw.decode("utf-8")
    if src.startswith("---"):
        src = src[src.index("\n---", 3) + 4:]
    out = []
    for line in src.split("\n"):
        if re.fullmatch(r"\s*(-{3,}|_{3,})\s*", line):
            continue
        line = re.sub(r"^#{1,6}\s*", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("***", "").replace("**", "")
        out.append(re.sub(r"^(\s*)[*+]\s+", r"\1- ", line).rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


# ---------------------------------------------------------------- build

def read_blob(row: dict, mirrors: Path, blobs: Path | None) -> bytes:
    """The file a row names, from its repository's snapshot; for a repository
    too large to snapshot, from ``BLOBS/<owner>+<name>/<commit>/<path>`` (the
    one file, kept from a stored copy of that commit) when ``--blobs`` is given."""
    try:
        return git_show(mirrors, row["repo"], row["commit"], row["path"])
    except FileNotFoundError:
        if blobs is None:
            raise
        single = blobs / row["repo"].replace("/", "+", 1) / row["commit"] / row["path"]
        if not single.is_file():
            raise FileNotFoundError(f"no snapshot of {row['repo']} under the mirrors, nor {single}") from None
        print(f"{row['id']}: read from {single}", file=sys.stderr)
        return single.read_bytes()


def extract(row: dict, mirrors: Path, shared: Path, blobs: Path | None = None) -> tuple[bytes, str, str]:
    """Returns (content, extension, source string)."""
    how = row["extract"]
    if how == "shared":
        src = shared / "corpus" / "files" / row["path"]
        data = src.read_bytes()
        ext = src.suffix.lstrip(".").lower()
        repo, commit, orig = shared_origin(shared, row["path"])
        return data, ext, f"{repo}:{orig}@{commit}"
    source = f"{row['repo']}:{row['path']}@{row['commit']}"

    def read(path: str) -> bytes:
        return read_blob({**row, "path": path}, mirrors, blobs)

    if how == "html-text-nodes":
        return html_text_nodes(read, row["path"]).encode("utf-8"), "txt", source
    if how == "vue-template-text-nodes":
        return vue_template_text_nodes(read, row["path"]).encode("utf-8"), "txt", source
    if how == "jsx-text-nodes":
        return jsx_text_nodes(read, row["path"]).encode("utf-8"), "txt", source
    if how.startswith("ts-timeline-data:"):
        text = ts_timeline_data(read, row["path"], how.split(":", 1)[1])
        return text.encode("utf-8"), "txt", source
    kind, _, arg = how.partition(":")
    if kind == "hugo-layout-visible-lines":
        return hugo_layout_lines(read, row["path"]).encode("utf-8"), "txt", source
    if kind == "jsx-return-visible-lines":
        return jsx_return_visible_lines(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "tsx-component-text":
        return tsx_component_text(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "jsx-data-text":
        return jsx_data_text(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "html-js-populated-text":
        return html_js_populated_text(read, row["path"], arg).encode("utf-8"), "txt", source
    if how == "markdown-plain":
        return markdown_plain(read(row["path"])).encode("utf-8"), "txt", source
    if kind == "markdown-plain-cv":
        return markdown_plain_cv(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "jsx-component-text":
        return jsx_component_text(read, row["path"]).encode("utf-8"), "txt", source
    if kind == "jsx-page-layout":
        return jsx_page_layout(read, arg).encode("utf-8"), "txt", source
    if kind == "php-page-lines":
        return php_page_lines(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "data-template-text":
        return data_template_text(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "jsx-careers-data":
        return jsx_careers_data(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "markdown-job-record":
        return markdown_job_record(read(row["path"]), arg).encode("utf-8"), "txt", source
    if how == "php-text-lines":
        return php_text_lines(read(row["path"])).encode("utf-8"), "txt", source
    if kind == "jsx-returned-text":
        return jsx_returned_text(read, row["path"], arg).encode("utf-8"), "txt", source
    if how == "markdown-pages-titled":
        return markdown_pages_titled(read, row["path"]).encode("utf-8"), "txt", source
    if kind == "blade-pages-text":
        return blade_pages_text(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "jsx-sections-data":
        return jsx_sections_data(read, row["path"], arg).encode("utf-8"), "txt", source
    if kind == "html-body-lines":
        return html_body_lines(read(row["path"]), arg).encode("utf-8"), "txt", source
    if kind == "html-visible-lines":
        return html_visible_lines(read, row["path"], arg).encode("utf-8"), "txt", source
    if how == "markdown-note-lines":
        return markdown_note_lines(read(row["path"])).encode("utf-8"), "txt", source
    raw = read(row["path"].split(" + ")[0])
    if how == "file":
        ext = row["path"].rsplit(".", 1)[-1].lower()
        return raw, ext, source
    if how == "schema-jobposting":
        return schema_jobposting_to_text(raw).encode("utf-8"), "txt", source
    if how.startswith("jsonl-content:"):
        n = int(how.split(":", 1)[1])
        return jsonl_content(raw, n).encode("utf-8"), "txt", f"{source}#L{n}"
    if how.startswith("json-item:"):
        n = int(how.split(":", 1)[1])
        return json_item_to_text(raw, n).encode("utf-8"), "txt", f"{source}#{n}"
    if how == "file-as-txt":
        return raw, "txt", source
    if how.startswith("csv-row:"):
        key, _, value = how.split(":", 1)[1].partition("=")
        return csv_row_to_text(raw, key, value).encode("utf-8"), "txt", f"{source}#{key}={value}"
    if how.startswith("xml-job:"):
        n = int(how.split(":", 1)[1])
        return xml_job_to_text(raw, n).encode("utf-8"), "txt", f"{source}#job{n}"
    if how.startswith("js-serp-item:"):
        n = int(how.split(":", 1)[1])
        return js_serp_item_to_text(raw, n).encode("utf-8"), "txt", f"{source}#{n}"
    if how == "markdown-page" or how.startswith("markdown-page:"):
        template = how.partition(":")[2]
        return markdown_page_to_text(raw, template).encode("utf-8"), "txt", source
    if how.startswith("html-visible-text:"):
        element_id = how.split(":", 1)[1]
        return html_visible_text(raw, element_id).encode("utf-8"), "txt", source
    if how.startswith("js-position-item:"):
        n, _, template = how.split(":", 1)[1].partition(":")
        text = js_position_item_to_text(raw, int(n), template)
        return text.encode("utf-8"), "txt", f"{source}#item={n}"
    if how == "markdown-page-toml":
        return markdown_page_toml_to_text(raw).encode("utf-8"), "txt", source
    if how == "flint-job-md":
        return flint_job_md_to_text(raw).encode("utf-8"), "txt", source
    if how.startswith("yaml-job-fields+careers-blocks:"):
        page = read_blob({**row, "path": how.split(":", 1)[1]}, mirrors, blobs)
        return yaml_job_with_blocks_to_text(raw, page).encode("utf-8"), "txt", source
    if how == "html-visible-text-php" or how.startswith("html-visible-text-php:"):
        text = html_visible_text_php(raw, how.partition(":")[2])
        return text.encode("utf-8"), "txt", source
    if how.startswith("js-position-page:"):
        text = js_position_page_to_text(raw, how.split(":", 1)[1])
        return text.encode("utf-8"), "txt", source
    if how == "jsx-visible-text":
        return jsx_visible_text(raw).encode("utf-8"), "txt", source
    if how == "ts-job-history":
        return ts_job_history_to_text(raw).encode("utf-8"), "txt", source
    if how.startswith("react-resume-page:"):
        text = react_resume_page_to_text(read, how.split(":", 1)[1])
        return text.encode("utf-8"), "txt", source
    if how == "markdown-text":
        return markdown_text(raw).encode("utf-8"), "txt", source
    if how == "markdown-as-txt-contact-dropped":
        return markdown_contact_dropped(raw).encode("utf-8"), "txt", source
    if how == "jekyll-job-page":
        return jekyll_job_page(raw).encode("utf-8"), "txt", source
    if how == "jekyll-job-fields":
        return jekyll_job_fields(raw).encode("utf-8"), "txt", source
    if how == "tsx-route-page":
        return tsx_route_page(raw).encode("utf-8"), "txt", source
    if kind == "markdown-lines":
        return markdown_lines(raw, arg).encode("utf-8"), "txt", source
    if how == "hugo-jobsboard-post":
        return hugo_jobsboard_post(raw).encode("utf-8"), "txt", source
    if how.startswith("js-job:"):
        anchor = how.split(":", 1)[1]
        return js_job_to_text(raw, anchor).encode("utf-8"), "txt", source
    raise SystemExit(f"{row['id']}: unknown extract {how!r}")


_SHARED_CACHE: dict[str, tuple[str, str, str]] = {}


def shared_origin(shared: Path, fname: str) -> tuple[str, str, str]:
    if not _SHARED_CACHE:
        man = shared / "corpus" / "manifest.tsv"
        with man.open(encoding="utf-8") as fh:
            head = fh.readline().rstrip("\n").split("\t")
            for line in fh:
                cells = dict(zip(head, line.rstrip("\n").split("\t")))
                _SHARED_CACHE[cells["file"]] = (cells["repo"], cells["commit"], cells["path"])
    return _SHARED_CACHE[fname]


def assign_splits(rows: list[dict]) -> dict[str, str]:
    """Every document is development data (see the module notes on held-out sets)."""
    return {r["id"]: "dev" for r in rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirrors", required=True, type=Path, help="folder of source repository snapshots")
    ap.add_argument("--shared", required=True, type=Path, help="shared data folder (has corpus/)")
    ap.add_argument("--out", required=True, type=Path, help="where to build the set")
    ap.add_argument("--blobs", type=Path, help="folder of single files of repositories too large to snapshot")
    ap.add_argument("--sources", type=Path, default=HERE / "sources.tsv")
    ap.add_argument("--check", action="store_true", help="only validate sources.tsv")
    args = ap.parse_args(argv)

    rows = read_sources(args.sources)
    split = assign_splits(rows)
    if args.check:
        print(f"{len(rows)} rows OK")
        return 0
    out: Path = args.out
    for sub in ("resumes", "postings"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    manifest = []
    failures = 0
    for r in rows:
        try:
            data, ext, source = extract(r, args.mirrors, args.shared, args.blobs)
        except Exception as e:  # report and go on; the summary says how many failed
            print(f"FAILED {r['id']}: {e}", file=sys.stderr)
            failures += 1
            continue
        if r["kind"] == "posting" and ext != "txt":
            raise SystemExit(f"{r['id']}: postings must be text")
        rel = Path("resumes" if r["kind"] == "resume" else "postings") / r["field"] / f"{r['id']}.{ext}"
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        manifest.append({
            "id": r["id"], "kind": r["kind"], "field": r["field"], "path": rel.as_posix(),
            "source": source, "language": r["language"], "split": split[r["id"]],
            "sha256": hashlib.sha256(data).hexdigest(), "notes": r["notes"],
        })
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    counts: dict[tuple[str, str, str], int] = {}
    for m in manifest:
        key = (m["kind"], m["field"], m["split"])
        counts[key] = counts.get(key, 0) + 1
    for key in sorted(counts):
        print("\t".join(key), counts[key])
    print(f"{len(manifest)} documents written to {out}; {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
