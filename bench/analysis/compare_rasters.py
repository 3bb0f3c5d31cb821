#!/usr/bin/python3
"""Compares our heat map GeoTIFF with QGIS's raw one for bench_kde_store.sh, through GDAL: the cells
both grids share (matched by their georeferencing), QGIS's no-data read as 0 and its raw values
times 3/(π r²)·10⁶ (our unit, events per km²). Prints `r R maxdiff D max M`: the Pearson
correlation, the largest difference and our largest value.

    compare_rasters.py OURS.tif QGIS.tif RADIUS
"""
import math
import sys

import numpy as np
from osgeo import gdal


def read(path):
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = 0.0
    return values, ds.GetGeoTransform()


def main():
    ours, qgis, radius = sys.argv[1], sys.argv[2], float(sys.argv[3])
    a, ga = read(ours)
    b, gb = read(qgis)
    b *= 3.0 / (math.pi * radius * radius) * 1e6
    cell = ga[1]
    # Offsets of QGIS's grid in our cells; both should be 0, the grids being the same.
    dx = round((gb[0] - ga[0]) / cell)
    dy = round((ga[3] - gb[3]) / cell)
    r0, c0 = max(0, dy), max(0, dx)
    r1, c1 = min(a.shape[0], dy + b.shape[0]), min(a.shape[1], dx + b.shape[1])
    sa = a[r0:r1, c0:c1]
    sb = b[r0 - dy:r1 - dy, c0 - dx:c1 - dx]
    r = np.corrcoef(sa.ravel(), sb.ravel())[0, 1]
    print(f"r {r:.7f} maxdiff {np.abs(sa - sb).max():.6g} max {a.max():.6g} "
          f"grids {a.shape[1]}x{a.shape[0]} {b.shape[1]}x{b.shape[0]} offset {dx},{dy}")


if __name__ == "__main__":
    main()
