<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>lb::cli::Render</name>
    <message>
        <source>Draw the map of a store into a PNG, or an A4 map page into a PDF.</source>
        <translation>Rita kartan över ett datalager till en PNG, eller en kartsida i A4 till en PDF.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>The image to write (.png or .pdf).</source>
        <translation>Bilden som ska skrivas (.png eller .pdf).</translation>
    </message>
    <message>
        <source>PNG size in pixels (default 1600x1200).</source>
        <translation>PNG-storlek i bildpunkter (standard 1600x1200).</translation>
    </message>
    <message>
        <source>Map extent in the store&apos;s CRS (default: all areas).</source>
        <translation>Kartans utbredning i datalagrets koordinatsystem (standard: alla områden).</translation>
    </message>
    <message>
        <source>Layers to draw, comma separated (default: all): %1.</source>
        <translation>Lager att rita, kommaseparerade (standard: alla): %1.</translation>
    </message>
    <message>
        <source>PNG resolution for symbol sizes (default 96).</source>
        <translation>PNG-upplösning för symbolstorlekar (standard 96).</translation>
    </message>
    <message>
        <source>Title of a PDF map page.</source>
        <translation>Rubrik på en kartsida i PDF.</translation>
    </message>
    <message>
        <source>Leave out the scale bar and north arrow of a PNG.</source>
        <translation>Utelämna skalstock och norrpil i en PNG.</translation>
    </message>
    <message>
        <source>render needs one store file and --out IMAGE.</source>
        <translation>render behöver en datalagerfil och --out BILD.</translation>
    </message>
    <message>
        <source>--size must look like 1600x1200.</source>
        <translation>--size måste se ut som 1600x1200.</translation>
    </message>
    <message>
        <source>--dpi must be a number from 24 to 1200.</source>
        <translation>--dpi måste vara ett tal från 24 till 1200.</translation>
    </message>
    <message>
        <source>Unknown layer: %1. Layers: %2.</source>
        <translation>Okänt lager: %1. Lager: %2.</translation>
    </message>
    <message>
        <source>--extent must be four numbers: minx,miny,maxx,maxy.</source>
        <translation>--extent måste vara fyra tal: minx,miny,maxx,maxy.</translation>
    </message>
    <message>
        <source>The store has nothing to draw; give --extent.</source>
        <translation>Datalagret har inget att rita; ange --extent.</translation>
    </message>
    <message>
        <source>Wrote %1 (A4 map page, 1:%2) in %3 ms (reading the store %4 ms).</source>
        <translation>Skrev %1 (kartsida i A4, 1:%2) på %3 ms (läsning av datalagret %4 ms).</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Lager %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px, 1:%4); reading the store took %5 ms, drawing %6 ms.</source>
        <translation>Skrev %1 (%2×%3 bildpunkter, 1:%4); läsning av datalagret tog %5 ms, ritning %6 ms.</translation>
    </message>
    <message>
        <source>Draw incidents of sensitive categories at their stored positions instead of as counts per district (the map then says so).</source>
        <translation>Rita händelser i känsliga kategorier på sina lagrade platser i stället för som antal per område (kartan säger då det).</translation>
    </message>
    <message>
        <source>--hours must look like 18-22 (hours 0 to 24).</source>
        <translation>--hours ska se ut som 18-22 (timmar 0 till 24).</translation>
    </message>
    <message>
        <source>--time-of-day must be day, evening or night.</source>
        <translation>--time-of-day ska vara day, evening eller night.</translation>
    </message>
    <message>
        <source>Only incidents by day (06–18), in the evening (18–22) or at night (22–06), local time.</source>
        <translation>Bara händelser på dagen (06–18), kvällen (18–22) eller natten (22–06), lokal tid.</translation>
    </message>
    <message>
        <source>Only incidents in these local hours, e.g. 22-6 (from the first hour up to the second).</source>
        <translation>Bara händelser under dessa lokala timmar, t.ex. 22-6 (från den första timmen fram till den andra).</translation>
    </message>
    <message>
        <source>Only incidents with these location precisions, comma-separated: exact, street, area_centroid, municipality_centroid, county_centroid.</source>
        <translation>Bara händelser med dessa platsnoggrannheter, kommaseparerade: exact, street, area_centroid, municipality_centroid, county_centroid.</translation>
    </message>
    <message>
        <source>Unknown location precision: %1.</source>
        <translation>Okänd platsnoggrannhet: %1.</translation>
    </message>
    <message>
        <source>Draw the extent of this bookmark (kept in the store).</source>
        <translation>Rita utsnittet för detta bokmärke (sparat i datalagret).</translation>
    </message>
    <message>
        <source>No bookmark called %1 in the store.</source>
        <translation>Inget bokmärke som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>--%1 is for a PNG; a PDF map page is always A4 with a scale bar and north arrow.</source>
        <translation>--%1 gäller en PNG; en PDF-kartsida är alltid A4 med skalstock och norrpil.</translation>
    </message>
    <message>
        <source>--title is for a PDF map page (--out FILE.pdf); a PNG has no title.</source>
        <translation>--title gäller en PDF-kartsida (--out FIL.pdf); en PNG har ingen rubrik.</translation>
    </message>
    <message>
        <source>Layers to draw, comma-separated (default: all): %1. The store tables that lagesbild-cli info lists are accepted too.</source>
        <translation>Lager att rita, kommaseparerade (standard: alla): %1. Datalagrets tabeller som lagesbild-cli info listar går också bra.</translation>
    </message>
    <message>
        <source>A background map under the data: a raster or vector file GDAL reads, or a tile address with {z}, {x} and {y} (fetched over the network). Repeatable; drawn over the store&apos;s own background maps.</source>
        <translation>En bakgrundskarta under data: en raster- eller vektorfil som GDAL läser, eller en kartplatteadress med {z}, {x} och {y} (hämtas över nätverket). Kan upprepas; ritas över datalagrets egna bakgrundskartor.</translation>
    </message>
    <message>
        <source>Background map %1: %2</source>
        <translation>Bakgrundskarta %1: %2</translation>
    </message>
    <message>
        <source>Only incidents inside these districts, comma-separated names.</source>
        <translation>Bara händelser inom dessa områden, namn åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>Only the survey pins of these survey rounds, comma-separated names or years.</source>
        <translation>Bara enkätmarkeringarna från dessa mätningar, namn eller år åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>No district called %1. Districts: %2.</source>
        <translation>Inget område heter %1. Områden: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>No source called %1. Sources: %2.</source>
        <translation>Ingen källa heter %1. Källor: %2.</translation>
    </message>
    <message>
        <source>No survey round called %1. Rounds: %2.</source>
        <translation>Ingen mätning heter %1. Mätningar: %2.</translation>
    </message>
    <message>
        <source>%1 incidents and %2 survey pins on the map (%3).</source>
        <translation>%1 händelser och %2 enkätmarkeringar på kartan (%3).</translation>
    </message>
    <message>
        <source>How incidents are drawn: points (default), clusters (circles with counts), hex (hexagons filled by count), auto (points when few enough for the view, clusters otherwise) or heat (a heat map of the shown points; incidents placed at a centre are left out and counted).</source>
        <translation>Hur händelserna ritas: points (punkter, standard), clusters (cirklar med antal), hex (hexagoner färgade efter antal), auto (punkter när de är få nog för kartbilden, annars kluster) eller heat (en värmekarta över de visade punkterna; händelser placerade i en mittpunkt utelämnas och räknas).</translation>
    </message>
    <message>
        <source>Fill the districts by the survey answers of this round (its year or name): the share answering yes, in classes of ten percentage points.</source>
        <translation>Färglägg områdena efter enkätsvaren i denna mätning (dess år eller namn): andelen som svarat ja, i klasser om tio procentenheter.</translation>
    </message>
    <message>
        <source>The survey indicator of --survey-choropleth (default unsafe_evening).</source>
        <translation>Enkätfrågan för --survey-choropleth (standard unsafe_evening).</translation>
    </message>
    <message>
        <source>--incidents must be one of %1.</source>
        <translation>--incidents måste vara en av %1.</translation>
    </message>
    <message>
        <source>--survey-indicator goes with --survey-choropleth ROUND.</source>
        <translation>--survey-indicator hör ihop med --survey-choropleth MÄTNING.</translation>
    </message>
    <message>
        <source>No survey round %1 in the store. Rounds: %2.</source>
        <translation>Ingen mätning %1 i datalagret. Mätningar: %2.</translation>
    </message>
    <message>
        <source>The round %1 has no answers for the indicator %2.</source>
        <translation>Mätningen %1 har inga svar för frågan %2.</translation>
    </message>
    <message>
        <source>Also draw where the store&apos;s interventions act (point and radius, route, area or districts).</source>
        <translation>Rita också var datalagrets insatser verkar (punkt och radie, sträcka, yta eller områden).</translation>
    </message>
    <message>
        <source>How incidents are drawn: points (default), clusters (circles with counts), hex (hexagons filled by count), auto (points when few enough for the view, clusters otherwise) or heat (a heat map of the shown points; incidents placed at a centre are left out and counted). Without it, as the store keeps it.</source>
        <translation>Hur händelser ritas: points (förval), clusters (cirklar med antal), hex (sexhörningar fyllda efter antal), auto (punkter när de är få nog för vyn, annars kluster) eller heat (en värmekarta av de visade punkterna; händelser placerade i en mittpunkt utelämnas och räknas). Utan den som datalagret sparat det.</translation>
    </message>
    <message>
        <source>Fill the districts by the survey answers of this round (its year or name): the share answering yes, in classes of ten percentage points; none for no fill. Without it, as the store keeps it.</source>
        <translation>Fyll områdena efter enkätsvaren i denna mätning (dess år eller namn): andelen som svarat ja, i klasser om tio procentenheter; none för ingen fyllning. Utan den som datalagret sparat det.</translation>
    </message>
    <message>
        <source>The symbols of a point layer (incidents, pins, findings): LAYER=single, LAYER=categorized:FIELD or LAYER=graduated:FIELD, then ,shape=circle|square|triangle|diamond|pin ,size=PX ,color=#RRGGBB ,palette=standard|okabe-ito|bright ,ramp=ylorrd|blues|viridis|rdylbu ,classes=N. Fields: incidents group, category, source (categorized), hour (graduated); pins rating, round, time_of_day, reason (categorized), rating (graduated); findings status, kind, responsible. May be repeated. Without it, as the store keeps it.</source>
        <translation>Symbolerna i ett punktlager (incidents, pins, findings): LAGER=single, LAGER=categorized:FÄLT eller LAGER=graduated:FÄLT, sedan ,shape=circle|square|triangle|diamond|pin ,size=PX ,color=#RRGGBB ,palette=standard|okabe-ito|bright ,ramp=ylorrd|blues|viridis|rdylbu ,classes=N. Fält: incidents group, category, source (kategoriserad), hour (graderad); pins rating, round, time_of_day, reason (kategoriserad), rating (graderad); findings status, kind, responsible. Kan upprepas. Utan den som datalagret sparat det.</translation>
    </message>
    <message>
        <source>Labels of a point layer from a field: incidents=category|source, pins=comment|rating|reason|round, findings=kind|status|responsible|description, or LAYER=none. May be repeated.</source>
        <translation>Etiketter i ett punktlager från ett fält: incidents=category|source, pins=comment|rating|reason|round, findings=kind|status|responsible|description, eller LAGER=none. Kan upprepas.</translation>
    </message>
    <message>
        <source>--%1 takes LAYER=VALUE with LAYER incidents, pins or findings, not %2.</source>
        <translation>--%1 tar LAGER=VÄRDE där LAGER är incidents, pins eller findings, inte %2.</translation>
    </message>
    <message>
        <source>The style %1 cannot be used: %2</source>
        <translation>Stilen %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>--labels %1: the layer has no field %2. Fields: %3.</source>
        <translation>--labels %1: lagret har inget fält %2. Fält: %3.</translation>
    </message>
    <message>
        <source>Only walk findings with these statuses, comma-separated: open, in-progress, fixed, rejected.</source>
        <translation>Bara iakttagelser med dessa status, kommaseparerade: open, in-progress, fixed, rejected.</translation>
    </message>
    <message>
        <source>Only walk findings of these kinds, comma-separated kind codes, e.g. belysning,vegetation_sikt.</source>
        <translation>Bara iakttagelser av dessa slag, kommaseparerade koder för slag, t.ex. belysning,vegetation_sikt.</translation>
    </message>
    <message>
        <source>Only these safety walks (routes and findings), comma-separated ids or names (as `walk list` shows them).</source>
        <translation>Bara dessa trygghetsvandringar (vägar och iakttagelser), kommaseparerade id eller namn (som `walk list` visar dem).</translation>
    </message>
    <message>
        <source>Only walk findings still open or in progress whose due date has passed today (without a due date: 90 days after the walk).</source>
        <translation>Bara iakttagelser som fortfarande är öppna eller pågår och vars sista dag har passerat i dag (utan sista dag: 90 dagar efter vandringen).</translation>
    </message>
    <message>
        <source>Unknown finding status %1 in --finding-status. Statuses: open, in-progress, fixed, rejected.</source>
        <translation>Okänd status %1 i --finding-status. Status: open, in-progress, fixed, rejected.</translation>
    </message>
    <message>
        <source>No finding kind %1 in --finding-kinds. Kinds: %2.</source>
        <translation>Inget slag av iakttagelse som heter %1 i --finding-kinds. Slag: %2.</translation>
    </message>
    <message>
        <source>No walk %1 in --walk. Walks: %2.</source>
        <translation>Ingen vandring %1 i --walk. Vandringar: %2.</translation>
    </message>
    <message>
        <source>%1 walk findings on the map.</source>
        <translation>%1 iakttagelser på kartan.</translation>
    </message>
    <message>
        <source>%1 walk findings on the map (%2).</source>
        <translation>%1 iakttagelser på kartan (%2).</translation>
    </message>
</context>
<context>
    <name>lb::render::BaseMapLayers</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Municipal boundary</source>
        <translation>Kommungräns</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Vatten</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Vägar</translation>
    </message>
    <message>
        <source>Main road</source>
        <translation>Huvudväg</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Stadsdelar</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsdel</translation>
    </message>
</context>
<context>
    <name>lb::render::IncidentLayer</name>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Händelser (%1)</translation>
    </message>
    <message>
        <source>Cluster of incidents, with count</source>
        <translation>Kluster av händelser, med antal</translation>
    </message>
    <message>
        <source>Cluster of incidents, with count (where points would crowd)</source>
        <translation>Kluster av händelser, med antal (där punkterna skulle trängas)</translation>
    </message>
    <message>
        <source>%1 or more incidents per hexagon</source>
        <translation>%1 eller fler händelser per hexagon</translation>
    </message>
    <message>
        <source>1 incident per hexagon</source>
        <translation>1 händelse per hexagon</translation>
    </message>
    <message>
        <source>%1–%2 incidents per hexagon</source>
        <translation>%1–%2 händelser per hexagon</translation>
    </message>
    <message>
        <source>Densest place in view</source>
        <translation>Tätast i kartbilden</translation>
    </message>
    <message>
        <source>Half as dense</source>
        <translation>Hälften så tätt</translation>
    </message>
    <message>
        <source>Sparse (under 2 % of the densest: not coloured)</source>
        <translation>Glest (under 2 % av det tätaste: ofärgat)</translation>
    </message>
    <message>
        <source>Left out of the heat map: placed at a centre</source>
        <translation>Utelämnade ur värmekartan: placerade i en mittpunkt</translation>
    </message>
</context>
<context>
    <name>lb::render::MapData</name>
    <message>
        <source>Loading the map was canceled.</source>
        <translation>Inläsningen av kartan avbröts.</translation>
    </message>
    <message>
        <source>Reading areas</source>
        <translation>Läser områden</translation>
    </message>
    <message>
        <source>Reading incidents</source>
        <translation>Läser händelser</translation>
    </message>
    <message>
        <source>Indexing incidents</source>
        <translation>Indexerar händelser</translation>
    </message>
    <message>
        <source>Reading surveys and walks</source>
        <translation>Läser trygghetsmätningar och trygghetsvandringar</translation>
    </message>
    <message>
        <source>the county</source>
        <translation>länet</translation>
    </message>
</context>
<context>
    <name>lb::render::MapFurniture</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north arrow</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
</context>
<context>
    <name>lb::render::SurveyPinLayer</name>
    <message>
        <source>Survey pins</source>
        <translation>Enkätmarkeringar</translation>
    </message>
    <message>
        <source>1 – very unsafe</source>
        <translation>1 – mycket otryggt</translation>
    </message>
    <message>
        <source>2 – unsafe</source>
        <translation>2 – otryggt</translation>
    </message>
    <message>
        <source>3 – neither</source>
        <translation>3 – varken eller</translation>
    </message>
    <message>
        <source>4 – fairly safe</source>
        <translation>4 – ganska tryggt</translation>
    </message>
    <message>
        <source>5 – safe</source>
        <translation>5 – tryggt</translation>
    </message>
    <message>
        <source>Survey pins (%1)</source>
        <translation>Enkätmarkeringar (%1)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Kväll</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Natt</translation>
    </message>
    <message>
        <source>Time of day not given</source>
        <translation>Tid på dygnet ej angiven</translation>
    </message>
    <message>
        <source>Unknown round</source>
        <translation>Okänd mätning</translation>
    </message>
    <message>
        <source>Survey pin</source>
        <translation>Enkätmarkering</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Ingen orsak angiven</translation>
    </message>
</context>
<context>
    <name>lb::render::WalkLayer</name>
    <message>
        <source>Safety walks</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message>
        <source>Walk route</source>
        <translation>Vandringens sträcka</translation>
    </message>
    <message>
        <source>Finding: open</source>
        <translation>Iakttagelse: öppen</translation>
    </message>
    <message>
        <source>Finding: in progress</source>
        <translation>Iakttagelse: pågår</translation>
    </message>
    <message>
        <source>Finding: fixed</source>
        <translation>Iakttagelse: åtgärdad</translation>
    </message>
    <message>
        <source>Finding: rejected</source>
        <translation>Iakttagelse: avvisad</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>åtgärdad</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Kind not given</source>
        <translation>Typ ej angiven</translation>
    </message>
    <message>
        <source>No one responsible given</source>
        <translation>Ingen ansvarig angiven</translation>
    </message>
    <message>
        <source>Safety walks (%1)</source>
        <translation>Trygghetsvandringar (%1)</translation>
    </message>
</context>
<context>
    <name>lb::render::CentreStackLayer</name>
    <message>
        <source>Incidents placed at a centre</source>
        <translation>Händelser placerade i en mittpunkt</translation>
    </message>
    <message>
        <source>at the centre of %1</source>
        <translation>i mittpunkten av %1</translation>
    </message>
    <message>
        <source>Placed at a district&apos;s or the municipality&apos;s centre, with count</source>
        <translation>Placerade i ett områdes eller kommunens mittpunkt, med antal</translation>
    </message>
</context>
<context>
    <name>lb::render::SensitiveAreaLayer</name>
    <message>
        <source>Sensitive incidents per district</source>
        <translation>Känsliga händelser per område</translation>
    </message>
    <message>
        <source>Sensitive incidents per district (counts under %1 not shown)</source>
        <translation>Känsliga händelser per område (antal under %1 visas inte)</translation>
    </message>
</context>
<context>
    <name>lb::render::MapRenderer</name>
    <message>
        <source>Exact positions of sensitive incidents are shown</source>
        <translation>Känsliga händelser visas på sina exakta platser</translation>
    </message>
</context>
<context>
    <name>lb::render::MapFilter</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>kl. %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n kategori</numerusform>
            <numerusform>%n kategorier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n precision levels</source>
        <translation>
            <numerusform>%n noggrannhetsnivå</numerusform>
            <numerusform>%n noggrannhetsnivåer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n districts</source>
        <translation>
            <numerusform>%n område</numerusform>
            <numerusform>%n områden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey rounds</source>
        <translation>
            <numerusform>%n mätning</numerusform>
            <numerusform>%n mätningar</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>åtgärdad</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n slag</numerusform>
            <numerusform>%n slag</numerusform>
        </translation>
    </message>
    <message>
        <source>walk %1</source>
        <translation>vandring %1</translation>
    </message>
    <message numerus="yes">
        <source>%n walks</source>
        <translation>
            <numerusform>%n vandring</numerusform>
            <numerusform>%n vandringar</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue on %1</source>
        <translation>försenade %1</translation>
    </message>
</context>
<context>
    <name>lb::render::SelectionLayer</name>
    <message>
        <source>Selected</source>
        <translation>Valda</translation>
    </message>
    <message>
        <source>Selected in the table or on the map</source>
        <translation>Valda i tabellen eller på kartan</translation>
    </message>
</context>
<context>
    <name>lb::render::BaseMapLayer</name>
    <message>
        <source>Background map</source>
        <translation>Bakgrundskarta</translation>
    </message>
</context>
<context>
    <name>lb::render::SurveyChoroplethLayer</name>
    <message>
        <source>Survey %1: %2 per district</source>
        <translation>Mätning %1: %2 per område</translation>
    </message>
    <message>
        <source>share feeling unsafe outdoors in the evening</source>
        <translation>andel som känner sig otrygga utomhus på kvällen</translation>
    </message>
    <message>
        <source>share avoiding places</source>
        <translation>andel som undviker platser</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>inga svar</translation>
    </message>
    <message>
        <source>%1 % or more</source>
        <translation>%1 % eller mer</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>Not measured in this round</source>
        <translation>Inte mätt i denna mätning</translation>
    </message>
</context>
<context>
    <name>lb::render::IncidentStyle</name>
    <message>
        <source>Points</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Clusters with counts</source>
        <translation>Kluster med antal</translation>
    </message>
    <message>
        <source>Hexagons with counts</source>
        <translation>Hexagoner med antal</translation>
    </message>
    <message>
        <source>Automatic (points when few, clusters otherwise)</source>
        <translation>Automatiskt (punkter när de är få, annars kluster)</translation>
    </message>
    <message>
        <source>Heat map of the shown points</source>
        <translation>Värmekarta över de visade punkterna</translation>
    </message>
</context>
<context>
    <name>lb::render::InterventionLayer</name>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Where an intervention acts</source>
        <translation>Där en insats verkar</translation>
    </message>
</context>
<context>
    <name>lb::render::LayerStyle</name>
    <message>
        <source>Category group</source>
        <translation>Kategorigrupp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Timme på dygnet</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Mätning</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tid på dygnet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind of finding</source>
        <translation>Typ av iakttagelse</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>En symbol</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Kategoriserad</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graderad</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Kvadrat</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangel</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Romb</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Kartstift</translation>
    </message>
    <message>
        <source>Okabe–Ito (for colour-blind readers)</source>
        <translation>Okabe–Ito (för färgblinda läsare)</translation>
    </message>
    <message>
        <source>Bright</source>
        <translation>Klara färger</translation>
    </message>
    <message>
        <source>The map&apos;s standard colours</source>
        <translation>Kartans standardfärger</translation>
    </message>
    <message>
        <source>Light to dark blue</source>
        <translation>Ljus till mörk blå</translation>
    </message>
    <message>
        <source>Yellow to purple (viridis)</source>
        <translation>Gul till lila (viridis)</translation>
    </message>
    <message>
        <source>Red to blue</source>
        <translation>Röd till blå</translation>
    </message>
    <message>
        <source>Yellow to red</source>
        <translation>Gul till röd</translation>
    </message>
    <message>
        <source>A style needs a kind: single, categorized:FIELD or graduated:FIELD.</source>
        <translation>En stil behöver ett slag: single, categorized:FÄLT eller graduated:FÄLT.</translation>
    </message>
    <message>
        <source>Unknown style kind %1: single, categorized or graduated.</source>
        <translation>Okänt slag av stil %1: single, categorized eller graduated.</translation>
    </message>
    <message>
        <source>The layer %1 has no field to draw %2.</source>
        <translation>Lagret %1 har inget fält att rita %2 efter.</translation>
    </message>
    <message>
        <source>%1 needs a field: %2.</source>
        <translation>%1 behöver ett fält: %2.</translation>
    </message>
    <message>
        <source>The layer %1 cannot be drawn %2 by %3. Fields: %4.</source>
        <translation>Lagret %1 kan inte ritas %2 efter %3. Fält: %4.</translation>
    </message>
    <message>
        <source>Unknown shape %1: %2.</source>
        <translation>Okänd form %1: %2.</translation>
    </message>
    <message>
        <source>size must be a number of pixels from 2 to 60, not %1.</source>
        <translation>size ska vara ett antal pixlar från 2 till 60, inte %1.</translation>
    </message>
    <message>
        <source>color must look like #d55e00, not %1.</source>
        <translation>color ska se ut som #d55e00, inte %1.</translation>
    </message>
    <message>
        <source>Unknown palette %1: %2.</source>
        <translation>Okänd palett %1: %2.</translation>
    </message>
    <message>
        <source>Unknown ramp %1: %2.</source>
        <translation>Okänd färgskala %1: %2.</translation>
    </message>
    <message>
        <source>classes must be a whole number from 2 to 7, not %1.</source>
        <translation>classes ska vara ett heltal från 2 till 7, inte %1.</translation>
    </message>
    <message>
        <source>Unknown style setting %1: shape, size, color, palette, ramp or classes.</source>
        <translation>Okänd stilinställning %1: shape, size, color, palette, ramp eller classes.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>kl. %1–%2</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Okänd kategori</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Ingen källa angiven</translation>
    </message>
</context>
</TS>
