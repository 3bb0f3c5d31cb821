<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>lb::Crs</name>
    <message>
        <source>Unknown coordinate reference system EPSG:%1.</source>
        <translation>Okänt koordinatsystem EPSG:%1.</translation>
    </message>
    <message>
        <source>Cannot transform coordinates from EPSG:%1 to EPSG:%2.</source>
        <translation>Kan inte transformera koordinater från EPSG:%1 till EPSG:%2.</translation>
    </message>
    <message>
        <source>Cannot normalise the axis order of EPSG:%1.</source>
        <translation>Kan inte normalisera axelordningen för EPSG:%1.</translation>
    </message>
</context>
<context>
    <name>lb::cli</name>
    <message>
        <source>Usage: lagesbild-cli &lt;command&gt; [options]

Commands:
  demo --out FILE [--seed N]        write the demo store
  info FILE                         layers, counts, extent, CRS and time span of a store
  render FILE --out IMAGE [--size WxH] [--extent minx,miny,maxx,maxy] [--layers a,b,...]
                                    draw the map of a store into a PNG
  create FILE [--crs EPSG:N] [--boundary FILE] [--name NAME]
                                    make an empty store
  probe FILE                        show layers, fields and the guessed coordinates of a file
  import FILE --store S --kind K [options]
                                    import records into a store
  analyse METHOD STORE [options]    hotspots, trends and survey statistics
  personal-data scan|redact STORE
                                    find personal identity numbers, phone numbers and e-mail
                                    addresses in a store, or replace them with markers

Run a command with --help for its options.
</source>
        <translation>Användning: lagesbild-cli &lt;kommando&gt; [flaggor]

Kommandon:
  demo --out FIL [--seed N]         skriv demodatalagret
  info FIL                          lager, antal, utbredning, koordinatsystem och tidsperiod för ett datalager
  render FIL --out BILD [--size BxH] [--extent minx,miny,maxx,maxy] [--layers a,b,...]
                                    rita kartan för ett datalager till en PNG
  create FIL [--crs EPSG:N] [--boundary FIL] [--name NAMN]
                                    skapa ett tomt datalager
  probe FIL                         visa lager, fält och gissade koordinater i en fil
  import FIL --store S --kind K [flaggor]
                                    importera poster till ett datalager
  analyse METOD DATALAGER [flaggor] hotspots, trender och statistik för trygghetsmätningar
  personal-data scan|redact DATALAGER
                                    hitta personnummer, telefonnummer och e-postadresser i ett
                                    datalager, eller ersätt dem med markörer

Kör ett kommando med --help för dess flaggor.
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Demo</name>
    <message>
        <source>Write the demo store: Södertälje with districts, a background map, five years of incidents, three survey rounds and three safety walks.</source>
        <translation>Skriv demodatalagret: Södertälje med stadsdelar, bakgrundskarta, fem års händelser, tre trygghetsmätningar och tre trygghetsvandringar.</translation>
    </message>
    <message>
        <source>The store file to write.</source>
        <translation>Datalagerfilen som ska skrivas.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Slumpfrö (standard 1).</translation>
    </message>
    <message>
        <source>demo needs --out FILE.</source>
        <translation>demo behöver --out FIL.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed måste vara ett icke-negativt heltal.</translation>
    </message>
    <message>
        <source>Wrote the demo store to %1.</source>
        <translation>Skrev demodatalagret till %1.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Info</name>
    <message>
        <source>Show the layers, counts, extent, CRS and time span of a store.</source>
        <translation>Visa lager, antal, utbredning, koordinatsystem och tidsperiod för ett datalager.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>info needs exactly one store file.</source>
        <translation>info behöver exakt en datalagerfil.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datalager: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <source>CRS: EPSG:%1 (%2)</source>
        <translation>Koordinatsystem: EPSG:%1 (%2)</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Tidszon: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Lager:</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n objekt</numerusform><numerusform>%n objekt</numerusform></translation>
    </message>
    <message>
        <source>Extent: %1</source>
        <translation>Utbredning: %1</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2</source>
        <translation>Händelser från %1 till %2</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>Inga händelser.</translation>
    </message>
    <message>
        <source>Survey rounds: %1</source>
        <translation>Trygghetsmätningar: %1</translation>
    </message>
</context>
<context>
    <name>lb::demo::DemoBuilder</name>
    <message>
        <source>Drawing the municipality and its districts…</source>
        <translation>Ritar kommunen och dess stadsdelar…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Writing five years of incidents…</source>
        <translation>Skriver fem års händelser…</translation>
    </message>
    <message>
        <source>Writing survey rounds…</source>
        <translation>Skriver trygghetsmätningar…</translation>
    </message>
    <message>
        <source>Writing safety walks…</source>
        <translation>Skriver trygghetsvandringar…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 finns redan; välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan inte skriva %1.</translation>
    </message>
    <message>
        <source>The demo store is ready.</source>
        <translation>Demodatalagret är klart.</translation>
    </message>
</context>
<context>
    <name>lb::demo::Geography</name>
    <message>
        <source>The demo municipality outline is missing from the program.</source>
        <translation>Demokommunens gräns saknas i programmet.</translation>
    </message>
    <message>
        <source>The demo municipality outline has no polygon.</source>
        <translation>Demokommunens gräns saknar polygon.</translation>
    </message>
    <message>
        <source>Could not place the demo water bodies.</source>
        <translation>Kunde inte placera demots vattenområden.</translation>
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
        <translation>Koordinatsystemet i %1 saknar EPSG-kod.</translation>
    </message>
    <message>
        <source>Cannot read %1 from memory.</source>
        <translation>Kan inte läsa %1 från minnet.</translation>
    </message>
</context>
<context>
    <name>lb::store</name>
    <message>
        <source>No migration from schema version %1.</source>
        <translation>Ingen migrering från schemaversion %1.</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Migreringen till schemaversion %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Databasfel i %1: %2</translation>
    </message>
    <message>
        <source>Could not start a write in %1: %2</source>
        <translation>Kunde inte påbörja en skrivning i %1: %2</translation>
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
</context>
<context>
    <name>lb::store::Store</name>
    <message>
        <source>Could not read the store: %1</source>
        <translation>Kunde inte läsa datalagret: %1</translation>
    </message>
    <message>
        <source>%1 is not a background layer.</source>
        <translation>%1 är inte ett bakgrundslager.</translation>
    </message>
    <message>
        <source>Area %1 does not exist.</source>
        <translation>Område %1 finns inte.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Finding %1 does not exist.</source>
        <translation>Iakttagelse %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 finns redan; välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>EPSG:%1 (%2) is not a projected CRS in metres; a store needs one so that distances and densities are in metres.</source>
        <translation>EPSG:%1 (%2) är inte ett projicerat referenssystem i meter; ett datalager behöver ett sådant så att avstånd och tätheter blir i meter.</translation>
    </message>
    <message>
        <source>Unknown time zone %1.</source>
        <translation>Okänd tidszon %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan inte skriva %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a Lägesbild store (it is not a GeoPackage or SQLite file).</source>
        <translation>%1 är inte ett Lägesbild-datalager (det är ingen GeoPackage- eller SQLite-fil).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 är skadad (%2). Den har inte ändrats; återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Lägesbild store; import its layers into a store instead.</source>
        <translation>%1 är en GeoPackage men inte ett Lägesbild-datalager; importera dess lager till ett datalager i stället.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Lägesbild store.</source>
        <translation>%1 är en SQLite-databas men inte ett Lägesbild-datalager.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Lägesbild (schema %2; this program reads up to %3). It was not changed.</source>
        <translation>%1 skapades av en nyare version av Lägesbild (schema %2; det här programmet läser upp till %3). Den har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be opened for writing once to be upgraded.</source>
        <translation>%1 använder ett äldre schema (%2) och måste öppnas för skrivning en gång för att uppgraderas.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded and was left unchanged: %2</source>
        <translation>%1 kunde inte uppgraderas och lämnades oförändrad: %2</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system recorded.</source>
        <translation>%1 saknar uppgift om koordinatsystem.</translation>
    </message>
</context>
</TS>