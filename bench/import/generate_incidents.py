#!/usr/bin/env python3
"""Writes a synthetic police-style incident CSV for the import benchmark.

With --police-uk it writes the shape of police.uk's street-level crime exports instead (see
police_uk() below), where many rows are identical.

Columns: ärendenummer, tidpunkt (local time), kategori (Swedish labels), lat, lon (WGS 84) and
källa and beskrivning. The positions fall in a box of which about 98 % lies inside the demo
municipality (resources/demo/municipality.geojson), so the import's boundary check rejects the
rest; one row in 1000 has an unreadable date and one in 997 an unmapped category, so the
validation and the rejects table do real work. Deterministic for a given seed.

Positions cluster like a municipality's (see Places): a few towns of very different size whose
density falls off from the centre as a Gaussian, most incidents of a town on one of its street
points (addresses, stops, squares; a few of them far busier than the rest), so that many rows share
a position, and a thin uniform rural background over the whole box. --uniform spreads them evenly
over the box instead, as earlier versions did.
"""
import argparse
import hashlib
import math
import random

CATEGORIES = ["Skadegörelse", "Klotter", "Nedskräpning", "Brand i bil", "Brand i container",
              "Ordningsstörning", "Narkotika", "Våld och hot", "Inbrott och stöld", "Övrigt"]
SOURCES = ["Polisen", "Kommunen", "Bostadsbolaget", "Väktarbolaget", "Räddningstjänsten"]
WORDS = ["vid", "skolan", "busshållplats", "parkering", "centrum", "gångtunnel", "torget",
         "lekplats", "trappuppgång", "cykelställ", "källare", "entré"]

# The box of positions (WGS 84) and the towns in it: (share of the incidents, spread in km).
BOX = (17.55, 59.15, 17.68, 59.22)
TOWNS = [(0.46, 1.0), (0.18, 0.7), (0.11, 0.5), (0.07, 0.4), (0.05, 0.3), (0.03, 0.25)]
RURAL = 0.10  # the rest: uniform over the box
ON_STREET_POINT = 0.7  # share of a town's incidents placed on one of its street points
STREET_POINTS = 40000  # over all towns, in proportion to their share


class Places:
    """Positions clustered like a municipality's: towns with Gaussian falloff from their centres
    (centres drawn from the seed, away from the box's edges), street points that many incidents
    share, and a uniform rural background. uniform=True spreads positions evenly over the box."""

    def __init__(self, rnd, uniform=False):
        self.rnd = rnd
        self.uniform = uniform
        lon0, lat0, lon1, lat1 = BOX
        self.km_lat = 1 / 111.32
        self.km_lon = 1 / (111.32 * math.cos(math.radians((lat0 + lat1) / 2)))
        self.towns = []
        for share, sigma in TOWNS:
            centre = (lon0 + (lon1 - lon0) * rnd.uniform(0.25, 0.75), lat0 + (lat1 - lat0) * rnd.uniform(0.25, 0.75))
            town = {"share": share, "sigma": sigma, "centre": centre, "points": []}
            town["points"] = [self._around(town) for _ in range(max(1, int(STREET_POINTS * share)))]
            self.towns.append(town)
        self.cumulative = []
        total = 0.0
        for town in self.towns:
            total += town["share"]
            self.cumulative.append(total)

    def _around(self, town):
        """A position drawn from the town's Gaussian, inside the box."""
        lon0, lat0, lon1, lat1 = BOX
        while True:
            lon = self.rnd.gauss(town["centre"][0], town["sigma"] * self.km_lon)
            lat = self.rnd.gauss(town["centre"][1], town["sigma"] * self.km_lat)
            if lon0 <= lon <= lon1 and lat0 <= lat <= lat1:
                return lon, lat

    def uniform_point(self):
        lon0, lat0, lon1, lat1 = BOX
        return self.rnd.uniform(lon0, lon1), self.rnd.uniform(lat0, lat1)

    def point(self):
        """(lon, lat) of one incident."""
        r = self.rnd.random()
        if self.uniform or r >= 1 - RURAL:
            return self.uniform_point()
        town = self.towns[min(i for i, c in enumerate(self.cumulative) if r < c * (1 - RURAL) / self.cumulative[-1])]
        if self.rnd.random() < ON_STREET_POINT:
            # Squaring the draw makes the first street points (nearest the usual hot spots) busiest.
            points = town["points"]
            return points[int(len(points) * self.rnd.random() ** 2)]
        return self._around(town)


POLICE_TYPES = [("Anti-social behaviour", False), ("Burglary", True), ("Criminal damage and arson", True),
                ("Vehicle crime", True), ("Violence and sexual offences", True), ("Drugs", True),
                ("Public order", True), ("Other theft", True), ("Shoplifting", True)]
POLICE_TYPE_CODES = {"Anti-social behaviour": "ordningsstorning", "Burglary": "inbrott_stold",
                     "Criminal damage and arson": "skadegorelse", "Vehicle crime": "inbrott_stold",
                     "Violence and sexual offences": "vald_hot", "Drugs": "narkotika",
                     "Public order": "ordningsstorning", "Other theft": "inbrott_stold",
                     "Shoplifting": "inbrott_stold"}
POLICE_OUTCOMES = ["Investigation complete; no suspect identified", "Unable to prosecute suspect",
                   "Under investigation", "Status update unavailable"]


def police_uk(f, rows, rnd, places):
    """police.uk's columns. Crimes sit on one of 30 000 anonymised snap points and carry only the
    month; anti-social behaviour (about a third of the rows) has no Crime ID. Rows come in groups of
    1 to 3 crimes of one type at one snap point in one month, so that about three in ten of the rows
    without a Crime ID are identical to an earlier row, as in a city-centre extract. Groups are
    written in order of their month, as in the monthly files, with their rows spread over the
    month's rows."""
    f.write("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            "Crime type,Last outcome category,Context\n")
    snaps = [(*places.point(), rnd.randint(1, 9000)) for _ in range(30000)]
    written = 0
    month = 0
    serial = 0
    while written < rows:
        # One month: about 28 000 rows, in groups, shuffled.
        year, mon = 2021 + month // 12, 1 + month % 12
        month += 1
        batch = []
        while len(batch) < 28000 and written + len(batch) < rows:
            lon, lat, street = rnd.choice(snaps)
            # Anti-social behaviour is about a third of the rows.
            kind, has_id = POLICE_TYPES[0] if rnd.random() < 0.33 else rnd.choice(POLICE_TYPES[1:])
            copies = min(rnd.choice((1, 1, 1, 1, 1, 1, 1, 1, 2, 3)), rows - written - len(batch))
            for _ in range(copies):
                crime_id = ""
                outcome = ""
                if has_id:
                    serial += 1
                    crime_id = hashlib.sha256(b"%d" % serial).hexdigest()
                    outcome = rnd.choice(POLICE_OUTCOMES)
                batch.append(f"{crime_id},{year}-{mon:02d},Polisen,Polisen,{lon:.6f},{lat:.6f},"
                             f"On or near Gata {street},E0100{street:04d},Kvarter {street:03d}A,{kind},{outcome},\n")
        rnd.shuffle(batch)
        f.writelines(batch)
        written += len(batch)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--police-uk", action="store_true", help="police.uk's columns, many identical rows")
    parser.add_argument("--uniform", action="store_true", help="positions evenly over the box, not in towns")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    places = Places(rnd, args.uniform)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        if args.police_uk:
            police_uk(f, args.rows, rnd, places)
            return
        f.write("arendenummer,tidpunkt,kategori,lat,lon,kalla,beskrivning\n")
        for i in range(args.rows):
            lon, lat = places.point()
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
