#!/usr/bin/env python3
"""Writes a synthetic police-style incident CSV for the import benchmark.

Columns: ärendenummer, tidpunkt (local time), kategori (Swedish labels), lat, lon (WGS 84) and
källa and beskrivning. The positions fall in a box of which about 98 % lies inside the demo
municipality (resources/demo/municipality.geojson), so the import's boundary check rejects the
rest; one row in 1000 has an unreadable date and one in 997 an unmapped category, so the
validation and the rejects table do real work. Deterministic for a given seed.
"""
import argparse
import random

CATEGORIES = ["Skadegörelse", "Klotter", "Nedskräpning", "Brand i bil", "Brand i container",
              "Ordningsstörning", "Narkotika", "Våld och hot", "Inbrott och stöld", "Övrigt"]
SOURCES = ["Polisen", "Kommunen", "Bostadsbolaget", "Väktarbolaget", "Räddningstjänsten"]
WORDS = ["vid", "skolan", "busshållplats", "parkering", "centrum", "gångtunnel", "torget",
         "lekplats", "trappuppgång", "cykelställ", "källare", "entré"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("arendenummer,tidpunkt,kategori,lat,lon,kalla,beskrivning\n")
        for i in range(args.rows):
            lat = rnd.uniform(59.15, 59.22)
            lon = rnd.uniform(17.55, 17.68)
            year = rnd.choice((2021, 2022, 2023))
            month = rnd.randint(1, 12)
            day = rnd.randint(1, 28)
            hour = rnd.randint(0, 23)
            minute = rnd.randint(0, 59)
            words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(2, 5)))
            when = f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}" if i % 1000 != 999 else "okänt"
            category = rnd.choice(CATEGORIES) if i % 997 != 996 else "Snatteri"
            f.write(f"P{i:07d},{when},{category},{lat:.6f},{lon:.6f},{rnd.choice(SOURCES)},\"{words}\"\n")


if __name__ == "__main__":
    main()
