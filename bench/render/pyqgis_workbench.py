#!/usr/bin/python3
"""The peer of bench_render for bench_workbench.sh: QGIS does what a coordinator would do in QGIS
with the same store (a GeoPackage), and prints one line per sample, "<operation> <ms>":

    open      a QGIS project holding the store's layers read (QgsProject.read), and its first
              full-extent frame drawn (QgsMapRendererParallelJob)
    full      a full-extent frame at 1920x1080
    view2km   a frame of the 2 km view
    filter    a filter change: setSubsetString on the incidents (year and categories), then the
              full extent drawn again
    identify  what QGIS's identify tool asks: the incident features within 8 pixels of a click at
              the 2 km view's scale, with their attributes

    pyqgis_workbench.py STORE --whole X0,Y0,X1,Y1 --view X0,Y0,X1,Y1 --year Y --categories A,B
                        [--reps N] [--sequential]

The layers are the ones our map draws from the store: municipality and districts (areas), water,
roads, incidents, survey pins and walk findings. Run with Debian's /usr/bin/python3 (python3-qgis)
and QT_QPA_PLATFORM=offscreen.
"""
import argparse
import os
import sqlite3
import sys
import tempfile
import time

from qgis.core import (QgsApplication, QgsFeatureRequest, QgsMapRendererParallelJob,
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsProject, QgsRectangle,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

LAYERS = ("areas", "base_water", "base_roads", "incidents", "survey_pins", "walk_findings")


def extent(text):
    return QgsRectangle(*[float(v) for v in text.split(",")])


def sample(operation, seconds):
    print(f"{operation} {seconds * 1000:.3f}", flush=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("store")
    p.add_argument("--whole", required=True)
    p.add_argument("--view", required=True)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--categories", required=True)
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--sequential", action="store_true", help="QgsMapRendererSequentialJob")
    a = p.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    job_class = QgsMapRendererSequentialJob if a.sequential else QgsMapRendererParallelJob

    # The project a QGIS user would keep: the store's layers, the top one last in the list.
    project_dir = tempfile.mkdtemp()
    project_path = os.path.join(project_dir, "store.qgz")
    project = QgsProject.instance()
    for name in LAYERS:
        layer = QgsVectorLayer(f"{a.store}|layername={name}", name, "ogr")
        if layer.isValid():
            project.addMapLayer(layer)
    project.write(project_path)
    project.clear()

    def settings_for(rect, layers):
        s = QgsMapSettings()
        s.setLayers(layers)
        s.setOutputSize(QSize(1920, 1080))
        s.setDestinationCrs(layers[0].crs())
        s.setBackgroundColor(QColor("white"))
        s.setExtent(rect)
        return s

    def draw(s):
        job = job_class(s)
        job.start()
        job.waitForFinished()
        return job.renderedImage()

    def ordered_layers():
        by_name = {l.name(): l for l in project.mapLayers().values()}
        return [by_name[n] for n in reversed(LAYERS) if n in by_name]  # first drawn on top

    for _ in range(a.reps):
        t = time.perf_counter()
        project.read(project_path)
        draw(settings_for(extent(a.whole), ordered_layers()))
        sample("open", time.perf_counter() - t)
    layers = ordered_layers()
    incidents = next(l for l in layers if l.name() == "incidents")
    full = settings_for(extent(a.whole), layers)
    near = settings_for(extent(a.view), layers)
    cats = ",".join("'" + c.replace("'", "''") + "'" for c in a.categories.split(","))
    subset = (f"\"occurred_at\" >= '{a.year}-01-01' AND \"occurred_at\" < '{a.year + 1}-01-01' "
              f"AND \"category\" IN ({cats})")

    # Clicks on incidents of the 2 km view, as bench_render picks them (every 997th of the view's).
    view_rect = near.visibleExtent()
    db = sqlite3.connect(a.store)
    clicks = db.execute(
        "SELECT minx, miny FROM rtree_incidents_geom WHERE minx >= ? AND maxx <= ? AND miny >= ? AND maxy <= ? "
        "AND id % 997 = 0 LIMIT 50",
        (view_rect.xMinimum(), view_rect.xMaximum(), view_rect.yMinimum(), view_rect.yMaximum())).fetchall()
    radius = 8 * near.mapUnitsPerPixel()

    found = 0
    for i in range(a.reps):
        t = time.perf_counter()
        draw(full)
        sample("full", time.perf_counter() - t)
        t = time.perf_counter()
        draw(near)
        sample("view2km", time.perf_counter() - t)
        t = time.perf_counter()
        incidents.setSubsetString(subset)
        draw(full)
        sample("filter", time.perf_counter() - t)
        incidents.setSubsetString("")
        for x, y in clicks[i::a.reps]:
            t = time.perf_counter()
            request = QgsFeatureRequest().setFilterRect(QgsRectangle(x - radius, y - radius, x + radius, y + radius))
            found += sum(1 for _ in incidents.getFeatures(request))
            sample("identify", time.perf_counter() - t)
    print(f"identify found {found} incidents in {len(clicks)} clicks", file=sys.stderr)
    sys.stdout.flush()
    # QGIS 3.22 on Debian 12 crashes in its teardown; leave without it (see pyqgis_render.py).
    os._exit(0)


if __name__ == "__main__":
    main()
