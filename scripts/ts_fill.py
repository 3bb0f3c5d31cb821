#!/usr/bin/env python3
"""Fills translations in a Qt Linguist .ts file from a JSON dictionary {source: translation}.

Usage: scripts/ts_fill.py catalogue.ts dictionary.json
Only unfinished entries are touched; sources missing from the dictionary are listed and the
script exits non-zero, so an incomplete catalogue is noticed.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    ts_path, dict_path = sys.argv[1], sys.argv[2]
    with open(dict_path, encoding="utf-8") as f:
        dictionary = json.load(f)
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if translation.get("type") is None and (translation.text or len(translation)):
            continue  # already translated
        if message.get("numerus") == "yes":
            forms = dictionary.get(source)
            if not isinstance(forms, list):
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif source in dictionary:
            translation.text = dictionary[source]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
