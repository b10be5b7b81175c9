"""Writes the common-word table of the local analyser's closeness measure.

The table lists the English words used at least about 30 times in a million
(Zipf frequency 4.5 or more) with their Zipf frequency, from the `wordfreq`
package (its data: CC BY-SA 4.0, Robyn Speer and contributors). The
analyser weighs each word of a resume and a posting by how rare it is in
English, so "nursing" or "payroll" says more about a field than "team".

Usage (from the repository root):
    python3 -m venv target/wordfreq && target/wordfreq/bin/pip install wordfreq==3.1.1
    target/wordfreq/bin/python scripts/word-frequency/build.py > core/src/local/words/common.txt
"""

import re

from wordfreq import top_n_list, zipf_frequency

LOWEST = 4.5
WORD = re.compile(r"^[a-z][a-z'\-]*[a-z]$")

print("# Common English words and their Zipf frequency (log10 of uses per billion words),")
print(f"# every word of {LOWEST} or more. Written by scripts/word-frequency/build.py from the")
print("# wordfreq package's data (CC BY-SA 4.0, Robyn Speer and contributors); do not edit.")
for word in top_n_list("en", 20000):
    frequency = zipf_frequency(word, "en")
    if frequency < LOWEST:
        break
    if WORD.match(word):
        print(f"{word} {frequency:.2f}")
