#!/usr/bin/python3
"""The peer of `lagesbild-cli render` for bench_render.sh: PyQGIS draws the incidents over the
areas of a Lägesbild store (a GeoPackage) into a PNG of the given size, for the given extent.

    pyqgis_render.py STORE.gpkg OUT.png WIDTH HEIGHT MINX,MINY,MAXX,MAXY

Run it with Debian's /usr/bin/python3 (python3-qgis).
"""
import os
import sys

from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def main():
    store, out, width, height, extent = sys.argv[1:6]
    app = QgsApplication([], False)
    app.initQgis()
    layers = []
    for name in ("incidents", "areas"):  # the first is drawn on top
        layer = QgsVectorLayer(f"{store}|layername={name}", name, "ogr")
        if layer.isValid():
            layers.append(layer)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setOutputSize(QSize(int(width), int(height)))
    settings.setDestinationCrs(layers[0].crs())
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(QgsRectangle(*[float(v) for v in extent.split(",")]))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    ok = job.renderedImage().save(out, "png")
    del job
    del settings
    del layers
    # QGIS 3.22 on Debian 12 crashes in its teardown (exitQgis or the interpreter's exit) after the
    # image is written; leave without it, as a finished render would.
    sys.stdout.flush()
    os._exit(0 if ok else 1)


if __name__ == "__main__":
    main()
