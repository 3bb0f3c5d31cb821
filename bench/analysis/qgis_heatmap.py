#!/usr/bin/python3
"""The peer of `lagesbild-cli analyse kde` for bench_kde_store.sh: QGIS's Heatmap (Kernel Density
Estimation) processing algorithm on the incidents layer of a Lägesbild store (a GeoPackage), quartic
kernel, raw values, written as a GeoTIFF. Prints the seconds the algorithm itself took (without
starting QGIS and its processing framework) as `algorithm_seconds S`.

    qgis_heatmap.py STORE.gpkg OUT.tif RADIUS CELL

Run it with Debian's /usr/bin/python3 (python3-qgis, qgis-providers) and QT_QPA_PLATFORM=offscreen.
"""
import os
import sys
import time

from qgis.core import QgsApplication, QgsVectorLayer


def main():
    store, out, radius, cell = sys.argv[1:5]
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    import processing
    Processing.initialize()
    layer = QgsVectorLayer(f"{store}|layername=incidents", "incidents", "ogr")
    if not layer.isValid():
        print("cannot open the incidents layer", file=sys.stderr)
        os._exit(1)
    start = time.monotonic()
    processing.run("qgis:heatmapkerneldensityestimation", {
        "INPUT": layer, "RADIUS": float(radius), "PIXEL_SIZE": float(cell), "KERNEL": 0,
        "DECAY": 0, "OUTPUT_VALUE": 0, "OUTPUT": out})
    print(f"algorithm_seconds {time.monotonic() - start:.3f}")
    # QGIS 3.22 on Debian 12 can crash in its teardown; leave without it once the raster is written.
    sys.stdout.flush()
    os._exit(0 if os.path.exists(out) else 1)


if __name__ == "__main__":
    main()
