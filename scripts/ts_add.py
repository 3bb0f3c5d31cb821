#!/usr/bin/env python3
"""ts_add.py CATALOGUE.ts JSON: JSON is a list of [context, source, translation] (translation may be
a list of numerus forms). Adds missing messages under their context (created when absent), keeping
lupdate's layout."""
import json, sys
from xml.sax.saxutils import escape
path, items = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))
text = open(path, encoding='utf-8').read()
def esc(s): return escape(s, {'"': '&quot;', "'": '&apos;'})
added = 0
for context, source, tr in items:
    name = f"<name>{esc(context)}</name>"
    if isinstance(tr, list):
        forms = ''.join(f"\n            <numerusform>{esc(f)}</numerusform>" for f in tr)
        msg = f'    <message numerus="yes">\n        <source>{esc(source)}</source>\n        <translation>{forms}\n        </translation>\n    </message>\n'
    else:
        msg = f'    <message>\n        <source>{esc(source)}</source>\n        <translation>{esc(tr)}</translation>\n    </message>\n'
    i = text.find(name)
    if i < 0:
        j = text.rfind('</TS>')
        text = text[:j] + f"<context>\n    {name}\n{msg}</context>\n" + text[j:]
    else:
        end = text.find('</context>', i)
        if f"<source>{esc(source)}</source>" in text[i:end]:
            continue
        text = text[:end] + msg + text[end:]
    added += 1
open(path, 'w', encoding='utf-8').write(text)
print(f"{path}: added {added}")
