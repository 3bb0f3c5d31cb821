<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>lb::report::MapExporter</name>
    <message>
        <source>Scale 1:%1</source>
        <translation>Skala 1:%1</translation>
    </message>
    <message>
        <source>%1 · Coordinate system EPSG:%2</source>
        <translation>%1 · Koordinatsystem EPSG:%2</translation>
    </message>
    <message>
        <source>Lägesbild · %1</source>
        <translation>Lägesbild · %1</translation>
    </message>
    <message>
        <source>The map has no extent to export.</source>
        <translation>Kartan har ingen utbredning att exportera.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>lb::report::InterventionChart</name>
    <message>
        <source>Incidents per month as an index (mean of the months before the start = 100)</source>
        <translation>Händelser per månad som index (medelvärdet för månaderna före starten = 100)</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <source>Comparison area: %1</source>
        <translation>Jämförelseområde: %1</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>Buffertzon</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>The chart can be written as .png, .svg or .pdf, not %1.</source>
        <translation>Diagrammet kan skrivas som .png, .svg eller .pdf, inte %1.</translation>
    </message>
</context>
<context>
    <name>lb::report::InterventionEvaluator</name>
    <message>
        <source>(no source)</source>
        <translation>(ingen källa)</translation>
    </message>
    <message>
        <source>There is no area named %1 in the store.</source>
        <translation>Det finns inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>valt</translation>
    </message>
    <message>
        <source>No district away from the target area and its buffer zone had incidents before the start; choose a comparison area.</source>
        <translation>Inget område på avstånd från insatsområdet och dess buffertzon hade händelser före starten; välj ett jämförelseområde.</translation>
    </message>
    <message>
        <source>proposed: %1 times the target&apos;s monthly level, trend %2 percentage points a year apart</source>
        <translation>föreslaget: %1 gånger insatsområdets nivå per månad, trenden skiljer %2 procentenheter per år</translation>
    </message>
</context>
</TS>
