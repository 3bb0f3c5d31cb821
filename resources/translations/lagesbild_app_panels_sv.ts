<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
    <name>lb::app::AnalysisPanel</name>
    <message>
            <source> m</source>
            <translation> m</translation>
        </message>
    <message>
            <source> per km²</source>
            <translation> per km²</translation>
        </message>
    <message numerus="yes">
            <source>%n incident(s) spread over a radius of %1 m (%2 kernel) on %3 m cells.</source>
            <translation>
                <numerusform>%Ln händelse utspridd över en radie på %1 m (kärna: %2) på celler om %3 m.</numerusform>
                <numerusform>%Ln händelser utspridda över en radie på %1 m (kärna: %2) på celler om %3 m.</numerusform>
            </translation>
        </message>
    <message>
            <source>Analysis</source>
            <translation>Analys</translation>
        </message>
    <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    <message>
            <source>Canceled.</source>
            <translation>Avbrutet.</translation>
        </message>
    <message>
            <source>Canceling…</source>
            <translation>Avbryter…</translation>
        </message>
    <message>
            <source>Categories:</source>
            <translation>Kategorier:</translation>
        </message>
    <message>
            <source>Cell size:</source>
            <translation>Cellstorlek:</translation>
        </message>
    <message>
            <source>Cold spot, 90 % confidence</source>
            <translation>Kallt område, 90 % konfidens</translation>
        </message>
    <message>
            <source>Cold spot, 95 % confidence</source>
            <translation>Kallt område, 95 % konfidens</translation>
        </message>
    <message>
            <source>Cold spot, 99 % confidence</source>
            <translation>Kallt område, 99 % konfidens</translation>
        </message>
    <message>
            <source>Count</source>
            <translation>Räkna</translation>
        </message>
    <message>
            <source>District:</source>
            <translation>Stadsdel:</translation>
        </message>
    <message>
            <source>Draw the heat map</source>
            <translation>Rita värmekartan</translation>
        </message>
    <message>
            <source>Epanechnikov</source>
            <translation>Epanechnikov</translation>
        </message>
    <message>
            <source>Find hot spots</source>
            <translation>Hitta heta områden</translation>
        </message>
    <message>
            <source>Finds places with significantly more (hot) or fewer (cold) incidents than the municipality as a whole would make likely (Getis-Ord Gi*). The cell size and the neighbourhood are chosen from the data; what was chosen is explained below.</source>
            <translation>Hittar platser med signifikant fler (heta) eller färre (kalla) händelser än vad kommunen som helhet gör sannolikt (Getis-Ord Gi*). Cellstorlek och grannskap väljs utifrån data; vad som valdes förklaras nedan.</translation>
        </message>
    <message>
            <source>Gaussian</source>
            <translation>Gaussisk</translation>
        </message>
    <message>
            <source>Heat map</source>
            <translation>Värmekarta</translation>
        </message>
    <message>
            <source>Heat map, %1</source>
            <translation>Värmekarta, %1</translation>
        </message>
    <message>
            <source>Hot spot, 90 % confidence</source>
            <translation>Hett område, 90 % konfidens</translation>
        </message>
    <message>
            <source>Hot spot, 95 % confidence</source>
            <translation>Hett område, 95 % konfidens</translation>
        </message>
    <message>
            <source>Hot spot, 99 % confidence</source>
            <translation>Hett område, 99 % konfidens</translation>
        </message>
    <message>
            <source>Hot spots</source>
            <translation>Heta områden</translation>
        </message>
    <message>
            <source>Hot spots (Gi*), %1</source>
            <translation>Heta områden (Gi*), %1</translation>
        </message>
    <message>
            <source>Incidents</source>
            <translation>Händelser</translation>
        </message>
    <message>
            <source>Kernel:</source>
            <translation>Kärna:</translation>
        </message>
    <message>
            <source>Map one period, then another: both use the municipality's grid and the colour scale below, so their colours can be compared.</source>
            <translation>Kartlägg en period och sedan en annan: båda använder kommunens rutnät och färgskalan nedan, så att färgerna går att jämföra.</translation>
        </message>
    <message>
            <source>No incidents match the filter.</source>
            <translation>Inga händelser matchar filtret.</translation>
        </message>
    <message>
            <source>Not significant</source>
            <translation>Inte signifikant</translation>
        </message>
    <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
    <message>
            <source>Quartic (as QGIS)</source>
            <translation>Kvartisk (som QGIS)</translation>
        </message>
    <message>
            <source>Radius:</source>
            <translation>Radie:</translation>
        </message>
    <message>
            <source>Same grid and colour scale for every period</source>
            <translation>Samma rutnät och färgskala för alla perioder</translation>
        </message>
    <message>
            <source>Scale top:</source>
            <translation>Skalans topp:</translation>
        </message>
    <message>
            <source>The colours are scaled to this map's own maximum: do not compare its colours with another period's map.</source>
            <translation>Färgerna är skalade efter kartans eget maximum: jämför inte färgerna med en annan periods karta.</translation>
        </message>
    <message>
            <source>The colours run from 0 to %1 %2 for every period mapped with this scale, so maps of different periods can be compared.</source>
            <translation>Färgerna går från 0 till %1 %2 för varje period som kartläggs med den här skalan, så att kartor för olika perioder kan jämföras.</translation>
        </message>
    <message>
            <source>The densest place has %1 %2.</source>
            <translation>Den tätaste platsen har %1 %2.</translation>
        </message>
    <message>
            <source>The store has no incidents yet.</source>
            <translation>Datalagret har inga händelser än.</translation>
        </message>
    <message>
            <source>The whole municipality</source>
            <translation>Hela kommunen</translation>
        </message>
    <message>
            <source>Tick the categories to analyse; none ticked means all.</source>
            <translation>Kryssa för de kategorier som ska analyseras; inga kryss betyder alla.</translation>
        </message>
    <message>
            <source>Trends</source>
            <translation>Trender</translation>
        </message>
    <message>
            <source>Triangular</source>
            <translation>Triangulär</translation>
        </message>
    <message>
            <source>Uniform (count per area)</source>
            <translation>Likformig (antal per yta)</translation>
        </message>
    <message>
            <source>Working…</source>
            <translation>Arbetar…</translation>
        </message>
    <message>
            <source>from the first map</source>
            <translation>från första kartan</translation>
        </message>
    <message numerus="yes">
        <source>%Ln incident(s) placed only at a district&apos;s or the municipality&apos;s centre left out: they would paint a false hot spot there.</source>
        <translation>
            <numerusform>%Ln händelse som bara är placerad i ett områdes eller kommunens mittpunkt är utelämnad: den skulle ge ett falskt hett område där.</numerusform>
            <numerusform>%Ln händelser som bara är placerade i ett områdes eller kommunens mittpunkt är utelämnade: de skulle ge ett falskt hett område där.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analyses use the map filter&apos;s dates and categories, not its time of day or location precision.</source>
        <translation>Analyserna använder kartfiltrets datum och kategorier, inte dess tid på dygnet eller platsnoggrannhet.</translation>
    </message>
    <message>
        <source>The analyses use the map filter&apos;s dates, categories, sources and a single district, not its time of day, location precision or several districts.</source>
        <translation>Analyserna använder kartfiltrets datum, kategorier, källor och ett enskilt område, inte dess tid på dygnet, lägesnoggrannhet eller flera områden.</translation>
    </message>
    <message>
        <source>Map one period, then another: both use the municipality&apos;s grid and the colour scale below, so their colours can be compared.</source>
        <translation>Kartlägg en period och sedan en annan: båda använder kommunens rutnät och färgskalan nedan, så att färgerna går att jämföra.</translation>
    </message>
    <message>
        <source>The colours are scaled to this map&apos;s own maximum: do not compare its colours with another period&apos;s map.</source>
        <translation>Färgerna är skalade efter kartans eget maximum: jämför inte färgerna med en annan periods karta.</translation>
    </message>
</context>
<context>
    <name>lb::app::AnalysisTrendsView</name>
    <message numerus="yes">
            <source>%1 %2:00–%2:59: %n incident(s)</source>
            <translation>
                <numerusform>%1 %2:00–%2:59: %Ln händelse</numerusform>
                <numerusform>%1 %2:00–%2:59: %Ln händelser</numerusform>
            </translation>
        </message>
    <message>
            <source>%1 (part)</source>
            <translation>%1 (del)</translation>
        </message>
    <message>
            <source>&lt;b&gt;Incidents per year and category&lt;/b&gt;</source>
            <translation>&lt;b&gt;Händelser per år och kategori&lt;/b&gt;</translation>
        </message>
    <message>
            <source>&lt;b&gt;When in the week&lt;/b&gt; (local time, incidents with a known clock time)</source>
            <translation>&lt;b&gt;När i veckan&lt;/b&gt; (lokal tid, händelser med känt klockslag)</translation>
        </message>
    <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
    <message>
            <source>Change</source>
            <translation>Förändring</translation>
        </message>
    <message>
            <source>Change: %1 against the year before; coloured where the change is larger than chance would explain (exact Poisson test, corrected for the number of categories). Hover for the explanation.</source>
            <translation>Förändring: %1 mot året innan; färgad där förändringen är större än slumpen kan förklara (exakt Poissontest, korrigerat för antalet kategorier). Håll muspekaren över för en förklaring.</translation>
        </message>
    <message numerus="yes">
            <source>Day %1 %, evening %2 %, night %3 % of %n incident(s) with a clock time.</source>
            <translation>
                <numerusform>Dag %1 %, kväll %2 %, natt %3 % av %Ln händelse med klockslag.</numerusform>
                <numerusform>Dag %1 %, kväll %2 %, natt %3 % av %Ln händelser med klockslag.</numerusform>
            </translation>
        </message>
    <message>
            <source>No two complete years to compare.</source>
            <translation>Det finns inte två hela år att jämföra.</translation>
        </message>
</context>
<context>
    <name>lb::app::ImportBatchesDialog</name>
    <message>
            <source>&amp;Rejected rows…</source>
            <translation>&amp;Avvisade rader…</translation>
        </message>
    <message>
            <source>&amp;Undo…</source>
            <translation>&amp;Ångra…</translation>
        </message>
    <message>
            <source>Added</source>
            <translation>Tillagda</translation>
        </message>
    <message>
            <source>Already there</source>
            <translation>Fanns redan</translation>
        </message>
    <message>
            <source>Every import into this store. Undoing one deletes the records it added.</source>
            <translation>Alla importer till det här datalagret. Att ångra en import tar bort posterna den lade till.</translation>
        </message>
    <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
    <message>
            <source>Import batches — %1</source>
            <translation>Importomgångar — %1</translation>
        </message>
    <message>
            <source>Imported</source>
            <translation>Importerad</translation>
        </message>
    <message>
            <source>Keep it</source>
            <translation>Behåll den</translation>
        </message>
    <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
    <message>
            <source>Mapping: %1</source>
            <translation>Mappning: %1</translation>
        </message>
    <message>
            <source>Nothing has been imported into this store yet.</source>
            <translation>Inget har importerats till det här datalagret än.</translation>
        </message>
    <message>
            <source>Read</source>
            <translation>Lästa</translation>
        </message>
    <message>
            <source>Reading the import history…</source>
            <translation>Läser importhistoriken…</translation>
        </message>
    <message>
            <source>Rejected</source>
            <translation>Avvisade</translation>
        </message>
    <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    <message>
            <source>The import history cannot be read: %1</source>
            <translation>Importhistoriken kan inte läsas: %1</translation>
        </message>
    <message>
            <source>Undo the import</source>
            <translation>Ångra importen</translation>
        </message>
    <message numerus="yes">
            <source>Undo the import of %1 from %2? This deletes the %n record(s) it added.</source>
            <translation>
                <numerusform>Ångra importen av %1 från %2? Det tar bort den %Ln post som den lade till.</numerusform>
                <numerusform>Ångra importen av %1 från %2? Det tar bort de %Ln poster som den lade till.</numerusform>
            </translation>
        </message>
    <message>
            <source>Undoing the import…</source>
            <translation>Ångrar importen…</translation>
        </message>
    <message>
            <source>Undone %1</source>
            <translation>Ångrad %1</translation>
        </message>
    <message>
        <source>Identical in file</source>
        <translation>Identiska i filen</translation>
    </message>
    <message>
        <source>Rows with the same reference id as an earlier row of the same file, not added again</source>
        <translation>Rader med samma ärendenummer som en tidigare rad i samma fil, lades inte till igen</translation>
    </message>
    <message>
        <source>Rejected rows superseded by batch %1</source>
        <translation>Avvisade rader ersatta av omgång %1</translation>
    </message>
</context>
<context>
    <name>lb::app::ImportCategoryPage</name>
    <message numerus="yes">
            <source>%n distinct value(s) in %1 rows.</source>
            <translation>
                <numerusform>%Ln unikt värde på %1 rader.</numerusform>
                <numerusform>%Ln unika värden på %1 rader.</numerusform>
            </translation>
        </message>
    <message numerus="yes">
            <source>%n value(s) without a category; their %1 rows will be rejected.</source>
            <translation>
                <numerusform>%Ln värde saknar kategori; dess %1 rader kommer att avvisas.</numerusform>
                <numerusform>%Ln värden saknar kategori; deras %1 rader kommer att avvisas.</numerusform>
            </translation>
        </message>
    <message>
            <source>Becomes</source>
            <translation>Blir</translation>
        </message>
    <message>
            <source>Chosen</source>
            <translation>Vald</translation>
        </message>
    <message>
            <source>Counting the values…</source>
            <translation>Räknar värdena…</translation>
        </message>
    <message>
            <source>Each value of the column “%1” must become one of the kinds of finding.</source>
            <translation>Varje värde i kolumnen ”%1” måste bli en av iakttagelsetyperna.</translation>
        </message>
    <message>
            <source>Each value of the column “%1” must become one of the store's categories.</source>
            <translation>Varje värde i kolumnen ”%1” måste bli en av datalagrets kategorier.</translation>
        </message>
    <message>
            <source>Every value has a category.</source>
            <translation>Alla värden har en kategori.</translation>
        </message>
    <message>
            <source>Match the categories</source>
            <translation>Matcha kategorierna</translation>
        </message>
    <message>
            <source>Matched</source>
            <translation>Matchad</translation>
        </message>
    <message>
            <source>Rows</source>
            <translation>Rader</translation>
        </message>
    <message>
            <source>The values cannot be read: %1</source>
            <translation>Värdena kan inte läsas: %1</translation>
        </message>
    <message>
            <source>Unknown</source>
            <translation>Okänd</translation>
        </message>
    <message>
            <source>Value in the file</source>
            <translation>Värde i filen</translation>
        </message>
    <message>
            <source>Values that are a category's name or code match by themselves. Choose a category for the values marked in red, or leave them, and their rows are rejected and listed after the import.</source>
            <translation>Värden som är en kategoris namn eller kod matchas av sig själva. Välj en kategori för de rödmarkerade värdena, eller låt dem vara, så avvisas deras rader och listas efter importen.</translation>
        </message>
    <message>
            <source>— no category: reject these rows —</source>
            <translation>— ingen kategori: avvisa raderna —</translation>
        </message>
    <message>
        <source>Proposed: check</source>
        <translation>Förslag: kontrollera</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Ny kategori…</translation>
    </message>
    <message>
        <source>Add a category to the store&apos;s taxonomy, for values that fit none of them.</source>
        <translation>Lägg till en kategori i datalagrets kategorilista, för värden som inte passar någon av dem.</translation>
    </message>
    <message>
        <source>Each value of the column “%1” must become one of the store&apos;s categories.</source>
        <translation>Varje värde i kolumnen ”%1” måste bli en av datalagrets kategorier.</translation>
    </message>
    <message>
        <source>Values that are a category&apos;s name or code match by themselves. Choose a category for the values marked in red, or leave them, and their rows are rejected and listed after the import.</source>
        <translation>Värden som är en kategoris namn eller kod matchas av sig själva. Välj en kategori för de rödmarkerade värdena, eller låt dem vara, så avvisas deras rader och listas efter importen.</translation>
    </message>
</context>
<context>
    <name>lb::app::ImportFilePage</name>
    <message>
            <source>%1 geometry</source>
            <translation>geometri %1</translation>
        </message>
    <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%Ln kolumn</numerusform>
                <numerusform>%Ln kolumner</numerusform>
            </translation>
        </message>
    <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%Ln rad</numerusform>
                <numerusform>%Ln rader</numerusform>
            </translation>
        </message>
    <message>
            <source>&amp;Layer or sheet:</source>
            <translation>&amp;Lager eller blad:</translation>
        </message>
    <message>
            <source>A table (CSV, Excel, OpenDocument) or a GIS file (GeoJSON, GeoPackage, shapefile, KML, GPX, FlatGeobuf). Nothing is written until the last step.</source>
            <translation>En tabell (CSV, Excel, OpenDocument) eller en GIS-fil (GeoJSON, GeoPackage, shapefil, KML, GPX, FlatGeobuf). Inget skrivs förrän i sista steget.</translation>
        </message>
    <message>
            <source>Choose a file</source>
            <translation>Välj en fil</translation>
        </message>
    <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
    <message>
            <source>Column</source>
            <translation>Kolumn</translation>
        </message>
    <message>
            <source>File:</source>
            <translation>Fil:</translation>
        </message>
    <message>
            <source>First values</source>
            <translation>Första värdena</translation>
        </message>
    <message>
            <source>Import a data file</source>
            <translation>Importera en datafil</translation>
        </message>
    <message>
            <source>No file chosen</source>
            <translation>Ingen fil vald</translation>
        </message>
    <message>
            <source>Reading the file…</source>
            <translation>Läser filen…</translation>
        </message>
    <message>
            <source>The file holds</source>
            <translation>Filen innehåller</translation>
        </message>
    <message>
            <source>This file cannot be read: %1</source>
            <translation>Filen kan inte läsas: %1</translation>
        </message>
    <message>
            <source>coordinates in EPSG:%1</source>
            <translation>koordinater i EPSG:%1</translation>
        </message>
    <message>
            <source>coordinates look like EPSG:%1</source>
            <translation>koordinaterna ser ut som EPSG:%1</translation>
        </message>
    <message>
            <source>encoding %1</source>
            <translation>teckenkodning %1</translation>
        </message>
    <message>
        <source>recognised as %1</source>
        <translation>känns igen som %1</translation>
    </message>
</context>
<context>
    <name>lb::app::ImportMappingPage</name>
    <message>
            <source>Areas need a file with polygon geometry, such as a GeoPackage, shapefile or GeoJSON.</source>
            <translation>Områden kräver en fil med polygongeometri, till exempel GeoPackage, shapefil eller GeoJSON.</translation>
        </message>
    <message>
            <source>Automatic: guess from the values</source>
            <translation>Automatiskt: gissa utifrån värdena</translation>
        </message>
    <message>
            <source>Automatic: looks like %1</source>
            <translation>Automatiskt: ser ut som %1</translation>
        </message>
    <message>
            <source>Choose a column or a fixed value for: %1.</source>
            <translation>Välj en kolumn eller ett fast värde för: %1.</translation>
        </message>
    <message>
            <source>Choose both coordinate columns, or neither when the file has point geometry.</source>
            <translation>Välj båda koordinatkolumnerna, eller ingen av dem när filen har punktgeometri.</translation>
        </message>
    <message>
            <source>Choose which column holds each field. Fields marked * are required; a fixed value stands in for a column the file does not have.</source>
            <translation>Välj vilken kolumn som innehåller varje fält. Fält märkta * krävs; ett fast värde ersätter en kolumn som filen saknar.</translation>
        </message>
    <message>
            <source>Column</source>
            <translation>Kolumn</translation>
        </message>
    <message>
            <source>Coordinate system:</source>
            <translation>Koordinatsystem:</translation>
        </message>
    <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
    <message>
            <source>Fields</source>
            <translation>Fält</translation>
        </message>
    <message>
            <source>Fixed value</source>
            <translation>Fast värde</translation>
        </message>
    <message>
            <source>From the file: %1</source>
            <translation>Från filen: %1</translation>
        </message>
    <message>
            <source>In the file</source>
            <translation>I filen</translation>
        </message>
    <message>
            <source>Keep points outside the municipality</source>
            <translation>Behåll punkter utanför kommunen</translation>
        </message>
    <message>
            <source>Match the columns</source>
            <translation>Matcha kolumnerna</translation>
        </message>
    <message>
            <source>None — suggested from the column names</source>
            <translation>Ingen — förslag utifrån kolumnnamnen</translation>
        </message>
    <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
    <message>
            <source>Save mapping</source>
            <translation>Spara mappningen</translation>
        </message>
    <message>
            <source>Save this mapping as:</source>
            <translation>Spara mappningen som:</translation>
        </message>
    <message>
            <source>Saved as “%1”.</source>
            <translation>Sparad som ”%1”.</translation>
        </message>
    <message>
            <source>Saved mapping:</source>
            <translation>Sparad mappning:</translation>
        </message>
    <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
    <message>
            <source>The X column holds northings or latitudes</source>
            <translation>X-kolumnen innehåller nordkoordinater eller latituder</translation>
        </message>
    <message>
            <source>The file has no geometry: choose the columns that hold the coordinates.</source>
            <translation>Filen saknar geometri: välj kolumnerna som innehåller koordinaterna.</translation>
        </message>
    <message>
            <source>This file lacks the profile's columns %1.</source>
            <translation>Filen saknar profilens kolumner %1.</translation>
        </message>
    <message>
            <source>X (east or longitude):</source>
            <translation>X (öst eller longitud):</translation>
        </message>
    <message>
            <source>Y (north or latitude):</source>
            <translation>Y (nord eller latitud):</translation>
        </message>
    <message>
            <source>e.g. Police monthly export</source>
            <translation>t.ex. Polisens månadsexport</translation>
        </message>
    <message>
            <source>none</source>
            <translation>inget</translation>
        </message>
    <message>
            <source>— not in the file —</source>
            <translation>— finns inte i filen —</translation>
        </message>
    <message numerus="yes">
            <source>Repair the %n invalid polygon(s) found in the first rows (rings that cross themselves or are not closed); without repair they are rejected.</source>
            <translation>
                <numerusform>Reparera den %Ln ogiltiga polygonen bland de första raderna (en ring som korsar sig själv eller inte är sluten); utan reparation avvisas den.</numerusform>
                <numerusform>Reparera de %Ln ogiltiga polygonerna bland de första raderna (ringar som korsar sig själva eller inte är slutna); utan reparation avvisas de.</numerusform>
            </translation>
        </message>
    <message>
        <source>Built in: %1</source>
        <translation>Inbyggd: %1</translation>
    </message>
    <message>
        <source>Recognised: the file has the columns of this source. Change any field below or choose another mapping.</source>
        <translation>Känns igen: filen har den här källans kolumner. Ändra vilket fält du vill nedan eller välj en annan mappning.</translation>
    </message>
    <message>
        <source>A built-in mapping; check that the file is from this source.</source>
        <translation>En inbyggd mappning; kontrollera att filen kommer från den här källan.</translation>
    </message>
    <message>
        <source>This file lacks the profile&apos;s columns %1.</source>
        <translation>Filen saknar profilens kolumner %1.</translation>
    </message>
</context>
<context>
    <name>lb::app::ImportPreviewPage</name>
    <message numerus="yes">
            <source>%n already in the store</source>
            <translation>
                <numerusform>%Ln finns redan i datalagret</numerusform>
                <numerusform>%Ln finns redan i datalagret</numerusform>
            </translation>
        </message>
    <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%Ln avvisas</numerusform>
                <numerusform>%Ln avvisas</numerusform>
            </translation>
        </message>
    <message numerus="yes">
            <source>%n will be imported</source>
            <translation>
                <numerusform>%Ln importeras</numerusform>
                <numerusform>%Ln importeras</numerusform>
            </translation>
        </message>
    <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
    <message>
            <source>Already in the store</source>
            <translation>Finns redan i datalagret</translation>
        </message>
    <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
    <message>
            <source>Check the first rows</source>
            <translation>Kontrollera de första raderna</translation>
        </message>
    <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
    <message>
            <source>Coordinates: %1</source>
            <translation>Koordinater: %1</translation>
        </message>
    <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    <message>
            <source>Imported</source>
            <translation>Importerad</translation>
        </message>
    <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
    <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
    <message>
            <source>Location precision</source>
            <translation>Lägesnoggrannhet</translation>
        </message>
    <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
    <message numerus="yes">
            <source>Of the first %n row(s): </source>
            <translation>
                <numerusform>Av den första %Ln raden: </numerusform>
                <numerusform>Av de första %Ln raderna: </numerusform>
            </translation>
        </message>
    <message>
            <source>Only rejected rows</source>
            <translation>Bara avvisade rader</translation>
        </message>
    <message>
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
    <message>
            <source>Position (E N)</source>
            <translation>Position (E N)</translation>
        </message>
    <message>
            <source>Rating</source>
            <translation>Betyg</translation>
        </message>
    <message>
            <source>Reading the first rows…</source>
            <translation>Läser de första raderna…</translation>
        </message>
    <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
    <message>
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
    <message>
            <source>Rejected: %1</source>
            <translation>Avvisad: %1</translation>
        </message>
    <message>
            <source>Respondents</source>
            <translation>Svarande</translation>
        </message>
    <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
    <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
    <message>
            <source>Row</source>
            <translation>Rad</translation>
        </message>
    <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
    <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
    <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    <message>
            <source>The file cannot be imported with this mapping: %1</source>
            <translation>Filen kan inte importeras med den här mappningen: %1</translation>
        </message>
    <message>
            <source>This is how the first rows will be stored, and which would be rejected and why. Go back to change the mapping; press Import to import the whole file.</source>
            <translation>Så här kommer de första raderna att lagras, och vilka som skulle avvisas och varför. Gå tillbaka för att ändra mappningen; tryck på Importera för att importera hela filen.</translation>
        </message>
    <message>
            <source>Time of day</source>
            <translation>Tid på dygnet</translation>
        </message>
    <message>
            <source>Time precision</source>
            <translation>Tidsnoggrannhet</translation>
        </message>
    <message>
            <source>Personal data</source>
            <translation>Personuppgifter</translation>
        </message>
    <message>
            <source>Replace them with markers such as [personnummer] (recommended)</source>
            <translation>Ersätt dem med markörer som [personnummer] (rekommenderas)</translation>
        </message>
    <message>
            <source>Keep them as they are in the file</source>
            <translation>Behåll dem som de är i filen</translation>
        </message>
    <message>
            <source>The file holds personal data (values masked):</source>
            <translation>Filen innehåller personuppgifter (värdena maskerade):</translation>
        </message>
    <message>
            <source>Columns that are not imported are not copied into the store, not even for rejected rows.</source>
            <translation>Kolumner som inte importeras kopieras inte in i datalagret, inte ens för avvisade rader.</translation>
        </message>
    <message>
            <source>What should be done with it in the columns that are imported?</source>
            <translation>Vad ska göras med dem i de kolumner som importeras?</translation>
        </message>
    <message numerus="yes">
        <source>%n identical to an earlier row of the file</source>
        <translation>
            <numerusform>%Ln identisk med en tidigare rad i filen</numerusform>
            <numerusform>%Ln identiska med en tidigare rad i filen</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical to an earlier row</source>
        <translation>Identisk med en tidigare rad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
</context>
<context>
    <name>lb::app::ImportRejectsDialog</name>
    <message numerus="yes">
            <source>%n rejected row(s). Hover over a reason for the details.</source>
            <translation>
                <numerusform>%Ln avvisad rad. Håll muspekaren över en orsak för detaljer.</numerusform>
                <numerusform>%Ln avvisade rader. Håll muspekaren över en orsak för detaljer.</numerusform>
            </translation>
        </message>
    <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
    <message>
            <source>Cannot write %1: %2</source>
            <translation>Kan inte skriva %1: %2</translation>
        </message>
    <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
    <message>
            <source>Export as CSV…</source>
            <translation>Exportera som CSV…</translation>
        </message>
    <message>
            <source>Export the rejected rows</source>
            <translation>Exportera de avvisade raderna</translation>
        </message>
    <message numerus="yes">
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Exporterade %Ln rad till %1.</numerusform>
                <numerusform>Exporterade %Ln rader till %1.</numerusform>
            </translation>
        </message>
    <message>
            <source>Reading the rejected rows…</source>
            <translation>Läser de avvisade raderna…</translation>
        </message>
    <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
    <message>
            <source>Rejected rows of import %1</source>
            <translation>Avvisade rader i import %1</translation>
        </message>
    <message>
            <source>Row</source>
            <translation>Rad</translation>
        </message>
    <message>
            <source>The rejected rows cannot be read: %1</source>
            <translation>De avvisade raderna kan inte läsas: %1</translation>
        </message>
    <message>
            <source>details</source>
            <translation>detaljer</translation>
        </message>
    <message>
            <source>reason</source>
            <translation>orsak</translation>
        </message>
    <message>
            <source>reason_code</source>
            <translation>orsakskod</translation>
        </message>
    <message>
            <source>rejected-rows-import-%1.csv</source>
            <translation>avvisade-rader-import-%1.csv</translation>
        </message>
    <message>
            <source>row</source>
            <translation>rad</translation>
        </message>
</context>
<context>
    <name>lb::app::ImportRunPage</name>
    <message>
        <source>Back to the settings</source>
        <translation>Tillbaka till inställningarna</translation>
    </message>
    <message>
        <source>Change the file&apos;s settings or mapping and run the import again.</source>
        <translation>Ändra filens inställningar eller mappning och kör importen igen.</translation>
    </message>
    <message>
            <source>%1 rows in %2 s, %3 rows per second. Import batch %4; it can be undone under File › Import batches.</source>
            <translation>%1 rader på %2 s, %3 rader per sekund. Import nr %4; den kan ångras under Arkiv › Importer.</translation>
        </message>
    <message>
            <source>Already in the store</source>
            <translation>Finns redan i datalagret</translation>
        </message>
    <message>
            <source>Cancel the import</source>
            <translation>Avbryt importen</translation>
        </message>
    <message>
            <source>Canceling…</source>
            <translation>Avbryter…</translation>
        </message>
    <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
    <message>
            <source>Imported</source>
            <translation>Importerad</translation>
        </message>
    <message numerus="yes">
            <source>Imported %n record(s) as %1.</source>
            <translation>
                <numerusform>Importerade %Ln post som %1.</numerusform>
                <numerusform>Importerade %Ln poster som %1.</numerusform>
            </translation>
        </message>
    <message>
            <source>Importing %1 into %2. You can cancel; nothing is written until the import has finished.</source>
            <translation>Importerar %1 till %2. Du kan avbryta; inget skrivs förrän importen är klar.</translation>
        </message>
    <message>
            <source>Rejected</source>
            <translation>Avvisade</translation>
        </message>
    <message>
            <source>Rows</source>
            <translation>Rader</translation>
        </message>
    <message>
            <source>Rows read</source>
            <translation>Lästa rader</translation>
        </message>
    <message>
            <source>Show the rejected rows…</source>
            <translation>Visa de avvisade raderna…</translation>
        </message>
    <message>
            <source>Starting…</source>
            <translation>Startar…</translation>
        </message>
    <message>
            <source>The import failed and nothing was written: %1</source>
            <translation>Importen misslyckades och inget skrevs: %1</translation>
        </message>
    <message>
            <source>The import was canceled. Nothing was written to the store.</source>
            <translation>Importen avbröts. Inget skrevs till datalagret.</translation>
        </message>
    <message>
            <source>Values without a category: %1. Map them in a saved mapping and import the file again; rows already imported are recognised and not added twice.</source>
            <translation>Värden utan kategori: %1. Mappa dem i en sparad mappning och importera filen igen; rader som redan importerats känns igen och läggs inte till två gånger.</translation>
        </message>
    <message>
            <source>Why rows were rejected</source>
            <translation>Varför rader avvisades</translation>
        </message>
    <message numerus="yes">
            <source>“%1” (%n row(s))</source>
            <translation>
                <numerusform>”%1” (%Ln rad)</numerusform>
                <numerusform>”%1” (%Ln rader)</numerusform>
            </translation>
        </message>
    <message numerus="yes">
            <source>Personal data: %n value(s) replaced with markers such as [personnummer].</source>
            <translation>
                <numerusform>Personuppgifter: %Ln värde ersattes med en markör som [personnummer].</numerusform>
                <numerusform>Personuppgifter: %Ln värden ersattes med markörer som [personnummer].</numerusform>
            </translation>
        </message>
    <message>
            <source>Personal data: kept as it was in the file, as chosen.</source>
            <translation>Personuppgifter: behölls som i filen, som valt.</translation>
        </message>
    <message numerus="yes">
            <source>%n invalid polygon(s) were repaired before they were imported.</source>
            <translation>
                <numerusform>%Ln ogiltig polygon reparerades innan den importerades.</numerusform>
                <numerusform>%Ln ogiltiga polygoner reparerades innan de importerades.</numerusform>
            </translation>
        </message>
    <message>
        <source>Identical rows in this file (same reference id, not added again)</source>
        <translation>Identiska rader i filen (samma ärendenummer, lades inte till igen)</translation>
    </message>
    <message>
        <source>%1 rows are identical to an earlier row but have no reference id; each is an incident of its own, as in police open data, where several crimes share one anonymised place and month.</source>
        <translation>%1 rader är identiska med en tidigare rad men saknar ärendenummer; var och en är en egen händelse, som i polisens öppna data, där flera brott delar samma anonymiserade plats och månad.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>The same file was imported with the same settings in import batch %1: its rows were recognised without reading them again.</source>
        <translation>Samma fil importerades med samma inställningar i importomgång %1: dess rader kändes igen utan att läsas igen.</translation>
    </message>
</context>
<context>
    <name>lb::app::ImportWizard</name>
    <message>
            <source>%1 holds no table or layer that can be imported.</source>
            <translation>%1 innehåller ingen tabell eller inget lager som kan importeras.</translation>
        </message>
    <message>
            <source>Areas (districts, neighbourhoods)</source>
            <translation>Områden (stadsdelar, bostadsområden)</translation>
        </message>
    <message>
            <source>Cannot read the store %1:
%2</source>
            <translation>Kan inte läsa datalagret %1:
%2</translation>
        </message>
    <message>
            <source>Data files (%1);;Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;GIS files (*.geojson *.json *.gpkg *.shp *.zip *.kml *.kmz *.gpx *.fgb);;All files (*)</source>
            <translation>Datafiler (%1);;Tabeller (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;GIS-filer (*.geojson *.json *.gpkg *.shp *.zip *.kml *.kmz *.gpx *.fgb);;Alla filer (*)</translation>
        </message>
    <message>
            <source>Import data</source>
            <translation>Importera data</translation>
        </message>
    <message>
            <source>Import data into %1</source>
            <translation>Importera data till %1</translation>
        </message>
    <message>
            <source>Incidents</source>
            <translation>Händelser</translation>
        </message>
    <message>
            <source>Safety-walk findings</source>
            <translation>Iakttagelser från trygghetsvandringar</translation>
        </message>
    <message>
            <source>Survey answers per area</source>
            <translation>Enkätsvar per område</translation>
        </message>
    <message>
            <source>Survey pins (places marked as unsafe)</source>
            <translation>Enkätmarkeringar (platser markerade som otrygga)</translation>
        </message>
    <message>
            <source>The file has no column %1.</source>
            <translation>Filen har ingen kolumn %1.</translation>
        </message>
    <message>
            <source>the columns to be imported hold personal data (%1). Go back and choose whether to replace it with markers or keep it.</source>
            <translation>kolumnerna som ska importeras innehåller personuppgifter (%1). Gå tillbaka och välj om de ska ersättas med markörer eller behållas.</translation>
        </message>
</context>
<context>
    <name>lb::app::MainWindow</name>
    <message>
            <source>Import data</source>
            <translation>Importera data</translation>
        </message>
    <message>
            <source>Open a store or create one first: imported records are added to the open store.</source>
            <translation>Öppna eller skapa ett datalager först: importerade poster läggs till i det öppna datalagret.</translation>
        </message>
    <message>
        <source>Fetch police events</source>
        <translation>Hämta polisens händelser</translation>
    </message>
    <message>
        <source>Download the police&apos;s current events for the store %1 from %2 and import the new ones?

This connects to the internet. Events the store already has are not added again.</source>
        <translation>Hämta polisens aktuella händelser för datalagret %1 från %2 och importera de nya?

Det här ansluter till internet. Händelser som datalagret redan har läggs inte till igen.</translation>
    </message>
    <message>
        <source>Fetching police events…</source>
        <translation>Hämtar polisens händelser…</translation>
    </message>
    <message>
        <source>Fetch &amp;police events…</source>
        <translation>Hämta &amp;polisens händelser…</translation>
    </message>
    <message>
        <source>The police list no current events for this place (%1).</source>
        <translation>Polisen har inga aktuella händelser för den här platsen (%1).</translation>
    </message>
    <message>
        <source>%1 new events imported, %2 already in the store, %3 rejected (see Import batches).
The police&apos;s answer is saved as %4.</source>
        <translation>%1 nya händelser importerade, %2 redan i datalagret, %3 avvisade (se Importomgångar).
Polisens svar är sparat som %4.</translation>
    </message>
    <message>
        <source>Open &amp;shared store…</source>
        <translation>Öppna &amp;delat datalager…</translation>
    </message>
    <message>
        <source>Open a shared store</source>
        <translation>Öppna ett delat datalager</translation>
    </message>
    <message>
        <source>Changes by other users will not show until the store is opened again: %1</source>
        <translation>Andra användares ändringar syns inte förrän datalagret öppnas igen: %1</translation>
    </message>
    <message>
        <source>%1 imported incidents (batch %2)</source>
        <translation>%1 importerade händelser (importomgång %2)</translation>
    </message>
    <message>
        <source>%1 undid the import of batch %2</source>
        <translation>%1 ångrade importomgång %2</translation>
    </message>
    <message>
        <source>%1 edited finding %2</source>
        <translation>%1 ändrade iakttagelse %2</translation>
    </message>
    <message>
        <source>%1 edited intervention %2</source>
        <translation>%1 ändrade insats %2</translation>
    </message>
    <message>
        <source>%1 edited walk %2</source>
        <translation>%1 ändrade trygghetsvandring %2</translation>
    </message>
    <message>
        <source>%1 edited area %2</source>
        <translation>%1 ändrade område %2</translation>
    </message>
    <message>
        <source>%1 changed %2 %3</source>
        <translation>%1 ändrade %2 %3</translation>
    </message>
    <message numerus="yes">
        <source> and %n more change(s)</source>
        <translation>
            <numerusform> och %n ändring till</numerusform>
            <numerusform> och %n ändringar till</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. The map has been updated.</source>
        <translation>%1. Kartan har uppdaterats.</translation>
    </message>
</context>
<context>
    <name>lb::app::InterventionPanel</name>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Evaluate the selected intervention</source>
        <translation>Utvärdera den valda insatsen</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Width of the buffer zone where displacement is looked for; 0: none.</source>
        <translation>Bredden på buffertzonen där förflyttning söks; 0: ingen.</translation>
    </message>
    <message>
        <source>Months before the start, compared with as many after it.</source>
        <translation>Månader före starten, jämförda med lika många efter.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Utvärdera</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Jämförelseområde</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>Buffertzon</translation>
    </message>
    <message>
        <source>Months each side</source>
        <translation>Månader på var sida</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Lägg till en insats</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>A point with a radius</source>
        <translation>En punkt med radie</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Pick on the map</source>
        <translation>Välj på kartan</translation>
    </message>
    <message>
        <source>Then click the place on the map.</source>
        <translation>Klicka sedan på platsen på kartan.</translation>
    </message>
    <message>
        <source>No point yet</source>
        <translation>Ingen punkt än</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Save intervention</source>
        <translation>Spara insatsen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radie</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Proposed automatically</source>
        <translation>Föreslås automatiskt</translation>
    </message>
    <message>
        <source>Pick the place on the map first.</source>
        <translation>Välj först platsen på kartan.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Utvärderar…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Load the selected intervention into the form below to change it.</source>
        <translation>Hämta den valda insatsen till formuläret nedan för att ändra den.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove intervention</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Avbryt ändringen</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Spara ändringen</translation>
    </message>
    <message>
        <source>Remove “%1” with its districts and links? The edit log keeps its fields.</source>
        <translation>Ta bort ”%1” med dess områden och länkar? Ändringsloggen behåller dess fält.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Tog bort ”%1”.</translation>
    </message>
    <message>
        <source>Draw a route</source>
        <translation>Rita en sträcka</translation>
    </message>
    <message>
        <source>Draw an area</source>
        <translation>Rita en yta</translation>
    </message>
    <message>
        <source>Draw on the map</source>
        <translation>Rita på kartan</translation>
    </message>
    <message>
        <source>Then click the points on the map; double-click or Enter finishes.</source>
        <translation>Klicka sedan på punkterna på kartan; dubbelklick eller Enter avslutar.</translation>
    </message>
    <message>
        <source>No route drawn yet</source>
        <translation>Ingen sträcka ritad än</translation>
    </message>
    <message>
        <source>Route: %1 points, %2 m</source>
        <translation>Sträcka: %1 punkter, %2 m</translation>
    </message>
    <message>
        <source>No area drawn yet</source>
        <translation>Ingen yta ritad än</translation>
    </message>
    <message>
        <source>Area: %1 corners, %2 ha</source>
        <translation>Yta: %1 hörn, %2 ha</translation>
    </message>
    <message>
        <source>Draw the route on the map first.</source>
        <translation>Rita först sträckan på kartan.</translation>
    </message>
    <message>
        <source>Draw the area on the map first.</source>
        <translation>Rita först ytan på kartan.</translation>
    </message>
    <message>
        <source>Area: %1 corners, %2 km²</source>
        <translation>Yta: %1 hörn, %2 km²</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>pågår fortfarande</translation>
    </message>
    <message>
        <source>%L1 kr</source>
        <translation>%L1 kr</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>The intervention was changed by someone else</source>
        <translation>Insatsen har ändrats av någon annan</translation>
    </message>
    <message>
        <source>%1 saved “%2” at %3, after you opened it. Your changes have not been saved. Compare them with what is in the store now:</source>
        <translation>%1 sparade ”%2” %3, efter att du öppnade den. Dina ändringar har inte sparats. Jämför dem med det som finns i datalagret nu:</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>The place of an intervention cannot yet be changed on a shared store; its name, kind, dates, organisation, cost and description can.</source>
        <translation>Platsen för en insats kan ännu inte ändras i ett delat datalager; namn, typ, datum, organisation, kostnad och beskrivning kan det.</translation>
    </message>
    <message>
        <source>Saved “%1” in the shared store.</source>
        <translation>Sparade ”%1” i det delade datalagret.</translation>
    </message>
    <message>
        <source>Your changes were dropped; the list shows the other change.</source>
        <translation>Dina ändringar släpptes; listan visar den andra ändringen.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the intervention meanwhile. Your changes are still in the form.</source>
        <translation>Inte sparad: någon annan ändrade insatsen under tiden. Dina ändringar finns kvar i formuläret.</translation>
    </message>
</context>
<context>
    <name>FilterPanelForm</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hela dygnet</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Centre of a district</source>
        <translation>Mitten av ett område</translation>
    </message>
    <message>
        <source>Centre of the municipality</source>
        <translation>Mitten av kommunen</translation>
    </message>
    <message>
        <source>Day 06–18</source>
        <translation>Dag 06–18</translation>
    </message>
    <message>
        <source>Evening 18–22</source>
        <translation>Kväll 18–22</translation>
    </message>
    <message>
        <source>Exact position</source>
        <translation>Exakt position</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>Platsens noggrannhet</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Moves the time span through the store&apos;s incidents, one step at a time</source>
        <translation>Flyttar tidsperioden genom datalagrets händelser, ett steg i taget</translation>
    </message>
    <message>
        <source>Night 22–06</source>
        <translation>Natt 22–06</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Ett steg bakåt</translation>
    </message>
    <message>
        <source>One step forward</source>
        <translation>Ett steg framåt</translation>
    </message>
    <message>
        <source>Play: step through the time span</source>
        <translation>Spela upp: stega genom tidsperioden</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <source>Street or address</source>
        <translation>Gata eller adress</translation>
    </message>
    <message>
        <source>Time of day (local time)</source>
        <translation>Tid på dygnet (lokal tid)</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Tidsperiod</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Centre of the county</source>
        <translation>Mitten av länet</translation>
    </message>
    <message>
        <source>Districts, sources and survey rounds</source>
        <translation>Områden, källor och mätningar</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Survey rounds</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <source>Click the districts to show; none chosen shows all of them</source>
        <translation>Klicka på områdena som ska visas; väljs inget visas alla</translation>
    </message>
    <message>
        <source>Click the reporting organisations to show; none chosen shows all of them</source>
        <translation>Klicka på de rapporterande organisationerna som ska visas; väljs ingen visas alla</translation>
    </message>
    <message>
        <source>Click the survey rounds whose pins to show; none chosen shows all of them</source>
        <translation>Klicka på mätningarna vars enkätmarkeringar ska visas; väljs ingen visas alla</translation>
    </message>
    <message>
        <source>Walk findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Åtgärdad</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Bara försenade</translation>
    </message>
    <message>
        <source>Only findings still open or in progress whose due date has passed today; without a due date, 90 days after the walk</source>
        <translation>Bara iakttagelser som fortfarande är öppna eller pågår och vars sista dag har passerat i dag; utan sista dag 90 dagar efter vandringen</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Vandringar</translation>
    </message>
    <message>
        <source>Click the kinds of finding to show; none chosen shows all of them</source>
        <translation>Klicka på de slag av iakttagelser som ska visas; inget valt visar alla</translation>
    </message>
    <message>
        <source>Click the walks whose routes and findings to show; none chosen shows all of them</source>
        <translation>Klicka på de vandringar vars vägar och iakttagelser ska visas; ingen vald visar alla</translation>
    </message>
</context>
<context>
    <name>lb::app::FilterPanel</name>
    <message>
        <source>Everything is shown.</source>
        <translation>Allt visas.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>iakttagelser: %1</translation>
    </message>
</context>
<context>
    <name>FeaturePanelForm</name>
    <message>
        <source>Click the map to see what lies there.</source>
        <translation>Klicka på kartan för att se vad som finns där.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>lb::app::FeaturePanel</name>
    <message>
        <source>Identify</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>Click the map to see what lies there.</source>
        <translation>Klicka på kartan för att se vad som finns där.</translation>
    </message>
    <message>
        <source>exact position</source>
        <translation>exakt position</translation>
    </message>
    <message>
        <source>street or address</source>
        <translation>gata eller adress</translation>
    </message>
    <message>
        <source>placed at the centre of a district</source>
        <translation>placerad i mitten av ett område</translation>
    </message>
    <message>
        <source>placed at the centre of the municipality</source>
        <translation>placerad i mitten av kommunen</translation>
    </message>
    <message>
        <source>No incident shown on the map lies here.</source>
        <translation>Ingen händelse som visas på kartan finns här.</translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation>E %1, N %2</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) placed at this centre (%1); their real places are not known.</source>
        <translation>
            <numerusform>%n händelse placerad i denna mittpunkt (%1); den verkliga platsen är okänd.</numerusform>
            <numerusform>%n händelser placerade i denna mittpunkt (%1); de verkliga platserna är okända.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) at the same position (%1).</source>
        <translation>
            <numerusform>%n händelse på samma position (%1).</numerusform>
            <numerusform>%n händelser på samma position (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>One incident (%1).</source>
        <translation>En händelse (%1).</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Tid (lokal)</translation>
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
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>Platsens noggrannhet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Importomgång</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>inmatad för hand</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>Id i datalagret</translation>
    </message>
    <message>
        <source>placed at the centre of the county</source>
        <translation>placerad i mitten av länet</translation>
    </message>
</context>
<context>
    <name>AttributeTableForm</name>
    <message>
        <source>Export all…</source>
        <translation>Exportera allt…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exportera urvalet…</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zooma till urvalet</translation>
    </message>
</context>
<context>
    <name>lb::app::AttributeTableWindow</name>
    <message>
        <source>%1 incidents on the map (%2).</source>
        <translation>%1 händelser på kartan (%2).</translation>
    </message>
    <message>
        <source>%1 incidents on the map.</source>
        <translation>%1 händelser på kartan.</translation>
    </message>
    <message>
        <source>%1 selected — %2</source>
        <translation>%1 valda — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Attribute table</source>
        <translation>&amp;Attributtabell</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV för Excel (*.csv);;Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export the selection</source>
        <translation>Exportera urvalet</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exportera tabellen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Incidents — attribute table</source>
        <translation>Händelser — attributtabell</translation>
    </message>
    <message>
        <source>Nothing selected. Select rows here or click the map.</source>
        <translation>Inget valt. Välj rader här eller klicka på kartan.</translation>
    </message>
    <message>
        <source>Survey pins — attribute table</source>
        <translation>Enkätmarkeringar – attributtabell</translation>
    </message>
    <message>
        <source>Walk findings — attribute table</source>
        <translation>Iakttagelser – attributtabell</translation>
    </message>
    <message>
        <source>Attribute table of survey &amp;pins</source>
        <translation>Attributtabell för &amp;enkätmarkeringar</translation>
    </message>
    <message>
        <source>Attribute table of walk &amp;findings</source>
        <translation>Attributtabell för &amp;iakttagelser</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Öppna attributtabell</translation>
    </message>
    <message>
        <source>%1 survey pins on the map.</source>
        <translation>%1 enkätmarkeringar på kartan.</translation>
    </message>
    <message>
        <source>%1 survey pins on the map (%2).</source>
        <translation>%1 enkätmarkeringar på kartan (%2).</translation>
    </message>
    <message>
        <source>%1 walk findings on the map.</source>
        <translation>%1 iakttagelser på kartan.</translation>
    </message>
    <message>
        <source>Survey pins</source>
        <translation>Enkätmarkeringar</translation>
    </message>
    <message>
        <source>Walk findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>%1 walk findings on the map (%2).</source>
        <translation>%1 iakttagelser på kartan (%2).</translation>
    </message>
</context>
<context>
    <name>lb::app::IncidentTableModel</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Importomgång</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Noggrannhet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Tid (lokal)</translation>
    </message>
    <message>
        <source>district centre</source>
        <translation>områdets mitt</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>municipality centre</source>
        <translation>kommunens mitt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>övrigt</translation>
    </message>
    <message>
        <source>street</source>
        <translation>gata</translation>
    </message>
    <message>
        <source>county centre</source>
        <translation>länets mitt</translation>
    </message>
</context>
<context>
    <name>BookmarksPanelForm</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Double-click a bookmark to show its extent</source>
        <translation>Dubbelklicka på ett bokmärke för att visa dess utsnitt</translation>
    </message>
    <message>
        <source>Name of the current view</source>
        <translation>Namn på den aktuella vyn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Zoom to district:</source>
        <translation>Zooma till område:</translation>
    </message>
</context>
<context>
    <name>lb::app::BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Bokmärken</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>The bookmarks could not be saved: %1</source>
        <translation>Bokmärkena kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>lb::app::NewCategoryDialog</name>
    <message>
        <source>New category</source>
        <translation>Ny kategori</translation>
    </message>
    <message>
        <source>e.g. antisocial</source>
        <translation>t.ex. antisocialt</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Swedish label:</source>
        <translation>Svensk etikett:</translation>
    </message>
    <message>
        <source>English label:</source>
        <translation>Engelsk etikett:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
</context>
<context>
    <name>PrintDialogForm</name>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Norrpil</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>På sidan</translation>
    </message>
    <message>
        <source>Overview map when zoomed in</source>
        <translation>Översiktskarta vid inzoomning</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Upplösning för PNG</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Public version: suppress counts under</source>
        <translation>Offentlig version: dölj antal under</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation>Sparade layouter</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Skalstock</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <source>The incidents, surveys and walks in the store</source>
        <translation>Händelserna, mätningarna och vandringarna i datalagret</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
</context>
<context>
    <name>FindingDialogForm</name>
    <message>
        <source>New finding</source>
        <translation>Ny iakttagelse</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>What is wrong here, e.g. a broken street light</source>
        <translation>Vad är fel här, t.ex. en trasig gatlykta</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>The organisation that is to fix it</source>
        <translation>Organisationen som ska åtgärda den</translation>
    </message>
    <message>
        <source>&amp;Walk:</source>
        <translation>&amp;Vandring:</translation>
    </message>
</context>
<context>
    <name>FindingPanelForm</name>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Lägg till &amp;foto…</translation>
    </message>
    <message>
        <source>Choose Edit › Select and move findings, then click a finding on the map.</source>
        <translation>Välj Redigera › Välj och flytta iakttagelser och klicka sedan på en iakttagelse på kartan.</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Åtgärdas &amp;senast:</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>Ta &amp;bort foto</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>S&amp;para ändringarna</translation>
    </message>
</context>
<context>
    <name>lb::app::FindingCommands</name>
    <message>
        <source>Add finding</source>
        <translation>tillägg av iakttagelse</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>borttagning av iakttagelse</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>ändring av iakttagelse</translation>
    </message>
    <message>
        <source>Move finding</source>
        <translation>flytt av iakttagelse</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>statusändring till %1</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>åtgärdad</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>Add photo %1</source>
        <translation>Lägg till fotot %1</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>Ta bort fotot %1</translation>
    </message>
</context>
<context>
    <name>lb::app::FindingDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>At E %1, N %2</source>
        <translation>Vid E %1, N %2</translation>
    </message>
    <message>
        <source>No walk</source>
        <translation>Ingen vandring</translation>
    </message>
</context>
<context>
    <name>lb::app::FindingMapTool</name>
    <message>
        <source>&amp;Add finding</source>
        <translation>Lägg till &amp;iakttagelse</translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Ta bort iakttagelse</translation>
    </message>
    <message>
        <source>&amp;Select and move findings</source>
        <translation>&amp;Välj och flytta iakttagelser</translation>
    </message>
    <message>
        <source>Click a finding to edit it; drag it to move it</source>
        <translation>Klicka på en iakttagelse för att ändra den; dra den för att flytta den</translation>
    </message>
    <message>
        <source>Click the map where the finding was made</source>
        <translation>Klicka på kartan där iakttagelsen gjordes</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Vald iakttagelse</translation>
    </message>
</context>
<context>
    <name>lb::app::SketchTool</name>
    <message>
        <source>Sketch</source>
        <translation>Skiss</translation>
    </message>
    <message>
        <source>A line needs at least two points.</source>
        <translation>En linje behöver minst två punkter.</translation>
    </message>
    <message>
        <source>A polygon needs at least three points.</source>
        <translation>En polygon behöver minst tre punkter.</translation>
    </message>
    <message>
        <source>Click or drag the second corner of the box.</source>
        <translation>Klicka eller dra till rutans andra hörn.</translation>
    </message>
    <message>
        <source>A box needs two different corners.</source>
        <translation>En ruta behöver två olika hörn.</translation>
    </message>
    <message>
        <source>Click the line&apos;s points; double-click or Enter finishes, Esc cancels.</source>
        <translation>Klicka på linjens punkter; dubbelklick eller Enter avslutar, Esc avbryter.</translation>
    </message>
    <message>
        <source>Click the polygon&apos;s corners; double-click or Enter finishes, Esc cancels.</source>
        <translation>Klicka på polygonens hörn; dubbelklick eller Enter avslutar, Esc avbryter.</translation>
    </message>
    <message>
        <source>Drag a box, or click two of its corners; Esc cancels.</source>
        <translation>Dra upp en ruta eller klicka på två av dess hörn; Esc avbryter.</translation>
    </message>
</context>
<context>
    <name>lb::app::SelectionPanel</name>
    <message>
        <source>&amp;Clear selection</source>
        <translation>&amp;Töm urvalet</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Zooma till urvalet</translation>
    </message>
    <message>
        <source>Drawn box</source>
        <translation>Ritad ruta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Click inside a district to select it.</source>
        <translation>Klicka inuti ett område för att välja det.</translation>
    </message>
    <message>
        <source>Click the polygon&apos;s corners on the map; double-click or Enter finishes</source>
        <translation>Klicka på polygonens hörn på kartan; dubbelklick eller Enter avslutar</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Området %1</translation>
    </message>
    <message>
        <source>Drag a box on the map, or click two of its corners</source>
        <translation>Dra upp en ruta på kartan eller klicka på två av dess hörn</translation>
    </message>
    <message>
        <source>Incidents of sensitive categories inside: %1 (counted, not shown one by one).</source>
        <translation>Händelser i känsliga kategorier inom urvalet: %1 (räknade, inte visade var för sig).</translation>
    </message>
    <message>
        <source>Incidents of sensitive categories inside: fewer than %1 (counted, not shown one by one).</source>
        <translation>Händelser i känsliga kategorier inom urvalet: färre än %1 (räknade, inte visade var för sig).</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Nothing selected. Use the Selection menu to select by box, polygon or district.</source>
        <translation>Inget valt. Välj med ruta, polygon eller område i menyn Urval.</translation>
    </message>
    <message>
        <source>Drawn polygon</source>
        <translation>Ritad polygon</translation>
    </message>
    <message>
        <source>Select &amp;district…</source>
        <translation>Välj &amp;område…</translation>
    </message>
    <message>
        <source>Select by &amp;box</source>
        <translation>Välj med &amp;ruta</translation>
    </message>
    <message>
        <source>Select by &amp;polygon</source>
        <translation>Välj med &amp;polygon</translation>
    </message>
    <message>
        <source>Select district</source>
        <translation>Välj område</translation>
    </message>
    <message>
        <source>Select the district &amp;under a click</source>
        <translation>Välj området &amp;där du klickar</translation>
    </message>
    <message>
        <source>Selected incidents: %1 (%2)</source>
        <translation>Valda händelser: %1 (%2)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>There is no district here.</source>
        <translation>Här finns inget område.</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zooma till urvalet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>övrigt</translation>
    </message>
</context>
<context>
    <name>lb::app::FindingPanel</name>
    <message>
        <source>%1, %2 kB, added %3</source>
        <translation>%1, %2 kB, tillagd %3</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finding %1&lt;/b&gt; at E %2, N %3</source>
        <translation>&lt;b&gt;Iakttagelse %1&lt;/b&gt; vid E %2, N %3</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Lägg till ett foto</translation>
    </message>
    <message>
        <source>Added the photo %1.</source>
        <translation>Fotot %1 är tillagt.</translation>
    </message>
    <message>
        <source>Choose Edit › Select and move findings, then click a finding on the map.</source>
        <translation>Välj Redigera › Välj och flytta iakttagelser och klicka sedan på en iakttagelse på kartan.</translation>
    </message>
    <message>
        <source>Edit finding %1</source>
        <translation>ändring av iakttagelse %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Fixed on %1</source>
        <translation>Åtgärdad %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
    <message>
        <source>Point %1 on the walk</source>
        <translation>Punkt %1 på vandringen</translation>
    </message>
    <message>
        <source>Saved. Edit › Undo takes it back.</source>
        <translation>Sparat. Redigera › Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <source>Status since %1</source>
        <translation>Status sedan %1</translation>
    </message>
    <message>
        <source>Walk: %1, %2</source>
        <translation>Vandring: %1, %2</translation>
    </message>
    <message>
        <source>The photo %1 is %2 MB; photos of at most %3 MB can be attached.</source>
        <translation>Fotot %1 är %2 MB; foton på högst %3 MB kan bifogas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Added the photo %1. Edit › Undo takes it back.</source>
        <translation>Fotot %1 är tillagt. Redigera › Ångra tar bort det igen.</translation>
    </message>
    <message>
        <source>Removed the photo %1. Edit › Undo puts it back.</source>
        <translation>Fotot %1 är borttaget. Redigera › Ångra lägger tillbaka det.</translation>
    </message>
    <message>
        <source>Saved in the shared store.</source>
        <translation>Sparad i det delade datalagret.</translation>
    </message>
    <message>
        <source>Your changes were dropped; the finding shows the other change.</source>
        <translation>Dina ändringar släpptes; iakttagelsen visar den andra ändringen.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the finding meanwhile. Your changes are still in the form.</source>
        <translation>Inte sparad: någon annan ändrade iakttagelsen under tiden. Dina ändringar finns kvar i formuläret.</translation>
    </message>
</context>
<context>
    <name>BaseMapDialogForm</name>
    <message>
        <source>Add a background map</source>
        <translation>Lägg till bakgrundskarta</translation>
    </message>
    <message>
        <source>A &amp;file on this computer: an orthophoto, a scanned map, MBTiles, GeoPackage, Shapefile, GeoJSON…</source>
        <translation>En &amp;fil på den här datorn: ett ortofoto, en skannad karta, MBTiles, GeoPackage, Shapefile, GeoJSON…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>A &amp;tile service on the internet (an XYZ address with {z}, {x} and {y})</source>
        <translation>En &amp;karttjänst på internet (en XYZ-adress med {z}, {x} och {y})</translation>
    </message>
    <message>
        <source>&amp;OpenStreetMap</source>
        <translation>&amp;OpenStreetMap-kartan</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Källhänvisning:</translation>
    </message>
    <message>
        <source>Name in the layer list:</source>
        <translation>Namn i lagerlistan:</translation>
    </message>
    <message>
        <source>Tiles are fetched from the internet when the map is drawn and kept in a cache on this computer, so the map also works offline where it has been shown before. Nothing else reaches the network.</source>
        <translation>Kartplattorna hämtas från internet när kartan ritas och sparas i en cache på den här datorn, så kartan fungerar även utan nätverk där den har visats förut. Inget annat går ut på nätverket.</translation>
    </message>
</context>
<context>
    <name>lb::app::BaseMapController</name>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <source>Add &amp;background map…</source>
        <translation>Lägg till &amp;bakgrundskarta…</translation>
    </message>
    <message>
        <source>Background map not shown: %1</source>
        <translation>Bakgrundskartan visas inte: %1</translation>
    </message>
    <message>
        <source>The background maps could not be saved: %1</source>
        <translation>Bakgrundskartorna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Öppna ett datalager först.</translation>
    </message>
    <message>
        <source>%1 is already a background map.</source>
        <translation>%1 är redan en bakgrundskarta.</translation>
    </message>
    <message>
        <source>Add a background map</source>
        <translation>Lägg till bakgrundskarta</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacitet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Remove background map</source>
        <translation>Ta bort bakgrundskartan</translation>
    </message>
    <message>
        <source>Opening background map %1…</source>
        <translation>Öppnar bakgrundskartan %1…</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Stil…</translation>
    </message>
    <message>
        <source>The background maps are kept for this session only: a shared store does not keep them yet.</source>
        <translation>Bakgrundskartorna finns bara kvar under den här sessionen: ett delat datalager sparar dem inte ännu.</translation>
    </message>
</context>
<context>
    <name>lb::app::BaseMapDialog</name>
    <message>
        <source>Choose a background map</source>
        <translation>Välj en bakgrundskarta</translation>
    </message>
    <message>
        <source>Maps (*.tif *.tiff *.jpg *.png *.jp2 *.ecw *.mbtiles *.gpkg *.shp *.geojson *.json *.kml *.osm *.pbf);;All files (*)</source>
        <translation>Kartor (*.tif *.tiff *.jpg *.png *.jp2 *.ecw *.mbtiles *.gpkg *.shp *.geojson *.json *.kml *.osm *.pbf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose a map file that exists.</source>
        <translation>Välj en kartfil som finns.</translation>
    </message>
    <message>
        <source>A tile address starts with https:// and contains {z}, {x} and {y}.</source>
        <translation>En kartplatteadress börjar med https:// och innehåller {z}, {x} och {y}.</translation>
    </message>
</context>
<context>
    <name>lb::report::BaseMaps</name>
    <message>
        <source>A vector background map has no image.</source>
        <translation>En vektorbakgrundskarta har ingen bild.</translation>
    </message>
</context>
<context>
    <name>WalkPanelForm</name>
    <message>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Open findings of earlier walks, unsafe places from the latest survey, incident clusters of the last 12 months and e-service reports along the route or in the district, in walking order</source>
        <translation>Öppna iakttagelser från tidigare vandringar, otrygga platser från den senaste trygghetsmätningen, händelsekluster från de senaste 12 månaderna och anmälningar i e-tjänsten längs sträckan eller i området, i gångordning</translation>
    </message>
    <message>
        <source>Print walk map…</source>
        <translation>Skriv ut vandringskarta…</translation>
    </message>
    <message>
        <source>Propose points</source>
        <translation>Föreslå punkter</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Spara planen</translation>
    </message>
    <message>
        <source>Walk:</source>
        <translation>Vandring:</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>högst</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>a street, a square, the tunnel under the railway</source>
        <translation>en gata, ett torg, tunneln under järnvägen</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Varför:</translation>
    </message>
    <message>
        <source>why the group should stop there</source>
        <translation>varför gruppen ska stanna där</translation>
    </message>
    <message>
        <source>Add point on the map</source>
        <translation>Lägg till punkt på kartan</translation>
    </message>
    <message>
        <source>Type why the point is on the list, press this button and click the map where it is; Esc gives up</source>
        <translation>Skriv varför punkten är med på listan, tryck på knappen och klicka på kartan där den ligger; Esc avbryter</translation>
    </message>
    <message>
        <source>Draw route on the map</source>
        <translation>Rita sträckan på kartan</translation>
    </message>
    <message>
        <source>Click the route&apos;s points on the map; a double click, Enter or a right click ends it, Esc gives up. The route is saved with the walk, and proposals then look within 150 m of it</source>
        <translation>Klicka på sträckans punkter på kartan; ett dubbelklick, Enter eller ett högerklick avslutar, Esc avbryter. Sträckan sparas med vandringen, och förslagen hämtas sedan inom 150 m från den</translation>
    </message>
</context>
<context>
    <name>lb::app::WalkPanel</name>
    <message>
        <source>%1 · %2 · participants: %3</source>
        <translation>%1 · %2 · deltagare: %3</translation>
    </message>
    <message>
        <source>Choose a walk first.</source>
        <translation>Välj en vandring först.</translation>
    </message>
    <message>
        <source>No plan saved yet: propose points.</source>
        <translation>Ingen plan sparad än: föreslå punkter.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image of the map page (*.png)</source>
        <translation>PDF (*.pdf);;PNG-bild av kartsidan (*.png)</translation>
    </message>
    <message>
        <source>Print walk map</source>
        <translation>Skriv ut vandringskarta</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n point(s) in walking order; drop or reorder them, then save the plan.</source>
        <translation>
            <numerusform>Föreslog %n punkt i gångordning; ta bort eller flytta, och spara sedan planen.</numerusform>
            <numerusform>Föreslog %n punkter i gångordning; ta bort eller flytta, och spara sedan planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Safety walks</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan: %n point(s).</source>
        <translation>
            <numerusform>Sparade planen: %n punkt.</numerusform>
            <numerusform>Sparade planen: %n punkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The saved plan: %n point(s).</source>
        <translation>
            <numerusform>Den sparade planen: %n punkt.</numerusform>
            <numerusform>Den sparade planen: %n punkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store has no safety walks yet; create one with lagesbild-cli walk create.</source>
        <translation>Datalagret har inga trygghetsvandringar än; skapa en med lagesbild-cli walk create.</translation>
    </message>
    <message>
        <source>The walk has no points to print: propose them first.</source>
        <translation>Vandringen har inga punkter att skriva ut: föreslå dem först.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n sida).</numerusform>
            <numerusform>Skrev %1 (%n sidor).</numerusform>
        </translation>
    </message>
    <message>
        <source>no district</source>
        <translation>inget område</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivna</translation>
    </message>
    <message>
        <source>Click the map where the point is; Esc gives up.</source>
        <translation>Klicka på kartan där punkten ligger; Esc avbryter.</translation>
    </message>
    <message>
        <source>Type why the point is on the list first.</source>
        <translation>Skriv först varför punkten är med på listan.</translation>
    </message>
    <message>
        <source>Added point %1; save the plan to keep it.</source>
        <translation>Punkt %1 är tillagd; spara planen för att behålla den.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>Click the route&apos;s points on the map; a double click, Enter or a right click ends it, Esc gives up.</source>
        <translation>Klicka på sträckans punkter på kartan; ett dubbelklick, Enter eller ett högerklick avslutar, Esc avbryter.</translation>
    </message>
    <message>
        <source>No route drawn.</source>
        <translation>Ingen sträcka ritades.</translation>
    </message>
    <message>
        <source>Saved the walk&apos;s route (%1 m); Propose points now looks within 150 m of it.</source>
        <translation>Vandringens sträcka är sparad (%1 m); Föreslå punkter letar nu inom 150 m från den.</translation>
    </message>
</context>
<context>
    <name>lb::app::MeasureTool</name>
    <message>
        <source>&amp;Measure distance and area</source>
        <translation>&amp;Mät avstånd och yta</translation>
    </message>
    <message>
        <source>Click points on the map to measure.</source>
        <translation>Klicka på punkter på kartan för att mäta.</translation>
    </message>
    <message>
        <source>Click points on the map; right-click or Esc ends the measurement</source>
        <translation>Klicka på punkter på kartan; högerklick eller Esc avslutar mätningen</translation>
    </message>
    <message>
        <source>Length %1 km</source>
        <translation>Längd %1 km</translation>
    </message>
    <message>
        <source>Length %1 m</source>
        <translation>Längd %1 m</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mätning</translation>
    </message>
    <message>
        <source>area %1 ha</source>
        <translation>yta %1 ha</translation>
    </message>
    <message>
        <source>area %1 km²</source>
        <translation>yta %1 km²</translation>
    </message>
</context>
<context>
    <name>lb::app::LayerStateController</name>
    <message>
        <source>Legend, title and north arrow on the map</source>
        <translation>Teckenförklaring, rubrik och norrpil på kartan</translation>
    </message>
    <message>
        <source>For a projector: the map shows its legend, the store&apos;s name with the filter, and a north arrow.</source>
        <translation>För projektorn: kartan visar sin teckenförklaring, datalagrets namn med filtret och en norrpil.</translation>
    </message>
    <message>
        <source>The layer order could not be saved: %1</source>
        <translation>Lagerordningen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacitet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Stil…</translation>
    </message>
</context>
<context>
    <name>lb::app::WalkPrintPreview</name>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Save walk map</source>
        <translation>Spara vandringskarta</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image of the map page (*.png)</source>
        <translation>PDF (*.pdf);;PNG-bild av kartsidan (*.png)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n sida).</numerusform>
            <numerusform>Skrev %1 (%n sidor).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkPrintPreviewForm</name>
    <message>
        <source>Walk map – print preview</source>
        <translation>Vandringskarta – förhandsgranskning</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papper:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientering:</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>lb::app::PreferencesDialog</name>
    <message>
        <source>Written to the store&apos;s edit log with each change you make to findings and walk plans. Left empty, the edit log names the computer user (%1).</source>
        <translation>Skrivs i datalagrets ändringslogg vid varje ändring du gör av iakttagelser och vandringsplaner. Lämnas fältet tomt anger ändringsloggen datorns användare (%1).</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialogForm</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Edit log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ditt namn:</translation>
    </message>
</context>
<context>
    <name>ReportDialogForm</name>
    <message>
        <source>Yearly lägesbild report</source>
        <translation>Årlig lägesbild</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Public version: suppress counts under</source>
        <translation>Offentlig version: dölj antal under</translation>
    </message>
    <message>
        <source>k: counts from 1 to k − 1 are shown as –, and groups with fewer than k events are left out</source>
        <translation>k: antal från 1 till k − 1 visas som –, och grupper med färre än k händelser utelämnas</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Sista</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
</context>
<context>
    <name>NewStoreDialogForm</name>
    <message>
        <source>New store</source>
        <translation>Nytt datalager</translation>
    </message>
    <message>
        <source>Choose your municipality. Its boundary and population (Statistics Sweden, 2024) come with the program. Or use a boundary file of your own.</source>
        <translation>Välj din kommun. Kommungränsen och folkmängden (SCB, 2024) följer med programmet. Eller använd en egen gränsfil.</translation>
    </message>
    <message>
        <source>A &amp;municipality from the list</source>
        <translation>En &amp;kommun ur listan</translation>
    </message>
    <message>
        <source>Search by name or code, e.g. Södertälje or 0181</source>
        <translation>Sök på namn eller kod, t.ex. Södertälje eller 0181</translation>
    </message>
    <message>
        <source>Or use a &amp;boundary file (GeoPackage, shapefile, GeoJSON or any GIS vector file)</source>
        <translation>Eller använd en &amp;gränsfil (GeoPackage, shapefil, GeoJSON eller annan GIS-vektorfil)</translation>
    </message>
    <message>
        <source>A file with the municipality&apos;s boundary (polygons)</source>
        <translation>En fil med kommunens gräns (polygoner)</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Vä&amp;lj…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Spara som:</translation>
    </message>
    <message>
        <source>The new store file (.gpkg)</source>
        <translation>Filen för det nya datalagret (.gpkg)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Bakgrund:</translation>
    </message>
    <message>
        <source>Optional: an OpenStreetMap extract (.osm.pbf) for roads and water</source>
        <translation>Valfritt: ett utdrag ur OpenStreetMap (.osm.pbf) för vägar och vatten</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Väl&amp;j…</translation>
    </message>
    <message>
        <source>Also show OpenStreetMap&apos;s map tiles (fetched over the internet)</source>
        <translation>Visa även OpenStreetMaps kartplattor (hämtas över internet)</translation>
    </message>
    <message>
        <source>Districts, imported next (optional)</source>
        <translation>Områden, importeras direkt efteråt (valfritt)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>A GIS vector file with one polygon per district</source>
        <translation>En GIS-vektorfil med en polygon per område</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>Name field:</source>
        <translation>Namnfält:</translation>
    </message>
</context>
<context>
    <name>lb::app::SurveyPinTableModel</name>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>kväll</translation>
    </message>
    <message>
        <source>night</source>
        <translation>natt</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>betyg %1</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Mätning</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tid på dygnet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Svarande</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Importomgång</translation>
    </message>
</context>
<context>
    <name>lb::app::FindingTableModel</name>
    <message>
        <source>Walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Fixed on</source>
        <translation>Åtgärdad den</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>lb::app::BaseMapStyleDialog</name>
    <message>
        <source>Fill colour</source>
        <translation>Fyllnadsfärg</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>Konturfärg</translation>
    </message>
</context>
<context>
    <name>BaseMapStyleDialogForm</name>
    <message>
        <source>Background map style</source>
        <translation>Bakgrundskartans stil</translation>
    </message>
    <message>
        <source>&amp;Fill areas</source>
        <translation>&amp;Fyll ytor</translation>
    </message>
    <message>
        <source>Choose the fill colour</source>
        <translation>Välj fyllnadsfärg</translation>
    </message>
    <message>
        <source>&amp;Outline and lines:</source>
        <translation>&amp;Konturer och linjer:</translation>
    </message>
    <message>
        <source>Choose the colour of outlines, lines and points</source>
        <translation>Välj färg för konturer, linjer och punkter</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Bredd:</translation>
    </message>
    <message>
        <source>0 draws no outlines</source>
        <translation>0 ritar inga konturer</translation>
    </message>
</context>
<context>
    <name>lb::app::LayerStyleDialog</name>
    <message>
        <source>No labels</source>
        <translation>Inga etiketter</translation>
    </message>
    <message>
        <source>Style of %1</source>
        <translation>Stil för %1</translation>
    </message>
    <message>
        <source>the survey pins</source>
        <translation>enkätmarkeringarna</translation>
    </message>
    <message>
        <source>the walk findings</source>
        <translation>iakttagelserna</translation>
    </message>
    <message>
        <source>the incidents</source>
        <translation>händelserna</translation>
    </message>
</context>
<context>
    <name>LayerStyleDialogForm</name>
    <message>
        <source>Layer style</source>
        <translation>Lagrets stil</translation>
    </message>
    <message>
        <source>The map shows each change at once. OK keeps the style in the store; Cancel goes back.</source>
        <translation>Kartan visar varje ändring direkt. OK sparar stilen i datalagret; Avbryt går tillbaka.</translation>
    </message>
    <message>
        <source>&amp;Draw incidents as:</source>
        <translation>&amp;Rita händelser som:</translation>
    </message>
    <message>
        <source>&amp;Symbols:</source>
        <translation>&amp;Symboler:</translation>
    </message>
    <message>
        <source>By &amp;field:</source>
        <translation>Efter &amp;fält:</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>F&amp;orm:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Stor&amp;lek:</translation>
    </message>
    <message>
        <source>Automatic (by scale)</source>
        <translation>Automatisk (efter skala)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> pixlar</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Färg:</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Palett:</translation>
    </message>
    <message>
        <source>Colour &amp;ramp:</source>
        <translation>Färgs&amp;kala:</translation>
    </message>
    <message>
        <source>Cla&amp;sses:</source>
        <translation>Kl&amp;asser:</translation>
    </message>
    <message>
        <source>&amp;Labels from:</source>
        <translation>&amp;Etiketter från:</translation>
    </message>
    <message>
        <source>Sensitive categories are counted per district and incidents placed at a centre are drawn as marked stacks, whatever the style.</source>
        <translation>Känsliga kategorier räknas per område och händelser placerade i en mittpunkt ritas som markerade staplar, vilken stil som än väljs.</translation>
    </message>
</context>
<context>
    <name>lb::app::SharedStore</name>
    <message>
        <source>Not yet possible on a shared store on a server; this works with store files (.gpkg). On a shared store you can see the map, tables and analyses, and edit findings and interventions.</source>
        <translation>Går ännu inte i ett delat datalager på en server; det fungerar med datalagerfiler (.gpkg). I ett delat datalager kan du se kartan, tabellerna och analyserna och ändra iakttagelser och insatser.</translation>
    </message>
    <message>
        <source>Open a shared store</source>
        <translation>Öppna ett delat datalager</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Lösenord för %1:</translation>
    </message>
    <message>
        <source>The password was not accepted. Password for %1:</source>
        <translation>Lösenordet godtogs inte. Lösenord för %1:</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Inget lösenord angavs.</translation>
    </message>
</context>
<context>
    <name>lb::app::SharedStoreDialog</name>
    <message>
        <source>None yet</source>
        <translation>Inga ännu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>A connection string begins with postgresql://</source>
        <translation>En anslutningssträng börjar med postgresql://</translation>
    </message>
</context>
<context>
    <name>SharedStoreDialogForm</name>
    <message>
        <source>Open a shared store</source>
        <translation>Öppna ett delat datalager</translation>
    </message>
    <message>
        <source>A shared store is a PostgreSQL/PostGIS database that several people use at once. Ask its administrator for the server, the database and your user name.</source>
        <translation>Ett delat datalager ligger på en PostgreSQL/PostGIS-server och används av flera samtidigt. Fråga dess administratör efter servern, datalagrets namn och ditt användarnamn.</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Senaste:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Portnummer:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datalagrets namn:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>Or a connection &amp;string:</source>
        <translation>Eller en anslutnings&amp;sträng:</translation>
    </message>
    <message>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://användare@server/datalager</translation>
    </message>
    <message>
        <source>The password is taken from your .pgpass file, or asked for when the server wants one. It is never saved by Lägesbild.</source>
        <translation>Lösenordet hämtas ur din .pgpass-fil eller efterfrågas när servern vill ha ett. Lägesbild sparar det aldrig.</translation>
    </message>
</context>
<context>
    <name>ConflictDialogForm</name>
    <message>
        <source>Someone else saved this too</source>
        <translation>Någon annan har också sparat detta</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Dina (inte sparade)</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>På servern nu</translation>
    </message>
    <message>
        <source>Changed values are in bold. Nothing is overwritten unless you choose to keep yours.</source>
        <translation>Värden som skiljer sig är i fetstil. Inget skrivs över om du inte väljer att behålla dina.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll mina</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta den andras</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>lb::app::FindingSession</name>
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
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Finding %1 is no longer in the store; someone else removed it.</source>
        <translation>Iakttagelse %1 finns inte längre i datalagret; någon annan har tagit bort den.</translation>
    </message>
    <message>
        <source>Finding %1 was changed by someone else</source>
        <translation>Iakttagelse %1 har ändrats av någon annan</translation>
    </message>
    <message>
        <source>%1 saved finding %2 at %3, after you opened it. Your changes have not been saved. Compare them with what is in the store now:</source>
        <translation>%1 sparade iakttagelse %2 %3, efter att du öppnade den. Dina ändringar har inte sparats. Jämför dem med det som finns i datalagret nu:</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Open the finding again before saving it.</source>
        <translation>Öppna iakttagelsen igen innan du sparar den.</translation>
    </message>
</context>
</TS>
