<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Tr</name>
    <message>
        <source>events per km²</source>
        <translation>händelser per km²</translation>
    </message>
</context>
<context>
    <name>lb::analysis::GiStar</name>
    <message>
        <source>Gi* needs at least 3 features; there are %1.</source>
        <translation>Gi* behöver minst 3 objekt; det finns %1.</translation>
    </message>
    <message>
        <source>Every feature has the same value (%1), so there is nothing to compare: no hot or cold spots can be found.</source>
        <translation>Alla objekt har samma värde (%1), så det finns inget att jämföra: inga heta eller kalla områden kan hittas.</translation>
    </message>
    <message>
        <source>The neighbour list has %1 features but there are %2 values.</source>
        <translation>Grannlistan har %1 objekt men det finns %2 värden.</translation>
    </message>
    <message>
        <source>The grid has %1 cells but %2 values were given.</source>
        <translation>Rutnätet har %1 celler men %2 värden angavs.</translation>
    </message>
</context>
<context>
    <name>lb::analysis::HotspotAnalysis</name>
    <message>
        <source>There are %1 precision values for %2 points.</source>
        <translation>Det finns %1 precisionsvärden för %2 punkter.</translation>
    </message>
    <message>
        <source>There are %1 weights for %2 points.</source>
        <translation>Det finns %1 vikter för %2 punkter.</translation>
    </message>
    <message>
        <source>%1 of %2 events only have the centre of an area or of the municipality as position; they were left out because they would form false hot spots.</source>
        <translation>%1 av %2 händelser har bara mittpunkten av ett område eller av kommunen som position; de lämnades utanför eftersom de skulle ge falska heta områden.</translation>
    </message>
    <message>
        <source>Too few events for a hot spot analysis: %1 with a usable position, at least %2 are needed. Choose a longer period, more categories or a larger area.</source>
        <translation>För få händelser för en hot spot-analys: %1 med användbar position, minst %2 behövs. Välj en längre period, fler kategorier eller ett större område.</translation>
    </message>
    <message>
        <source>All events are at the same place, so there is no pattern to analyse.</source>
        <translation>Alla händelser ligger på samma plats, så det finns inget mönster att analysera.</translation>
    </message>
    <message>
        <source>The study area is empty.</source>
        <translation>Studieområdet är tomt.</translation>
    </message>
    <message>
        <source>Cells of %1 m: events lie on average %2 m from their nearest neighbour at another place, rounded up.</source>
        <translation>Celler på %1 m: händelserna ligger i genomsnitt %2 m från sin närmaste granne på en annan plats, avrundat uppåt.</translation>
    </message>
    <message>
        <source>Cells of %1 m: the smallest size that keeps the grid below %2 cells (events lie on average %3 m from their nearest neighbour).</source>
        <translation>Celler på %1 m: den minsta storlek som håller rutnätet under %2 celler (händelserna ligger i genomsnitt %3 m från sin närmaste granne).</translation>
    </message>
    <message>
        <source>Cells of %1 m, as chosen.</source>
        <translation>Celler på %1 m, som valt.</translation>
    </message>
    <message>
        <source>Every occupied cell held the same number of events, so the cells were doubled to %1 m.</source>
        <translation>Alla celler med händelser hade lika många händelser, så cellerna fördubblades till %1 m.</translation>
    </message>
    <message>
        <source>Cells of %1 m would make a grid of %2 million cells; choose larger cells.</source>
        <translation>Celler på %1 m skulle ge ett rutnät med %2 miljoner celler; välj större celler.</translation>
    </message>
    <message>
        <source>Every cell taking part has the same number of events, so no cell stands out: no hot or cold spots can be found. Try larger cells.</source>
        <translation>Alla celler som ingår har lika många händelser, så ingen cell sticker ut: inga heta eller kalla områden kan hittas. Prova större celler.</translation>
    </message>
    <message>
        <source>%1 cells inside the study area take part, with or without events.</source>
        <translation>%1 celler inom studieområdet ingår, med eller utan händelser.</translation>
    </message>
    <message>
        <source>%1 cells with at least one event take part (no study area was given, so empty cells are treated as places where events cannot happen).</source>
        <translation>%1 celler med minst en händelse ingår (inget studieområde angavs, så tomma celler behandlas som platser där händelser inte kan inträffa).</translation>
    </message>
    <message>
        <source>Each cell is compared with its %1 nearest cells taking part.</source>
        <translation>Varje cell jämförs med sina %1 närmaste celler som ingår.</translation>
    </message>
    <message>
        <source>Each cell is compared with the cells that touch it.</source>
        <translation>Varje cell jämförs med cellerna som gränsar till den.</translation>
    </message>
    <message>
        <source>Looking for the distance at which events cluster most</source>
        <translation>Söker avståndet där händelserna klustrar sig mest</translation>
    </message>
    <message>
        <source>Distance band %1 m: clustering (global Moran&apos;s I) was measured at 10 distances from %2 to %3 m and first peaks at %1 m (z = %4), the scale at which events cluster most.</source>
        <translation>Avståndsband %1 m: klustringen (globalt Morans I) mättes på 10 avstånd från %2 till %3 m och når sin första topp vid %1 m (z = %4), den skala där händelserna klustrar sig mest.</translation>
    </message>
    <message>
        <source>Distance band %1 m: clustering (global Moran&apos;s I) showed no clear peak between %2 and %3 m, so the band is the average distance at which a cell has %4 neighbouring cells.</source>
        <translation>Avståndsband %1 m: klustringen (globalt Morans I) visade ingen tydlig topp mellan %2 och %3 m, så bandet är det genomsnittliga avstånd där en cell har %4 grannceller.</translation>
    </message>
    <message>
        <source>Distance band %1 m, as chosen.</source>
        <translation>Avståndsband %1 m, som valt.</translation>
    </message>
    <message>
        <source>Computing Gi*</source>
        <translation>Beräknar Gi*</translation>
    </message>
    <message>
        <source>%1 cells have no neighbour within the distance band; they get no result (shown as not tested). A larger distance band would include them.</source>
        <translation>%1 celler har ingen granne inom avståndsbandet; de får inget resultat (visas som ej testade). Ett större avståndsband skulle ta med dem.</translation>
    </message>
    <message>
        <source>Half of the cells have fewer than 8 neighbours; results rest on little data. A larger distance band or larger cells give steadier results.</source>
        <translation>Hälften av cellerna har färre än 8 grannar; resultaten vilar på lite data. Ett större avståndsband eller större celler ger stabilare resultat.</translation>
    </message>
    <message>
        <source>%1 hot spot cells and %2 cold spot cells at 90 % confidence or more, after correcting for testing many cells at once (false discovery rate).</source>
        <translation>%1 heta och %2 kalla celler med minst 90 % konfidens, efter korrigering för att många celler testas samtidigt (false discovery rate).</translation>
    </message>
    <message>
        <source>%1 hot spot cells and %2 cold spot cells at 90 % confidence or more, without correction for testing many cells at once: expect about one in ten cells to be marked by chance.</source>
        <translation>%1 heta och %2 kalla celler med minst 90 % konfidens, utan korrigering för att många celler testas samtidigt: räkna med att ungefär var tionde cell markeras av slump.</translation>
    </message>
    <message>
        <source>A hot spot is a place where high counts cluster more than chance would explain; it says where, not why. Cells that are not significant are not proven safe: there may be too few events to tell.</source>
        <translation>Ett hett område är en plats där höga antal samlas mer än slumpen kan förklara; det säger var, inte varför. Celler som inte är signifikanta är inte bevisat trygga: det kan finnas för få händelser för att avgöra.</translation>
    </message>
</context>
<context>
    <name>lb::analysis::KernelDensity</name>
    <message>
        <source>The radius must be a positive number of metres.</source>
        <translation>Radien måste vara ett positivt antal meter.</translation>
    </message>
    <message>
        <source>There are %1 weights for %2 points.</source>
        <translation>Det finns %1 vikter för %2 punkter.</translation>
    </message>
    <message>
        <source>The Gaussian kernel needs a positive σ.</source>
        <translation>Gausskärnan behöver ett positivt σ.</translation>
    </message>
    <message>
        <source>Weights must be finite and not negative.</source>
        <translation>Vikterna måste vara ändliga och inte negativa.</translation>
    </message>
    <message>
        <source>The cell size must be a positive number of metres.</source>
        <translation>Cellstorleken måste vara ett positivt antal meter.</translation>
    </message>
    <message>
        <source>There are no events to map.</source>
        <translation>Det finns inga händelser att kartlägga.</translation>
    </message>
    <message>
        <source>The raster grid is empty.</source>
        <translation>Rastret är tomt.</translation>
    </message>
    <message>
        <source>The raster would have %1 million cells; choose larger cells or a smaller area.</source>
        <translation>Rastret skulle få %1 miljoner celler; välj större celler eller ett mindre område.</translation>
    </message>
    <message>
        <source>Computing the kernel density</source>
        <translation>Beräknar kärntätheten</translation>
    </message>
</context>
<context>
    <name>lb::cli::Analyse</name>
    <message>
        <source>First day (YYYY-MM-DD, local time).</source>
        <translation>Första dag (ÅÅÅÅ-MM-DD, lokal tid).</translation>
    </message>
    <message>
        <source>Last day, inclusive (YYYY-MM-DD, local time).</source>
        <translation>Sista dag, inklusive (ÅÅÅÅ-MM-DD, lokal tid).</translation>
    </message>
    <message>
        <source>Category codes, comma-separated.</source>
        <translation>Kategorikoder, kommaseparerade.</translation>
    </message>
    <message>
        <source>Reporting organisations, comma-separated.</source>
        <translation>Rapporterande organisationer, kommaseparerade.</translation>
    </message>
    <message>
        <source>Only incidents inside this area (its name).</source>
        <translation>Bara händelser inom detta område (dess namn).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Not a date: %1 (expected YYYY-MM-DD).</source>
        <translation>Inte ett datum: %1 (väntade ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>No area called %1 in the store.</source>
        <translation>Inget område som heter %1 i databasen.</translation>
    </message>
    <message>
        <source>Heat map (kernel density) of the incidents, in events per km², as a GeoTIFF.</source>
        <translation>Värmekarta (kärntäthet) över händelserna, i händelser per km², som GeoTIFF.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Databasen (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>Radius in metres (default 500).</source>
        <translation>Radie i meter (standard 500).</translation>
    </message>
    <message>
        <source>Cell size in metres (default 10).</source>
        <translation>Cellstorlek i meter (standard 10).</translation>
    </message>
    <message>
        <source>quartic (default), triangular, epanechnikov, gaussian or uniform.</source>
        <translation>quartic (standard), triangular, epanechnikov, gaussian eller uniform.</translation>
    </message>
    <message>
        <source>analyse kde needs a store and --out FILE.tif.</source>
        <translation>analyse kde behöver en databas och --out FIL.tif.</translation>
    </message>
    <message>
        <source>Unknown kernel: %1</source>
        <translation>Okänd kärna: %1</translation>
    </message>
    <message>
        <source>--radius and --cell take numbers of metres.</source>
        <translation>--radius och --cell tar antal meter.</translation>
    </message>
    <message>
        <source>Kernel density (%1, radius %2 m), %3</source>
        <translation>Kärntäthet (%1, radie %2 m), %3</translation>
    </message>
    <message>
        <source>%1 events, %2 × %3 cells of %4 m, highest density %5 %6.</source>
        <translation>%1 händelser, %2 × %3 celler på %4 m, högsta täthet %5 %6.</translation>
    </message>
    <message>
        <source>Hot and cold spots (Getis-Ord Gi*) of incident counts on a grid, as a GeoPackage layer. Without --cell and --band the settings are chosen from the data and explained.</source>
        <translation>Heta och kalla områden (Getis-Ord Gi*) för antal händelser i ett rutnät, som GeoPackage-lager. Utan --cell och --band väljs inställningarna utifrån data och förklaras.</translation>
    </message>
    <message>
        <source>Cell size in metres (default: chosen).</source>
        <translation>Cellstorlek i meter (standard: väljs automatiskt).</translation>
    </message>
    <message>
        <source>Distance band in metres (default: chosen).</source>
        <translation>Avståndsband i meter (standard: väljs automatiskt).</translation>
    </message>
    <message>
        <source>Use hexagonal cells.</source>
        <translation>Använd sexkantiga celler.</translation>
    </message>
    <message>
        <source>Use the K nearest cells as neighbours.</source>
        <translation>Använd de K närmaste cellerna som grannar.</translation>
    </message>
    <message>
        <source>Use touching cells as neighbours.</source>
        <translation>Använd angränsande celler som grannar.</translation>
    </message>
    <message>
        <source>Do not correct for testing many cells.</source>
        <translation>Korrigera inte för att många celler testas.</translation>
    </message>
    <message>
        <source>Area kind whose polygons bound where events can happen, e.g. municipality.</source>
        <translation>Områdestyp vars polygoner avgränsar var händelser kan inträffa, t.ex. municipality.</translation>
    </message>
    <message>
        <source>analyse gistar needs a store and --out FILE.gpkg.</source>
        <translation>analyse gistar behöver en databas och --out FIL.gpkg.</translation>
    </message>
    <message>
        <source>--cell and --band take numbers of metres.</source>
        <translation>--cell och --band tar antal meter.</translation>
    </message>
    <message>
        <source>--knn takes a positive number of neighbours.</source>
        <translation>--knn tar ett positivt antal grannar.</translation>
    </message>
    <message>
        <source>No areas of kind %1 in the store.</source>
        <translation>Inga områden av typen %1 i databasen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Usage: lagesbild-cli analyse kde|gistar STORE [options]; add --help after the method for its options.</source>
        <translation>Användning: lagesbild-cli analyse kde|gistar DATABAS [flaggor]; lägg till --help efter metoden för dess flaggor.</translation>
    </message>
    <message>
        <source>Unknown analysis method: %1</source>
        <translation>Okänd analysmetod: %1</translation>
    </message>
</context>
<context>
    <name>lb::io::ExportRaster</name>
    <message>
        <source>Cannot write %1: the raster has no cells or the wrong number of values.</source>
        <translation>Kan inte skriva %1: rastret saknar celler eller har fel antal värden.</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver.</source>
        <translation>GDAL saknar GeoTIFF-drivrutin.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan inte skapa %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan inte ersätta %1.</translation>
    </message>
    <message>
        <source>Cannot move the finished raster to %1.</source>
        <translation>Kan inte flytta det färdiga rastret till %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>lb::io::ExportTable</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>lb::io::ExportVector</name>
    <message>
        <source>GDAL has no GeoPackage driver.</source>
        <translation>GDAL saknar GeoPackage-drivrutin.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan inte skapa %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the layer %1 in %2.</source>
        <translation>Kan inte skapa lagret %1 i %2.</translation>
    </message>
    <message>
        <source>Cannot create the field %1 in %2.</source>
        <translation>Kan inte skapa fältet %1 i %2.</translation>
    </message>
    <message>
        <source>Cannot write a feature to %1: %2</source>
        <translation>Kan inte skriva ett objekt till %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation>Kan inte slutföra %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan inte ersätta %1.</translation>
    </message>
    <message>
        <source>Cannot move the finished layer to %1.</source>
        <translation>Kan inte flytta det färdiga lagret till %1.</translation>
    </message>
</context>
</TS>
