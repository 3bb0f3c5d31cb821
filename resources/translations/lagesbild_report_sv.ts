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
</TS>
