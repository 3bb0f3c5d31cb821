<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>lb::app::DemoTask</name>
    <message>
        <source>Creating the demo store…</source>
        <translation>Skapar demodatalagret…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Create the demo store</source>
        <translation>Skapa demodatalagret</translation>
    </message>
    <message>
        <source>Creating the demo store was canceled.</source>
        <translation>Skapandet av demodatalagret avbröts.</translation>
    </message>
    <message>
        <source>This build of Lägesbild has no demo generator.</source>
        <translation>Den här versionen av Lägesbild saknar demogeneratorn.</translation>
    </message>
</context>
<context>
    <name>lb::app::LayerPanel</name>
    <message>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>lb::app::Main</name>
    <message>
        <source>Lägesbild: the local picture of crime and safety.</source>
        <translation>Lägesbild: den lokala bilden av brott och trygghet.</translation>
    </message>
    <message>
        <source>A store to open (.gpkg).</source>
        <translation>Ett datalager att öppna (.gpkg).</translation>
    </message>
    <message>
        <source>Show this extent (in the store's coordinates) when the store opens.</source>
        <translation>Visa den här utbredningen (i datalagrets koordinater) när datalagret öppnas.</translation>
    </message>
    <message>
        <source>--extent must be four numbers: minx,miny,maxx,maxy.</source>
        <translation>--extent måste vara fyra tal: minx,miny,maxx,maxy.</translation>
    </message>
    <message>
        <source>A store to open: a file (.gpkg) or a shared store&apos;s postgresql:// connection string.</source>
        <translation>Ett datalager att öppna: en fil (.gpkg) eller ett delat datalagers postgresql://-anslutningssträng.</translation>
    </message>
</context>
<context>
    <name>lb::app::MainWindow</name>
    <message>
        <source>Lägesbild stores (*.gpkg);;All files (*)</source>
        <translation>Lägesbild-datalager (*.gpkg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Lägesbild</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Drawn in %1 ms</source>
        <translation>Ritad på %1 ms</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Öppna datalager…</translation>
    </message>
    <message>
        <source>Create &amp;demo store…</source>
        <translation>Skapa &amp;demodatalager…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>Zooma till &amp;hela utbredningen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Lägesbild</source>
        <translation>&amp;Om Lägesbild</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>Öppna ett datalager</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>Kan inte öppna %1:
%2</translation>
    </message>
    <message>
        <source>%1 — Lägesbild</source>
        <translation>%1 — Lägesbild</translation>
    </message>
    <message>
        <source>SWEREF 99 TM</source>
        <translation>SWEREF 99 TM</translation>
    </message>
    <message>
        <source>EPSG:%1</source>
        <translation>EPSG:%1</translation>
    </message>
    <message>
        <source>Create the demo store</source>
        <translation>Skapa demodatalagret</translation>
    </message>
    <message>
        <source>About Lägesbild</source>
        <translation>Om Lägesbild</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lägesbild %1&lt;/h3&gt;&lt;p&gt;The local picture of crime and safety: incidents, safety surveys and safety walks on a map of the municipality.&lt;/p&gt;&lt;p&gt;Your data stays in the store file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lägesbild %1&lt;/h3&gt;&lt;p&gt;Den lokala bilden av brott och trygghet: händelser, trygghetsmätningar och trygghetsvandringar på en karta över kommunen.&lt;/p&gt;&lt;p&gt;Dina data stannar i datalagerfilen på den här datorn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>E %1   N %2</source>
        <translation>E %1   N %2</translation>
    </message>
    <message>
        <source>1:%1</source>
        <translation>1:%1</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importera data…</translation>
    </message>
    <message>
        <source>Import &amp;batches…</source>
        <translation>Import&amp;omgångar…</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importera data</translation>
    </message>
    <message>
        <source>Open a store or create one first: imported records are added to the open store.</source>
        <translation>Öppna eller skapa ett datalager först: importerade poster läggs till i det öppna datalagret.</translation>
    </message>
    <message>
        <source>Show exact positions of &amp;sensitive incidents</source>
        <translation>Visa känsliga händelsers exakta &amp;platser</translation>
    </message>
    <message>
        <source>Upgrade the store</source>
        <translation>Uppgradera datalagret</translation>
    </message>
    <message>
        <source>%1

Upgrade it now? A copy of the old file is kept beside it first, so a colleague's older Lägesbild can still open that copy.</source>
        <translation>%1

Uppgradera det nu? Först sparas en kopia av den gamla filen bredvid, så att en kollegas äldre Lägesbild fortfarande kan öppna kopian.</translation>
    </message>
    <message>
        <source>The store has changed</source>
        <translation>Datalagret har ändrats</translation>
    </message>
    <message>
        <source>%1 was changed by another program (an import, perhaps). Read it again to show the changes?</source>
        <translation>%1 har ändrats av ett annat program (kanske en import). Läsa in det igen för att visa ändringarna?</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 händelser</translation>
    </message>
    <message>
        <source>%1 incidents (%2)</source>
        <translation>%1 händelser (%2)</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>&amp;Diagram…</translation>
    </message>
    <message>
        <source>Yearly &amp;report…</source>
        <translation>Årlig &amp;lägesbild…</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nytt datalager…</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nytt datalager</translation>
    </message>
    <message>
        <source>The store for %1 is ready. Import its districts (a file of areas) now?</source>
        <translation>Datalagret för %1 är klart. Vill du importera dess områden (en fil med ytor) nu?</translation>
    </message>
    <message>
        <source>&amp;Print map…</source>
        <translation>Skriv &amp;ut karta…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation>&amp;Urval</translation>
    </message>
</context>
<context>
    <name>lb::app::WelcomeWidget</name>
    <message>
        <source>Welcome to Lägesbild</source>
        <translation>Välkommen till Lägesbild</translation>
    </message>
    <message>
        <source>Lägesbild shows incidents, safety-survey pins and safety-walk findings on a map of your municipality, so you can build the local crime and safety picture and follow it up over time.</source>
        <translation>Lägesbild visar händelser, enkätmarkeringar och iakttagelser från trygghetsvandringar på en karta över din kommun, så att du kan ta fram den lokala lägesbilden över brott och trygghet och följa den över tid.</translation>
    </message>
    <message>
        <source>Open a store…</source>
        <translation>Öppna ett datalager…</translation>
    </message>
    <message>
        <source>Create the demo store…</source>
        <translation>Skapa demodatalagret…</translation>
    </message>
    <message>
        <source>Open a store (a .gpkg file), create a new one for your municipality, or create the demo store to look around.</source>
        <translation>Öppna ett datalager (en .gpkg-fil), skapa ett nytt för din kommun eller skapa demodatalagret för att se dig omkring.</translation>
    </message>
    <message>
        <source>New store for a municipality…</source>
        <translation>Nytt datalager för en kommun…</translation>
    </message>
</context>
<context>
    <name>lb::app::ChartDialog</name>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Incidents per year by category</source>
        <translation>Händelser per år och kategori</translation>
    </message>
    <message>
        <source>Change from the year before</source>
        <translation>Förändring från året före</translation>
    </message>
    <message>
        <source>Incidents by hour and weekday</source>
        <translation>Händelser per timme och veckodag</translation>
    </message>
    <message>
        <source>Survey: share feeling unsafe</source>
        <translation>Trygghetsmätning: andel som känner sig otrygga</translation>
    </message>
    <message>
        <source>Safety-walk follow-up</source>
        <translation>Uppföljning av trygghetsvandringar</translation>
    </message>
    <message>
        <source>Public version: suppress counts under</source>
        <translation>Offentlig version: dölj antal under</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-bild (*.png);;SVG-teckning (*.svg);;PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>lb::app::ReportDialog</name>
    <message>
        <source>Whole municipality</source>
        <translation>Hela kommunen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF-dokument (*.pdf);;OpenDocument-text (*.odt)</translation>
    </message>
    <message numerus="yes">
        <source>%n values and rows suppressed</source>
        <translation>
            <numerusform>%n värde eller rad dold</numerusform>
            <numerusform>%n värden och rader dolda</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Rapporten byggs…</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Sidorna ställs upp</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>lb::app::HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>Användarhandledning</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Nyheter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandledning</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Nyheter</translation>
    </message>
</context>
<context>
    <name>lb::app::NewStoreDialog</name>
    <message>
        <source>C&amp;reate store</source>
        <translation>Skapa &amp;datalager</translation>
    </message>
    <message>
        <source>%1 (%2), %3 residents</source>
        <translation>%1 (%2), %3 invånare</translation>
    </message>
    <message>
        <source>Save the new store as</source>
        <translation>Spara det nya datalagret som</translation>
    </message>
    <message>
        <source>Lägesbild store (*.gpkg)</source>
        <translation>Lägesbild-datalager (*.gpkg)</translation>
    </message>
    <message>
        <source>Choose an OpenStreetMap extract</source>
        <translation>Välj ett utdrag ur OpenStreetMap</translation>
    </message>
    <message>
        <source>OpenStreetMap (*.osm.pbf *.pbf *.osm)</source>
        <translation>OpenStreetMap-filer (*.osm.pbf *.pbf *.osm)</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) imported; %1 rejected, with their reasons in File › Import batches.</source>
        <translation>
            <numerusform>%n område importerat; %1 avvisade, med skälen i Arkiv › Importomgångar.</numerusform>
            <numerusform>%n områden importerade; %1 avvisade, med skälen i Arkiv › Importomgångar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the districts</source>
        <translation>Välj områdena</translation>
    </message>
    <message>
        <source>Choose the municipality&apos;s boundary</source>
        <translation>Välj kommunens gräns</translation>
    </message>
    <message>
        <source>GIS vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite);;All files (*)</source>
        <translation>GIS-vektorfiler (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The store %1 was made, but no districts were imported: %2</source>
        <translation>Datalagret %1 skapades, men inga områden importerades: %2</translation>
    </message>
    <message>
        <source>every feature was rejected; see File › Import batches.</source>
        <translation>alla objekt avvisades; se Arkiv › Importomgångar.</translation>
    </message>
</context>
<context>
    <name>lb::app::PrintDialog</name>
    <message>
        <source>Export the page</source>
        <translation>Exportera sidan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation>Layoutens namn:</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-bild (*.png);;SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>Print map</source>
        <translation>Skriv ut karta</translation>
    </message>
    <message>
        <source>Remove print layout</source>
        <translation>Ta bort utskriftslayout</translation>
    </message>
    <message>
        <source>Save print layout</source>
        <translation>Spara utskriftslayout</translation>
    </message>
</context>
<context>
    <name>lb::app::LayerStyleMenu</name>
    <message>
        <source>Draw incidents as</source>
        <translation>Rita händelser som</translation>
    </message>
    <message>
        <source>Survey answers per district</source>
        <translation>Enkätsvar per område</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
