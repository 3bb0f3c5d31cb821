#!/usr/bin/env python3
"""Builds resources/municipalities/swedish_municipalities.geojson, the bundled list of Sweden's 290
municipalities (kommunkod, name, population at the end of 2024) with their simplified boundaries.

Usage: scripts/make_municipalities.py BOUNDARIES.geojson POPULATION.csv OUT.geojson

BOUNDARIES: GitHub okfse/sweden-geojson (swedish_municipalities.geojson), derived from the Election
Authority's (Valmyndigheten) boundaries; properties id (kommunkod), kom_namn.
POPULATION: Statistics Sweden (SCB), population per municipality 31 December 2024, as collected in
GitHub dnouri/crimecity3k (columns kommun_kod, kommun_namn, population).
Coordinates are rounded to 5 decimals (about a metre), which is finer than the simplification."""
import csv
import json
import sys


def rounded(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 5), round(coords[1], 5)]
    return [rounded(c) for c in coords]


def main(boundaries, population, out):
    people = {}
    with open(population, encoding='utf-8') as f:
        for row in csv.DictReader(f):
            people[row['kommun_kod'].zfill(4)] = (row['kommun_namn'], int(row['population']))
    src = json.load(open(boundaries, encoding='utf-8'))
    features = []
    for feat in src['features']:
        code = str(feat['properties']['id']).zfill(4)
        name, pop = people.get(code, (feat['properties']['kom_namn'], 0))
        geom = feat['geometry']
        features.append({'type': 'Feature',
                         'properties': {'code': code, 'name': name, 'population': pop},
                         'geometry': {'type': geom['type'], 'coordinates': rounded(geom['coordinates'])}})
    features.sort(key=lambda f: f['properties']['code'])
    if len(features) != 290 or any(f['properties']['population'] <= 0 for f in features):
        sys.exit('expected 290 municipalities, each with a population')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(',\n'.join(json.dumps(x, ensure_ascii=False, separators=(',', ':')) for x in features))
        f.write('\n]}\n')


if __name__ == '__main__':
    main(*sys.argv[1:4])
