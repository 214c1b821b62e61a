#!/usr/bin/env python3
"""Fills the singular and plural forms of every "%n …(s)" message in translations/assistdesk_en.ts.

English needs a translation file only for these: "%n order(s)" reads "1 order" / "4 orders".
Run after `cmake --build <dir> --target update_translations` (scripts/update-translations.sh
does both). Other messages stay untranslated on purpose: English shows the source text.
The file is edited as text so that lupdate's own layout is kept and diffs stay small.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/assistdesk_en.ts"
text = open(path, encoding="utf-8").read()
pattern = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>.*?)</source>\s*)'
    r'<translation[^>]*?(?:/>|>.*?</translation>)',
    re.S)


def fill(match):
    source = match.group("source")
    indent = " " * 12
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    return (match.group(1) + "<translation>\n"
            + f"{indent}<numerusform>{singular}</numerusform>\n"
            + f"{indent}<numerusform>{plural}</numerusform>\n"
            + " " * 8 + "</translation>")


text, count = pattern.subn(fill, text)
open(path, "w", encoding="utf-8").write(text)
print(f"{path}: {count} plural message(s) filled")
