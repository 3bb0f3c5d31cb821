<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>lb::cli::Create</name>
    <message>
        <source>Make an empty store for a municipality.</source>
        <translation>Skapa ett tomt datalager för en kommun.</translation>
    </message>
    <message>
        <source>The new store (a .gpkg file).</source>
        <translation>Det nya datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>The store&apos;s projected CRS (default EPSG:3006).</source>
        <translation>Datalagrets projicerade referenssystem (standard EPSG:3006).</translation>
    </message>
    <message>
        <source>A vector file with the municipality&apos;s boundary (polygons).</source>
        <translation>En vektorfil med kommunens gräns (ytor).</translation>
    </message>
    <message>
        <source>The municipality&apos;s name.</source>
        <translation>Kommunens namn.</translation>
    </message>
    <message>
        <source>The time zone (default Europe/Stockholm).</source>
        <translation>Tidszonen (standard Europe/Stockholm).</translation>
    </message>
    <message>
        <source>create needs exactly one file name for the new store.</source>
        <translation>create behöver exakt ett filnamn för det nya datalagret.</translation>
    </message>
    <message>
        <source>%1 is not a CRS; write it as EPSG:3006.</source>
        <translation>%1 är inget referenssystem; skriv det som EPSG:3006.</translation>
    </message>
    <message>
        <source>%1 holds no polygons to use as the municipality boundary.</source>
        <translation>%1 innehåller inga ytor att använda som kommungräns.</translation>
    </message>
    <message>
        <source>Created %1 in EPSG:%2 (%3).</source>
        <translation>Skapade %1 i EPSG:%2 (%3).</translation>
    </message>
    <message>
        <source>Municipality boundary: %1.</source>
        <translation>Kommungräns: %1.</translation>
    </message>
    <message>
        <source>A Swedish municipality by name or code (e.g. Södertälje or 0181): its boundary and population come with the program.</source>
        <translation>En svensk kommun med namn eller kod (t.ex. Södertälje eller 0181): gränsen och folkmängden följer med programmet.</translation>
    </message>
    <message>
        <source>Municipality boundary: %1, %L2 residents (2024).</source>
        <translation>Kommungräns: %1, %L2 invånare (2024).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln road(s)</source>
        <translation>
            <numerusform>%Ln väg</numerusform>
            <numerusform>%Ln vägar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln water area(s)</source>
        <translation>
            <numerusform>%Ln vattenområde</numerusform>
            <numerusform>%Ln vattenområden</numerusform>
        </translation>
    </message>
    <message>
        <source>Background from %1: %2 and %3.</source>
        <translation>Bakgrund från %1: %2 och %3.</translation>
    </message>
    <message>
        <source>An OpenStreetMap extract (.osm.pbf or .osm) whose roads and water, clipped to the municipality, become the store&apos;s background map.</source>
        <translation>Ett utdrag ur OpenStreetMap (.osm.pbf eller .osm) vars vägar och vatten inom kommunen blir datalagrets bakgrundskarta.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Import</name>
    <message>
        <source>Batch %1: %2 %3, %4 read, %5 accepted, %6 already present, %7 identical in the file, %8 rejected%9</source>
        <translation>Omgång %1: %2 %3, %4 lästa, %5 godtagna, %6 fanns redan, %7 identiska i filen, %8 avvisade%9</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>ångrad %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Importomgång: %1</translation>
    </message>
    <message>
        <source>Source CRS: %1</source>
        <translation>Källans referenssystem: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lästa rader: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Godtagna: %1</translation>
    </message>
    <message>
        <source>Already in the store: %1</source>
        <translation>Fanns redan i datalagret: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Avvisade: %1</translation>
    </message>
    <message>
        <source>Values without a category (map them with --value &quot;VALUE=CODE&quot; and import again):</source>
        <translation>Värden utan kategori (koppla dem med --value &quot;VÄRDE=KOD&quot; och importera igen):</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln rad</numerusform>
            <numerusform>%Ln rader</numerusform>
        </translation>
    </message>
    <message>
        <source>First rejected rows:</source>
        <translation>Första avvisade raderna:</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>Time: %1 s, %2 rows per second</source>
        <translation>Tid: %1 s, %2 rader per sekund</translation>
    </message>
    <message>
        <source>Import records from a file into a store.</source>
        <translation>Importera poster från en fil till ett datalager.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Filen som ska importeras.</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>Datalagret.</translation>
    </message>
    <message>
        <source>incidents, pins, answers, findings or areas.</source>
        <translation>incidents, pins, answers, findings eller areas.</translation>
    </message>
    <message>
        <source>Use this saved mapping profile, or a built-in one: %1; a new name saves the mapping after the import.</source>
        <translation>Använd den här sparade mappningsprofilen, eller en inbyggd: %1; ett nytt namn sparar mappningen efter importen.</translation>
    </message>
    <message>
        <source>Save the mapping under this name.</source>
        <translation>Spara mappningen under det här namnet.</translation>
    </message>
    <message>
        <source>Map a field to a column (repeatable).</source>
        <translation>Koppla ett fält till en kolumn (kan upprepas).</translation>
    </message>
    <message>
        <source>Give a field a fixed value (repeatable).</source>
        <translation>Ge ett fält ett fast värde (kan upprepas).</translation>
    </message>
    <message>
        <source>Map a source category or kind value to a code (repeatable).</source>
        <translation>Koppla ett kategori- eller typvärde i källan till en kod (kan upprepas).</translation>
    </message>
    <message>
        <source>The CRS of the coordinates, overriding the guess.</source>
        <translation>Koordinaternas referenssystem, i stället för gissningen.</translation>
    </message>
    <message>
        <source>The x column holds northings or latitudes.</source>
        <translation>x-kolumnen innehåller nordkoordinater eller latituder.</translation>
    </message>
    <message>
        <source>The layer or sheet to import.</source>
        <translation>Lagret eller bladet som ska importeras.</translation>
    </message>
    <message>
        <source>Keep points outside the municipality or the CRS&apos;s area of use.</source>
        <translation>Behåll punkter utanför kommunen eller referenssystemets användningsområde.</translation>
    </message>
    <message>
        <source>A second table joined to each row (e.g. respondents).</source>
        <translation>En andra tabell som kopplas till varje rad (t.ex. respondenter).</translation>
    </message>
    <message>
        <source>The key column of the joined table.</source>
        <translation>Nyckelkolumnen i den kopplade tabellen.</translation>
    </message>
    <message>
        <source>The column of FILE holding the key.</source>
        <translation>Kolumnen i FILE som innehåller nyckeln.</translation>
    </message>
    <message>
        <source>Show the first N rows as they would be stored; write nothing.</source>
        <translation>Visa de första N raderna så som de skulle sparas; skriv ingenting.</translation>
    </message>
    <message>
        <source>List the first N rejected rows.</source>
        <translation>Lista de första N avvisade raderna.</translation>
    </message>
    <message>
        <source>List the import batches of the store.</source>
        <translation>Lista datalagrets importomgångar.</translation>
    </message>
    <message>
        <source>Undo import batch N.</source>
        <translation>Ångra importomgång N.</translation>
    </message>
    <message>
        <source>Print progress to standard error.</source>
        <translation>Skriv förlopp till standard error.</translation>
    </message>
    <message>
        <source>import needs --store.</source>
        <translation>import behöver --store.</translation>
    </message>
    <message>
        <source>Undid import batch %1.</source>
        <translation>Ångrade importomgång %1.</translation>
    </message>
    <message>
        <source>import needs exactly one file.</source>
        <translation>import behöver exakt en fil.</translation>
    </message>
    <message>
        <source>%1 is not a record kind; use incidents, pins, answers, findings or areas.</source>
        <translation>%1 är ingen posttyp; använd incidents, pins, answers, findings eller areas.</translation>
    </message>
    <message>
        <source>The profile %1 imports %2, not %3.</source>
        <translation>Profilen %1 importerar %2, inte %3.</translation>
    </message>
    <message>
        <source>import needs --kind (or an existing --profile).</source>
        <translation>import behöver --kind (eller en befintlig --profile).</translation>
    </message>
    <message>
        <source>--map needs field=column, not %1.</source>
        <translation>--map behöver fält=kolumn, inte %1.</translation>
    </message>
    <message>
        <source>--set needs field=value, not %1.</source>
        <translation>--set behöver fält=värde, inte %1.</translation>
    </message>
    <message>
        <source>--value needs value=code, not %1.</source>
        <translation>--value behöver värde=kod, inte %1.</translation>
    </message>
    <message>
        <source>%1 is not a CRS; write it as EPSG:3006.</source>
        <translation>%1 är inget referenssystem; skriv det som EPSG:3006.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>already in the store</source>
        <translation>fanns redan i datalagret</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godtagen</translation>
    </message>
    <message>
        <source>Imported %1 into %2 as %3.</source>
        <translation>Importerade %1 till %2 som %3.</translation>
    </message>
    <message>
        <source>Saved the mapping as profile %1.</source>
        <translation>Sparade mappningen som profilen %1.</translation>
    </message>
    <message>
        <source>Nothing could be imported; see the reasons above.</source>
        <translation>Inget kunde importeras; se skälen ovan.</translation>
    </message>
    <message>
        <source>Personal data: none found.</source>
        <translation>Personuppgifter: inga hittades.</translation>
    </message>
    <message>
        <source>Personal data found (values masked):</source>
        <translation>Personuppgifter hittades (värdena maskerade):</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n value(s) with markers such as [personnummer].</source>
        <translation>
            <numerusform>Ersatte %Ln värde med en markör som [personnummer].</numerusform>
            <numerusform>Ersatte %Ln värden med markörer som [personnummer].</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the personal data in the imported columns, as chosen.</source>
        <translation>Personuppgifterna i de importerade kolumnerna behölls, som valt.</translation>
    </message>
    <message>
        <source>Columns that are not imported are not copied into the store, not even for rejected rows.</source>
        <translation>Kolumner som inte importeras kopieras inte in i datalagret, inte ens för avvisade rader.</translation>
    </message>
    <message>
        <source>What to do with personal identity numbers, phone numbers and e-mail addresses in the imported columns: redact (replace them with markers such as [personnummer]) or keep. Needed when the file holds any.</source>
        <translation>Vad som ska göras med personnummer, telefonnummer och e-postadresser i de importerade kolumnerna: redact (ersätt dem med markörer som [personnummer]) eller keep (behåll dem). Krävs när filen innehåller sådana.</translation>
    </message>
    <message>
        <source>--personal-data needs redact or keep, not %1.</source>
        <translation>--personal-data ska vara redact eller keep, inte %1.</translation>
    </message>
    <message>
        <source>Personal data in the file (values masked):</source>
        <translation>Personuppgifter i filen (värdena maskerade):</translation>
    </message>
    <message>
        <source>Choose --personal-data redact or --personal-data keep for the import.</source>
        <translation>Välj --personal-data redact eller --personal-data keep för importen.</translation>
    </message>
    <message>
        <source>%1 holds personal data in columns that would be imported (values masked):</source>
        <translation>%1 innehåller personuppgifter i kolumner som skulle importeras (värdena maskerade):</translation>
    </message>
    <message>
        <source>Nothing was imported. Choose what to do with it: --personal-data redact replaces each value with a marker such as [personnummer]; --personal-data keep stores the values as they are.</source>
        <translation>Ingenting importerades. Välj vad som ska göras med dem: --personal-data redact ersätter varje värde med en markör som [personnummer]; --personal-data keep sparar värdena som de är.</translation>
    </message>
    <message>
        <source>Invalid polygons repaired: %1</source>
        <translation>Ogiltiga polygoner som reparerades: %1</translation>
    </message>
    <message>
        <source>%1 polygons are invalid (a ring crosses itself or is not closed) and were not imported. Import again with --repair-geometry to repair them.</source>
        <translation>%1 polygoner är ogiltiga (en ring korsar sig själv eller är inte sluten) och importerades inte. Importera igen med --repair-geometry för att reparera dem.</translation>
    </message>
    <message>
        <source>Repair invalid polygons (rings that cross themselves or are not closed) instead of rejecting them.</source>
        <translation>Reparera ogiltiga polygoner (ringar som korsar sig själva eller inte är slutna) i stället för att avvisa dem.</translation>
    </message>
    <message>
        <source>Identical rows in this file (same reference id, not added again): %1</source>
        <translation>Identiska rader i filen (samma ärendenummer, lades inte till igen): %1</translation>
    </message>
    <message>
        <source>Rows identical to an earlier row but without a reference id (each an incident of its own): %1</source>
        <translation>Rader identiska med en tidigare rad men utan ärendenummer (var och en en egen händelse): %1</translation>
    </message>
    <message>
        <source>Download the police&apos;s current events for the store&apos;s municipality and import the new ones.</source>
        <translation>Hämta polisens aktuella händelser för datalagrets kommun och importera de nya.</translation>
    </message>
    <message>
        <source>The events API (default %1).</source>
        <translation>Händelsernas API (förval %1).</translation>
    </message>
    <message>
        <source>The place as the police name it, e.g. &quot;Stockholms län&quot; (default: the store&apos;s municipality).</source>
        <translation>Platsen som polisen skriver den, t.ex. &quot;Stockholms län&quot; (förval: datalagrets kommun).</translation>
    </message>
    <message>
        <source>fetch-police needs exactly one store.</source>
        <translation>fetch-police behöver exakt ett datalager.</translation>
    </message>
    <message>
        <source>Fetched %1</source>
        <translation>Hämtade %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Sparat som %1</translation>
    </message>
    <message>
        <source>Events in the answer: %1</source>
        <translation>Händelser i svaret: %1</translation>
    </message>
    <message>
        <source>New events imported: %1</source>
        <translation>Nya händelser importerade: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unknown event type &quot;%1&quot;: %n row(s)</source>
        <translation>
            <numerusform>Okänd händelsetyp &quot;%1&quot;: %n rad</numerusform>
            <numerusform>Okänd händelsetyp &quot;%1&quot;: %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in profile: %1 (%2)</source>
        <translation>Inbyggd profil: %1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1 Map it with --map FIELD=COLUMN.</source>
        <translation>Varning: %1 Mappa den med --map FÄLT=KOLUMN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>perhaps %1 (%2): --value &quot;%3=%1&quot;</source>
        <translation>kanske %1 (%2): --value &quot;%3=%1&quot;</translation>
    </message>
    <message>
        <source>Import again with --accept-proposals to map the values as proposed.</source>
        <translation>Importera igen med --accept-proposals för att koppla värdena enligt förslagen.</translation>
    </message>
    <message>
        <source>Mapped &quot;%1&quot; to %2 (%3), as proposed.</source>
        <translation>Kopplade &quot;%1&quot; till %2 (%3), enligt förslaget.</translation>
    </message>
    <message>
        <source>Map category values that are close to one category (&quot;Burglary&quot; and &quot;Burglary and theft&quot;) to it.</source>
        <translation>Koppla kategorivärden som ligger nära en kategori (&quot;Burglary&quot; och &quot;Burglary and theft&quot;) till den.</translation>
    </message>
    <message>
        <source>The same file was imported with the same settings in batch %1: its rows were recognised without reading them again.</source>
        <translation>Samma fil importerades med samma inställningar i importomgång %1: dess rader kändes igen utan att läsas igen.</translation>
    </message>
    <message>
        <source>--batches, --undo and --save-profile work on a store file, not yet on a shared store on a server.</source>
        <translation>--batches, --undo och --save-profile fungerar med en datalagerfil, ännu inte med ett delat datalager på en server.</translation>
    </message>
    <message>
        <source>Saved mapping profiles are kept in store files; with a shared store on a server, use a built-in profile (%1) or --map.</source>
        <translation>Sparade mappningsprofiler finns i datalagerfiler; med ett delat datalager på en server, använd en inbyggd profil (%1) eller --map.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Probe</name>
    <message>
        <source>Show the layers, fields and guessed coordinates of a file.</source>
        <translation>Visa lager, fält och gissade koordinater i en fil.</translation>
    </message>
    <message>
        <source>The file to look into.</source>
        <translation>Filen som ska undersökas.</translation>
    </message>
    <message>
        <source>A store whose municipality helps guess the CRS.</source>
        <translation>Ett datalager vars kommun hjälper till att gissa referenssystemet.</translation>
    </message>
    <message>
        <source>probe needs exactly one file.</source>
        <translation>probe behöver exakt en fil.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Lager: %1</translation>
    </message>
    <message>
        <source>Geometry: %1</source>
        <translation>Geometri: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rader: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Teckenkodning: %1</translation>
    </message>
    <message>
        <source>Coordinate columns: x = %1, y = %2</source>
        <translation>Koordinatkolumner: x = %1, y = %2</translation>
    </message>
    <message>
        <source>Coordinate columns: none found</source>
        <translation>Koordinatkolumner: inga hittade</translation>
    </message>
    <message>
        <source>CRS: EPSG:%1</source>
        <translation>Referenssystem: EPSG:%1</translation>
    </message>
    <message>
        <source>(x and y swapped)</source>
        <translation>(x och y omkastade)</translation>
    </message>
    <message>
        <source>CRS: unknown</source>
        <translation>Referenssystem: okänt</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Fält:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Built-in profile: %1 (%2)</source>
        <translation>Inbyggd profil: %1 (%2)</translation>
    </message>
    <message>
        <source>The record kind to suggest a mapping for (incidents by default).</source>
        <translation>Posttypen att föreslå en mappning för (standard incidents).</translation>
    </message>
    <message>
        <source>%1 is not a record kind; use incidents, pins, answers, findings or areas.</source>
        <translation>%1 är ingen posttyp; använd incidents, pins, answers, findings eller areas.</translation>
    </message>
    <message>
        <source>Suggested mapping for %1: %2</source>
        <translation>Föreslagen mappning för %1: %2</translation>
    </message>
</context>
<context>
    <name>lb::io::ExportRaster</name>
    <message>
        <source>Cannot write %1: the raster has no cells or the wrong number of values.</source>
        <translation>Kan inte skriva %1: rastret har inga celler eller fel antal värden.</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver.</source>
        <translation>GDAL saknar drivrutin för GeoTIFF.</translation>
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
        <translation>GDAL saknar drivrutin för GeoPackage.</translation>
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
<context>
    <name>lb::io::GeometryOps</name>
    <message>
        <source>Could not intersect the polygons (is the geometry engine available?).</source>
        <translation>Kunde inte beräkna snittet av ytorna (finns geometrimotorn?).</translation>
    </message>
</context>
<context>
    <name>lb::io::Importer</name>
    <message>
        <source>Could not write to the store: %1</source>
        <translation>Kunde inte skriva till datalagret: %1</translation>
    </message>
    <message>
        <source>The source changed while it was imported: row %1 is gone.</source>
        <translation>Källfilen ändrades medan den importerades: rad %1 finns inte längre.</translation>
    </message>
    <message>
        <source>There are no coordinates to guess the CRS from.</source>
        <translation>Det finns inga koordinater att gissa referenssystemet utifrån.</translation>
    </message>
    <message>
        <source>The coordinates do not look like WGS 84, SWEREF 99 or RT 90 positions in Sweden; give the CRS.</source>
        <translation>Koordinaterna ser inte ut som WGS 84-, SWEREF 99- eller RT 90-positioner i Sverige; ange referenssystemet.</translation>
    </message>
    <message>
        <source>the values fit it and put the points nearest the municipality</source>
        <translation>värdena passar och hamnar närmast kommunen</translation>
    </message>
    <message>
        <source>the values fit its area of use</source>
        <translation>värdena passar i dess användningsområde</translation>
    </message>
    <message>
        <source>%1 other CRSs fit as well, so check the guess</source>
        <translation>%1 andra referenssystem passar också, så kontrollera gissningen</translation>
    </message>
    <message>
        <source>Guessed %1 with the two coordinate columns swapped: %2.</source>
        <translation>Gissade %1 med koordinatkolumnerna omkastade: %2.</translation>
    </message>
    <message>
        <source>Guessed %1: %2.</source>
        <translation>Gissade %1: %2.</translation>
    </message>
    <message>
        <source>Easting or longitude column</source>
        <translation>Kolumn med östkoordinat eller longitud</translation>
    </message>
    <message>
        <source>Northing or latitude column</source>
        <translation>Kolumn med nordkoordinat eller latitud</translation>
    </message>
    <message>
        <source>Date or date and time</source>
        <translation>Datum eller datum och tid</translation>
    </message>
    <message>
        <source>Time of day, when the date is in its own column</source>
        <translation>Klockslag, när datumet står i en egen kolumn</translation>
    </message>
    <message>
        <source>Category, mapped to the taxonomy</source>
        <translation>Kategori, kopplad till taxonomin</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>Rapporterande organisation</translation>
    </message>
    <message>
        <source>The source&apos;s reference id</source>
        <translation>Källans ärendenummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Location precision: exact, street, area or municipality</source>
        <translation>Lägesnoggrannhet: exakt, gata, område eller kommun</translation>
    </message>
    <message>
        <source>Survey name</source>
        <translation>Enkätens namn</translation>
    </message>
    <message>
        <source>Survey year</source>
        <translation>Enkätår</translation>
    </message>
    <message>
        <source>Rating from 1 (very unsafe) to 5 (safe)</source>
        <translation>Betyg från 1 (mycket otryggt) till 5 (tryggt)</translation>
    </message>
    <message>
        <source>Time of day: day, evening or night</source>
        <translation>Tid på dygnet: dag, kväll eller natt</translation>
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
        <source>Respondent id</source>
        <translation>Respondent-id</translation>
    </message>
    <message>
        <source>Area name, as in the store</source>
        <translation>Områdets namn, som i datalagret</translation>
    </message>
    <message>
        <source>Indicator, e.g. unsafe_evening</source>
        <translation>Indikator, t.ex. unsafe_evening</translation>
    </message>
    <message>
        <source>Number of respondents</source>
        <translation>Antal svarande</translation>
    </message>
    <message>
        <source>Share, 0 to 1 or a percentage</source>
        <translation>Andel, 0 till 1 eller i procent</translation>
    </message>
    <message>
        <source>Safety walk name</source>
        <translation>Trygghetsvandringens namn</translation>
    </message>
    <message>
        <source>Date of the walk</source>
        <translation>Vandringens datum</translation>
    </message>
    <message>
        <source>Kind of finding, mapped to the finding kinds</source>
        <translation>Typ av iakttagelse, kopplad till iakttagelsetyperna</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>Status: open, in progress, fixed or rejected</source>
        <translation>Status: öppen, pågår, åtgärdad eller avvisad</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Åtgärdas senast</translation>
    </message>
    <message>
        <source>Date fixed</source>
        <translation>Datum åtgärdad</translation>
    </message>
    <message>
        <source>Area name</source>
        <translation>Områdets namn</translation>
    </message>
    <message>
        <source>Area kind, e.g. district</source>
        <translation>Typ av område, t.ex. stadsdel</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>The mapping profile names no known record kind.</source>
        <translation>Mappningsprofilen anger ingen känd posttyp.</translation>
    </message>
    <message>
        <source>%1 is not a field of %2; the fields are: %3.</source>
        <translation>%1 är inget fält i %2; fälten är: %3.</translation>
    </message>
    <message>
        <source>The file has no column %1 (mapped to %2). Its columns are: %3.</source>
        <translation>Filen har ingen kolumn %1 (kopplad till %2). Dess kolumner är: %3.</translation>
    </message>
    <message>
        <source>No column is mapped to the required field %1 (%2). Use --map %1=COLUMN or --set %1=VALUE.</source>
        <translation>Ingen kolumn är kopplad till det obligatoriska fältet %1 (%2). Använd --map %1=KOLUMN eller --set %1=VÄRDE.</translation>
    </message>
    <message>
        <source>The file has no geometry and no coordinate columns were found or mapped. Use --map x=COLUMN --map y=COLUMN.</source>
        <translation>Filen saknar geometri och inga koordinatkolumner hittades eller kopplades. Använd --map x=KOLUMN --map y=KOLUMN.</translation>
    </message>
    <message>
        <source>Areas need a file with polygon geometries.</source>
        <translation>Områden kräver en fil med ytgeometrier.</translation>
    </message>
    <message>
        <source>There is no mapping profile called %1 in this store.</source>
        <translation>Det finns ingen mappningsprofil som heter %1 i det här datalagret.</translation>
    </message>
    <message>
        <source>The mapping profile %1 is damaged: %2</source>
        <translation>Mappningsprofilen %1 är skadad: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 är en mapp; välj en fil.</translation>
    </message>
    <message>
        <source>%1 is not a supported format. Lägesbild imports %2.</source>
        <translation>%1 är inte ett format som stöds. Lägesbild importerar %2.</translation>
    </message>
    <message>
        <source>GDAL says: %1</source>
        <translation>GDAL säger: %1</translation>
    </message>
    <message>
        <source>%1 holds no table or layer to import.</source>
        <translation>%1 innehåller ingen tabell eller inget lager att importera.</translation>
    </message>
    <message>
        <source>EPSG:%1 (%2), as given.</source>
        <translation>EPSG:%1 (%2), som angivet.</translation>
    </message>
    <message>
        <source>EPSG:%1, from the file.</source>
        <translation>EPSG:%1, från filen.</translation>
    </message>
    <message>
        <source>Cannot tell the coordinate system of %1: %2 Give it with --crs EPSG:N.</source>
        <translation>Kan inte avgöra referenssystemet för %1: %2 Ange det med --crs EPSG:N.</translation>
    </message>
    <message>
        <source>The store %1 is open read-only.</source>
        <translation>Datalagret %1 är öppnat skrivskyddad.</translation>
    </message>
    <message>
        <source>Cannot start writing to %1: %2</source>
        <translation>Kan inte börja skriva till %1: %2</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows per second</source>
        <translation>%1 rader lästa, %2 rader per sekund</translation>
    </message>
    <message>
        <source>Building the spatial index</source>
        <translation>Bygger det rumsliga indexet</translation>
    </message>
    <message>
        <source>Could not finish the import: %1</source>
        <translation>Kunde inte slutföra importen: %1</translation>
    </message>
    <message>
        <source>Could not save the import: %1</source>
        <translation>Kunde inte spara importen: %1</translation>
    </message>
    <message>
        <source>EPSG:%1 (%2), from the file.</source>
        <translation>EPSG:%1 (%2), från filen.</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Position saknas</translation>
    </message>
    <message>
        <source>Coordinates cannot be read</source>
        <translation>Koordinaterna går inte att läsa</translation>
    </message>
    <message>
        <source>Wrong kind of geometry</source>
        <translation>Fel typ av geometri</translation>
    </message>
    <message>
        <source>Position cannot be transformed</source>
        <translation>Positionen kan inte räknas om</translation>
    </message>
    <message>
        <source>Outside the area of the coordinate system</source>
        <translation>Utanför referenssystemets område</translation>
    </message>
    <message>
        <source>Outside the municipality</source>
        <translation>Utanför kommunen</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Tid saknas</translation>
    </message>
    <message>
        <source>Time cannot be read</source>
        <translation>Tiden går inte att läsa</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Kategori saknas</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Okänd kategori</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Obligatoriskt värde saknas</translation>
    </message>
    <message>
        <source>Value cannot be read</source>
        <translation>Värdet går inte att läsa</translation>
    </message>
    <message>
        <source>Unknown area</source>
        <translation>Okänt område</translation>
    </message>
    <message>
        <source>The store refused the row</source>
        <translation>Datalagret tog inte emot raden</translation>
    </message>
    <message>
        <source>The join needs column %1 in %2 and column %3 in the main file.</source>
        <translation>Kopplingen behöver kolumnen %1 i %2 och kolumnen %3 i huvudfilen.</translation>
    </message>
    <message>
        <source>%1 has no layer called %2. Its layers are: %3.</source>
        <translation>%1 har inget lager som heter %2. Dess lager är: %3.</translation>
    </message>
    <message>
        <source>CSV or TSV, Excel (.xlsx, or .xls from Excel 97–2003), OpenDocument spreadsheet (.ods), GeoJSON, GeoPackage, shapefile (also zipped), KML or KMZ, GPX and FlatGeobuf</source>
        <translation>CSV eller TSV, Excel (.xlsx, eller .xls från Excel 97–2003), OpenDocument-kalkylblad (.ods), GeoJSON, GeoPackage, shapefil (även zippad), KML eller KMZ, GPX och FlatGeobuf</translation>
    </message>
    <message>
        <source>%1 is a zip archive that cannot be read, or an empty one.</source>
        <translation>%1 är ett zip-arkiv som inte kan läsas, eller ett tomt arkiv.</translation>
    </message>
    <message>
        <source>The zip archive %1 holds no file Lägesbild can import (%2); it holds: %3.</source>
        <translation>Zip-arkivet %1 innehåller ingen fil som Lägesbild kan importera (%2); det innehåller: %3.</translation>
    </message>
    <message>
        <source>%1 is a network address. Lägesbild reads only files on this computer (or a drive mounted on it) and never fetches data from the network on its own; download the file and open the copy.</source>
        <translation>%1 är en nätverksadress. Lägesbild läser bara filer på den här datorn (eller på en enhet som är monterad på den) och hämtar aldrig data från nätverket på egen hand; ladda ner filen och öppna kopian.</translation>
    </message>
    <message>
        <source>Row %1 cannot be read and will be rejected: %2</source>
        <translation>Rad %1 kan inte läsas och kommer att avvisas: %2</translation>
    </message>
    <message>
        <source>%1 more of the first %2 rows cannot be read either.</source>
        <translation>Ytterligare %1 av de första %2 raderna kan inte heller läsas.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; its text is read as Windows-1252, as Excel saves it on Swedish Windows. Check that å, ä and ö look right in the samples.</source>
        <translation>Filen är inte giltig UTF-8; texten läses som Windows-1252, så som Excel sparar den på svenska Windows. Kontrollera att å, ä och ö ser rätt ut i exemplen.</translation>
    </message>
    <message>
        <source>%1 of the first %2 polygons are invalid (a ring crosses itself or is not closed). The import rejects them unless it is asked to repair them.</source>
        <translation>%1 av de första %2 polygonerna är ogiltiga (en ring korsar sig själv eller är inte sluten). Importen avvisar dem om den inte ombeds att reparera dem.</translation>
    </message>
    <message>
        <source>The row cannot be read</source>
        <translation>Raden kan inte läsas</translation>
    </message>
    <message>
        <source>Invalid geometry</source>
        <translation>Ogiltig geometri</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16 (Unicode). Lägesbild reads CSV files saved as UTF-8 or Windows-1252; save it again as “CSV UTF-8”.</source>
        <translation>%1 är sparad som UTF-16 (Unicode). Lägesbild läser CSV-filer som är sparade som UTF-8 eller Windows-1252; spara den igen som ”CSV UTF-8”.</translation>
    </message>
    <message>
        <source>Reading %1 stopped after row %2: %3</source>
        <translation>Läsningen av %1 avbröts efter rad %2: %3</translation>
    </message>
    <message>
        <source>Swedish Police open events (polisen.se)</source>
        <translation>Polisens öppna händelser (polisen.se)</translation>
    </message>
    <message>
        <source>police.uk street-level crime</source>
        <translation>police.uk, brott på gatunivå</translation>
    </message>
    <message>
        <source>FixaMinGata / FixMyStreet reports as incidents</source>
        <translation>Felanmälningar från FixaMinGata / FixMyStreet som händelser</translation>
    </message>
    <message>
        <source>FixaMinGata / FixMyStreet reports as safety-walk findings</source>
        <translation>Felanmälningar från FixaMinGata / FixMyStreet som iakttagelser från trygghetsvandringar</translation>
    </message>
    <message>
        <source>The police events cannot be read: %1 (at byte %2).</source>
        <translation>Polisens händelser kan inte läsas: %1 (vid byte %2).</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>inte en JSON-lista</translation>
    </message>
    <message>
        <source>%1 is too large to be a saved police events response.</source>
        <translation>%1 är för stor för att vara ett sparat svar med polisens händelser.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1 is not a web address the police events can be fetched from.</source>
        <translation>%1 är inte en webbadress som polisens händelser kan hämtas från.</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Hämtar %1</translation>
    </message>
    <message>
        <source>Fetching %1 was canceled.</source>
        <translation>Hämtningen av %1 avbröts.</translation>
    </message>
    <message>
        <source>Fetching %1 failed: %2</source>
        <translation>Hämtningen av %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Fetching %1 failed: the server answered with HTTP status %2.</source>
        <translation>Hämtningen av %1 misslyckades: servern svarade med HTTP-status %2.</translation>
    </message>
    <message>
        <source>The answer from %1 is not a list of police events.</source>
        <translation>Svaret från %1 är inte en lista med polisens händelser.</translation>
    </message>
    <message>
        <source>The store has no municipality name; give the place to fetch events for.</source>
        <translation>Datalagret har inget kommunnamn; ange platsen som händelser ska hämtas för.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>The column %1 looks like the field %2 (%3) but is not imported.</source>
        <translation>Kolumnen %1 ser ut som fältet %2 (%3) men importeras inte.</translation>
    </message>
    <message>
        <source>Guessed %1: the columns are named longitude and latitude and the values are within ±180 and ±90 degrees.</source>
        <translation>Gissade %1: kolumnerna heter longitud och latitud och värdena ligger inom ±180 och ±90 grader.</translation>
    </message>
    <message>
        <source>Guessed %1, the store&apos;s CRS, with the two coordinate columns swapped: the values fall within its area of use.</source>
        <translation>Gissade %1, datalagrets referenssystem, med de två koordinatkolumnerna omkastade: värdena ligger inom dess användningsområde.</translation>
    </message>
    <message>
        <source>Guessed %1, the store&apos;s CRS: the values fall within its area of use.</source>
        <translation>Gissade %1, datalagrets referenssystem: värdena ligger inom dess användningsområde.</translation>
    </message>
    <message>
        <source>The coordinates do not look like WGS 84 longitudes and latitudes, positions in the store&apos;s CRS, or SWEREF 99 or RT 90 positions in Sweden; give the CRS.</source>
        <translation>Koordinaterna ser inte ut som longituder och latituder i WGS 84, positioner i datalagrets referenssystem eller SWEREF 99- eller RT 90-positioner i Sverige; ange referenssystemet.</translation>
    </message>
    <message>
        <source>The store already has areas called %1. District boundaries change between years: the import adds these as further areas of the same name. Undo the import and remove or rename the old areas if the new ones replace them.</source>
        <translation>Datalagret har redan områden som heter %1. Stadsdelsgränser ändras mellan åren: importen lägger till dessa som ytterligare områden med samma namn. Ångra importen och ta bort eller byt namn på de gamla områdena om de nya ersätter dem.</translation>
    </message>
    <message>
        <source>A shared store on a server takes imports of incidents only; import %1 into a store file and copy it with copy-store.</source>
        <translation>Ett delat datalager på en server tar bara emot import av händelser; importera %1 till en datalagerfil och kopiera den med copy-store.</translation>
    </message>
</context>
<context>
    <name>lb::io::VectorReader</name>
    <message>
        <source>Cannot read %1 as a vector file: %2</source>
        <translation>Kan inte läsa %1 som vektorfil: %2</translation>
    </message>
    <message>
        <source>%1 has no layer %2.</source>
        <translation>%1 har inget lager %2.</translation>
    </message>
    <message>
        <source>The coordinate reference system of %1 has no EPSG code.</source>
        <translation>Referenssystemet för %1 har ingen EPSG-kod.</translation>
    </message>
    <message>
        <source>Cannot read %1 from memory.</source>
        <translation>Kan inte läsa %1 från minnet.</translation>
    </message>
</context>
<context>
    <name>lb::store::ImportCatalog</name>
    <message>
        <source>Could not record the import batch: %1</source>
        <translation>Kunde inte registrera importomgången: %1</translation>
    </message>
    <message>
        <source>Could not record rejected row %1: %2</source>
        <translation>Kunde inte registrera den avvisade raden %1: %2</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Det finns ingen importomgång %1.</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2.</source>
        <translation>Importomgång %1 ångrades redan %2.</translation>
    </message>
    <message>
        <source>Could not undo import batch %1: %2</source>
        <translation>Kunde inte ångra importomgång %1: %2</translation>
    </message>
    <message>
        <source>A mapping profile needs a name.</source>
        <translation>En mappningsprofil behöver ett namn.</translation>
    </message>
    <message>
        <source>Could not save the mapping profile %1: %2</source>
        <translation>Kunde inte spara mappningsprofilen %1: %2</translation>
    </message>
</context>
<context>
    <name>lb::store::RecordWriter</name>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Kan inte skriva till %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>The spatial index of %1 cannot be read.</source>
        <translation>Det rumsliga indexet för %1 går inte att läsa.</translation>
    </message>
</context>
<context>
    <name>lb::cli::PersonalData</name>
    <message>
        <source>%1 (%2 in %3 rows)</source>
        <translation>%1 (%2 i %3 rader)</translation>
    </message>
    <message>
        <source>Find personal identity numbers, phone numbers and e-mail addresses in a store (scan), or replace them with markers such as [personnummer] (redact).</source>
        <translation>Hitta personnummer, telefonnummer och e-postadresser i ett datalager (scan), eller ersätt dem med markörer som [personnummer] (redact).</translation>
    </message>
    <message>
        <source>scan or redact.</source>
        <translation>scan eller redact.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>personal-data needs scan or redact and a store file.</source>
        <translation>personal-data behöver scan eller redact och en datalagerfil.</translation>
    </message>
    <message>
        <source>No personal data found in %1.</source>
        <translation>Inga personuppgifter hittades i %1.</translation>
    </message>
    <message>
        <source>Redacted in %1 (table.column: kind, values and rows):</source>
        <translation>Ersatt med markörer i %1 (tabell.kolumn: slag, värden och rader):</translation>
    </message>
    <message>
        <source>Personal data in %1 (table.column: kind, values and rows):</source>
        <translation>Personuppgifter i %1 (tabell.kolumn: slag, värden och rader):</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s) in one transaction; each change is in the edit log.</source>
        <translation>
            <numerusform>Ändrade %Ln rad i en transaktion; ändringen finns i ändringsloggen.</numerusform>
            <numerusform>Ändrade %Ln rader i en transaktion; varje ändring finns i ändringsloggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with markers with: lagesbild-cli personal-data redact %1</source>
        <translation>Ersätt dem med markörer med: lagesbild-cli personal-data redact %1</translation>
    </message>
</context>
<context>
    <name>lb::io::PersonalData</name>
    <message>
        <source>personal identity numbers</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>coordination numbers</source>
        <translation>samordningsnummer</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>e-postadresser</translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation>%1 (importeras inte)</translation>
    </message>
    <message>
        <source>%1: %2 (e.g. %3)</source>
        <translation>%1: %2 (t.ex. %3)</translation>
    </message>
    <message>
        <source>The store %1 is open read-only.</source>
        <translation>Datalagret %1 är öppnat skrivskyddat.</translation>
    </message>
    <message>
        <source>Cannot start writing to %1: %2</source>
        <translation>Kan inte börja skriva till %1: %2</translation>
    </message>
    <message>
        <source>Could not redact %1 row %2: %3</source>
        <translation>Kunde inte ersätta personuppgifterna i %1, rad %2: %3</translation>
    </message>
</context>
<context>
    <name>lb::io::ExportOffice</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan inte skapa %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the finished table to %1.</source>
        <translation>Kan inte flytta den färdiga tabellen till %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan inte ersätta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>GDAL has no XLSX driver.</source>
        <translation>GDAL saknar drivrutin för XLSX.</translation>
    </message>
</context>
<context>
    <name>lb::io::Municipalities</name>
    <message>
        <source>The list of municipalities is missing from this build (%1).</source>
        <translation>Listan över kommuner saknas i det här bygget (%1).</translation>
    </message>
    <message>
        <source>No Swedish municipality is called %1; give its name or its four-digit code (kommunkod), e.g. Södertälje or 0181.</source>
        <translation>Ingen svensk kommun heter %1; ange namnet eller den fyrsiffriga kommunkoden, t.ex. Södertälje eller 0181.</translation>
    </message>
    <message>
        <source>No Swedish municipality is called %1. Did you mean %2?</source>
        <translation>Ingen svensk kommun heter %1. Menade du %2?</translation>
    </message>
    <message>
        <source>No municipality with code %1.</source>
        <translation>Ingen kommun har koden %1.</translation>
    </message>
</context>
<context>
    <name>lb::io::StoreCreation</name>
    <message>
        <source>Give either a municipality or a boundary file, not both.</source>
        <translation>Ange antingen en kommun eller en gränsfil, inte båda.</translation>
    </message>
    <message>
        <source>%1 holds no polygons to use as the municipality boundary.</source>
        <translation>%1 innehåller inga ytor att använda som kommungräns.</translation>
    </message>
</context>
<context>
    <name>lb::io::WalkTable</name>
    <message>
        <source>Walk</source>
        <translation>Vandring</translation>
    </message>
    <message>
        <source>%1: a walk&apos;s table is written as .xlsx or .csv.</source>
        <translation>%1: en vandrings tabell skrivs som .xlsx eller .csv.</translation>
    </message>
    <message>
        <source>%1 lacks columns of a walk&apos;s table: %2. Its columns are: %3.</source>
        <translation>%1 saknar kolumner i en vandrings tabell: %2. Dess kolumner är: %3.</translation>
    </message>
    <message>
        <source>Nr %1 is not a point of the walk&apos;s plan (1 to %2).</source>
        <translation>Nr %1 är ingen punkt i vandringens plan (1 till %2).</translation>
    </message>
    <message>
        <source>No observation (Iakttagelse) written for point %1.</source>
        <translation>Ingen iakttagelse (Iakttagelse) skriven för punkt %1.</translation>
    </message>
    <message>
        <source>No kind (Typ) given; the kinds are: %1.</source>
        <translation>Ingen typ (Typ) angiven; typerna är: %1.</translation>
    </message>
    <message>
        <source>Unknown kind %1; the kinds are: %2.</source>
        <translation>Okänd typ %1; typerna är: %2.</translation>
    </message>
    <message>
        <source>Proposed action: %1</source>
        <translation>Förslag till åtgärd: %1</translation>
    </message>
</context>
<context>
    <name>lb::cli::CopyStore</name>
    <message>
        <source>Copy a whole store between a GeoPackage file and a PostgreSQL/PostGIS database, with every table, id and history entry. A database is given as a postgresql:// connection string; the password comes from ~/.pgpass.</source>
        <translation>Kopiera ett helt datalager mellan en GeoPackage-fil och en PostgreSQL/PostGIS-server, med varje tabell, id och historikpost. En server anges med en postgresql://-anslutningssträng; lösenordet hämtas ur ~/.pgpass.</translation>
    </message>
    <message>
        <source>The store to copy: a .gpkg file or postgresql://...</source>
        <translation>Datalagret som ska kopieras: en .gpkg-fil eller postgresql://...</translation>
    </message>
    <message>
        <source>Where to copy it: a new .gpkg file or an empty postgresql://... database</source>
        <translation>Vart det ska kopieras: en ny .gpkg-fil eller ett tomt datalager på en server, postgresql://...</translation>
    </message>
    <message>
        <source>copy-store needs a source and a target.</source>
        <translation>copy-store behöver en källa och ett mål.</translation>
    </message>
    <message>
        <source>One side of copy-store must be a .gpkg file and the other a postgresql:// database.</source>
        <translation>Den ena sidan av copy-store måste vara en .gpkg-fil och den andra en PostgreSQL-server (postgresql://).</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rader</translation>
    </message>
    <message>
        <source>Copied %1 rows.</source>
        <translation>Kopierade %1 rader.</translation>
    </message>
</context>
<context>
    <name>lb::pgstore::PgConnection</name>
    <message>
        <source>Cannot connect to the PostgreSQL server: out of memory.</source>
        <translation>Kan inte ansluta till PostgreSQL-servern: minnet räcker inte.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server: %1</source>
        <translation>Kan inte ansluta till PostgreSQL-servern: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server does not accept UTF-8.</source>
        <translation>PostgreSQL-servern godtar inte UTF-8.</translation>
    </message>
    <message>
        <source>The server returned no row for: %1</source>
        <translation>Servern returnerade ingen rad för: %1</translation>
    </message>
</context>
<context>
    <name>lb::pgstore::PgSchema</name>
    <message>
        <source>The store on the server has schema version %1; this program knows versions up to %2. Use a newer version of the program.</source>
        <translation>Datalagret på servern har schemaversion %1; det här programmet känner till versioner upp till %2. Använd en nyare version av programmet.</translation>
    </message>
    <message>
        <source>The database has no PostGIS. An administrator runs CREATE EXTENSION postgis in it.</source>
        <translation>Datalagret på servern saknar PostGIS. En administratör kör CREATE EXTENSION postgis där.</translation>
    </message>
    <message>
        <source>Cannot create the store&apos;s tables on the server: %1</source>
        <translation>Kan inte skapa datalagrets tabeller på servern: %1</translation>
    </message>
</context>
<context>
    <name>lb::pgstore::StoreCopy</name>
    <message>
        <source>%1 has schema version %2; copying needs version %3. Upgrade it first.</source>
        <translation>%1 har schemaversion %2; kopieringen kräver version %3. Uppgradera det först.</translation>
    </message>
    <message>
        <source>The table %1 has a column %2 the server&apos;s store lacks.</source>
        <translation>Tabellen %1 har en kolumn %2 som datalagret på servern saknar.</translation>
    </message>
    <message>
        <source>The table %1 lacks the column %2 of the server&apos;s store.</source>
        <translation>Tabellen %1 saknar kolumnen %2 som datalagret på servern har.</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Kopieringen av tabellen %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>Datalagret %1 finns inte.</translation>
    </message>
    <message>
        <source>The store on the server is not empty (the table %1 has rows); copy into an empty database.</source>
        <translation>Datalagret på servern är inte tomt (tabellen %1 har rader); kopiera till ett tomt datalager.</translation>
    </message>
    <message>
        <source>The store on the server uses EPSG:%1, the file EPSG:%2.</source>
        <translation>Datalagret på servern använder EPSG:%1, filen EPSG:%2.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 with %2 fields.</source>
        <translation>Servern skickade en rad i %1 med %2 fält.</translation>
    </message>
    <message>
        <source>Writing a row of %1 failed: %2</source>
        <translation>Att skriva en rad i %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>%1 exists already; copy into a new file.</source>
        <translation>%1 finns redan; kopiera till en ny fil.</translation>
    </message>
    <message>
        <source>The store on the server</source>
        <translation>Datalagret på servern</translation>
    </message>
    <message>
        <source>The copied rows break a rule of the store: %1</source>
        <translation>De kopierade raderna bryter mot en regel i datalagret: %1</translation>
    </message>
</context>
<context>
    <name>lb::io::RasterBaseMap</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a raster GDAL can read: %2</source>
        <translation>%1 är inget raster som GDAL kan läsa: %2</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a known CRS.</source>
        <translation>EPSG:%1 är inget känt koordinatsystem.</translation>
    </message>
    <message>
        <source>%1 has no coordinate system or no georeferencing, so it cannot be placed on the map.</source>
        <translation>%1 saknar koordinatsystem eller georeferering och kan därför inte placeras på kartan.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a raster nor a vector file GDAL can read: %2</source>
        <translation>%1 är varken ett raster eller en vektorfil som GDAL kan läsa: %2</translation>
    </message>
    <message>
        <source>%1 has no features to draw.</source>
        <translation>%1 har inga objekt att rita.</translation>
    </message>
    <message>
        <source>The map view is empty.</source>
        <translation>Kartvyn är tom.</translation>
    </message>
    <message>
        <source>Cannot read the raster&apos;s colours: %1</source>
        <translation>Kan inte läsa rastrets färger: %1</translation>
    </message>
    <message>
        <source>Cannot make an image of %1×%2 pixels.</source>
        <translation>Kan inte skapa en bild på %1×%2 bildpunkter.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Cannot reproject the raster: %1</source>
        <translation>Kan inte projicera om rastret: %1</translation>
    </message>
    <message>
        <source>Cannot read the reprojected raster: %1</source>
        <translation>Kan inte läsa det omprojicerade rastret: %1</translation>
    </message>
</context>
<context>
    <name>lb::io::TileBaseMap</name>
    <message>
        <source>A tile address must start with http:// or https:// and contain {z}, {x} and {y}: %1</source>
        <translation>En kartplatteadress måste börja med http:// eller https:// och innehålla {z}, {x} och {y}: %1</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a known CRS.</source>
        <translation>EPSG:%1 är inget känt koordinatsystem.</translation>
    </message>
    <message>
        <source>The map view cannot be shown in Web Mercator.</source>
        <translation>Kartvyn kan inte visas i Web Mercator.</translation>
    </message>
    <message>
        <source>%1 did not answer with an image.</source>
        <translation>%1 svarade inte med en bild.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>No map tiles could be fetched or found in the cache: %1</source>
        <translation>Inga kartplattor kunde hämtas eller hittas i cachen: %1</translation>
    </message>
    <message>
        <source>Cannot make the tile mosaic: %1</source>
        <translation>Kan inte sätta ihop kartplattorna: %1</translation>
    </message>
</context>
<context>
    <name>lb::io::OsmBackground</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not an OpenStreetMap file (.osm.pbf or .osm): %2</source>
        <translation>%1 är ingen OpenStreetMap-fil (.osm.pbf eller .osm): %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>lb::pgstore::PgStore</name>
    <message>
        <source>The database holds no Lägesbild store. Copy one into it with lagesbild-cli copy-store.</source>
        <translation>Där finns inget Lägesbild-datalager. Kopiera ett dit med lagesbild-cli copy-store.</translation>
    </message>
    <message>
        <source>The shared store has schema version %1; this program reads version %2.</source>
        <translation>Det delade datalagret har schemaversion %1; det här programmet läser version %2.</translation>
    </message>
    <message>
        <source>The shared store has no coordinate reference system recorded.</source>
        <translation>Det delade datalagret har inget koordinatsystem angivet.</translation>
    </message>
    <message>
        <source>A shared store on a server takes imports of incidents only.</source>
        <translation>Ett delat datalager på en server tar bara emot import av händelser.</translation>
    </message>
    <message>
        <source>No import is running.</source>
        <translation>Ingen import pågår.</translation>
    </message>
</context>
<context>
    <name>lb::pgstore::SharedEditing</name>
    <message>
        <source>Finding %1 was removed by someone else; your changes were not saved.</source>
        <translation>Fynd %1 har tagits bort av någon annan; dina ändringar sparades inte.</translation>
    </message>
    <message>
        <source>%1 saved finding %2 at %3, after you opened it; your changes were not saved. It now reads: status %4, responsible %5, due %6, description: %7</source>
        <translation>%1 sparade fynd %2 %3, efter att du öppnade det; dina ändringar sparades inte. Nu gäller: status %4, ansvarig %5, klart senast %6, beskrivning: %7</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
</context>
<context>
    <name>lb::pgstore::PgListener</name>
    <message>
        <source>Waiting for changes on the server failed (error %1).</source>
        <translation>Att vänta på ändringar på servern misslyckades (fel %1).</translation>
    </message>
</context>
<context>
    <name>lb::io::DistrictImport</name>
    <message>
        <source>%1 holds no layer with areas.</source>
        <translation>%1 har inget lager med områden.</translation>
    </message>
    <message>
        <source>Choose the field that holds the districts&apos; names.</source>
        <translation>Välj fältet som har områdenas namn.</translation>
    </message>
    <message>
        <source>The districts in %1 look like they hold personal data; import them with File › Import data, where you can choose what to do with it.</source>
        <translation>Områdena i %1 ser ut att innehålla personuppgifter; importera dem med Arkiv › Importera data, där du kan välja vad som ska göras med dem.</translation>
    </message>
</context>
<context>
    <name>lb::pgstore::SharedInterventions</name>
    <message>
        <source>The intervention %1 was removed by someone else; your changes were not saved.</source>
        <translation>Insatsen %1 har tagits bort av någon annan; dina ändringar sparades inte.</translation>
    </message>
    <message>
        <source>%1 saved the intervention %2 at %3, after you opened it; your changes were not saved. It now reads: %4, %5 to %6, organisation %7, description: %8</source>
        <translation>%1 sparade insatsen %2 %3, efter att du öppnade den; dina ändringar sparades inte. Nu står det: %4, %5 till %6, organisation %7, beskrivning: %8</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
</context>
</TS>
