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
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Waiting up to %2 seconds for it to finish…</source>
        <translation>%1 är upptaget: ett annat program skriver till det. Väntar upp till %2 sekunder på att det blir klart…</translation>
    </message>
    <message>
        <source>Upgrade it once with: lagesbild-cli upgrade %1 (a copy of the old file is kept beside it).</source>
        <translation>Uppgradera det en gång med: lagesbild-cli upgrade %1 (en kopia av den gamla filen sparas bredvid).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Usage: lagesbild-cli &lt;command&gt; [options]

Commands:
  demo --out FILE [--seed N]        write the demo store
  info STORE                        layers, counts, extent, CRS and time span of a store
  render STORE --out IMAGE [--size WxH] [--extent minx,miny,maxx,maxy] [--layers a,b,...]
                                    draw the map of a store into a PNG, or an A4 page into a PDF
  create STORE [--municipality NAME|CODE | --boundary FILE] [--crs EPSG:N] [--name NAME]
                                    make an empty store for a municipality
  probe FILE                        show layers, fields and the guessed coordinates of a file
  import FILE --store STORE --kind K [options]
                                    import records into a store
  analyse METHOD STORE [options]    hot spots, trends and survey statistics
  chart STORE --kind KIND --out FILE.png|svg|pdf
                                    draw a chart (per-year, change, time-profile, survey, followup)
  print STORE --out PAGE.pdf|png|svg [--page A4|A3] [--heatmap] [--hotspots]
                                    a print layout of the map
  report STORE --year Y --out FILE.pdf|odt [--district D] [--public [--k N]]
                                    the yearly lägesbild report
  personal-data scan|redact STORE
                                    find personal identity numbers, phone numbers and e-mail
                                    addresses in a store, or replace them with markers
  upgrade STORE                     upgrade a store of an older schema (keeps a copy)
  check STORE                       verify every page, index and constraint of a store
  copy-store SOURCE TARGET          copy a store between a .gpkg file and a postgresql:// database
  fetch-police STORE [--url BASE] [--location NAME]
                                    download the police&apos;s current events and import the new ones
  interventions add|list|kinds|import|edit|remove STORE ...
                                    record interventions (insatser)
  evaluate STORE --intervention ID --out FILE.csv [--chart FILE.png|svg|pdf]
                                    did an intervention help: before/after against a comparison area
  codes STORE [--kind category|source|area]
                                    list the category codes, reporting organisations and areas
  taxonomy add STORE --code C --sv LABEL --en LABEL [--group G]
                                    add a category to the taxonomy of a store
  rejects STORE [--batch N]         list the rows an import rejected, for any batch
  walk SUBCOMMAND STORE ...         plan, print, record and follow up safety walks

Run a command with --help for its options.
</source>
        <translation>Användning: lagesbild-cli &lt;kommando&gt; [flaggor]

Kommandon:
  demo --out FIL [--seed N]         skriv demodatalagret
  info DATALAGER                    lager, antal, utbredning, koordinatsystem och tidsperiod för ett datalager
  render DATALAGER --out BILD [--size BxH] [--extent minx,miny,maxx,maxy] [--layers a,b,...]
                                    rita kartan för ett datalager till en PNG, eller en A4-sida till en PDF
  create DATALAGER [--municipality NAMN|KOD | --boundary FIL] [--crs EPSG:N] [--name NAMN]
                                    skapa ett tomt datalager för en kommun
  probe FIL                         visa lager, fält och gissade koordinater i en fil
  import FIL --store DATALAGER --kind K [flaggor]
                                    importera poster till ett datalager
  analyse METOD DATALAGER [flaggor] heta områden, trender och statistik för trygghetsmätningar
  chart DATALAGER --kind SLAG --out FIL.png|svg|pdf
                                    rita ett diagram (per-year, change, time-profile, survey, followup)
  print DATALAGER --out SIDA.pdf|png|svg [--page A4|A3] [--heatmap] [--hotspots]
                                    en utskriftslayout av kartan
  report DATALAGER --year ÅR --out FIL.pdf|odt [--district O] [--public [--k N]]
                                    den årliga lägesbildsrapporten
  personal-data scan|redact DATALAGER
                                    hitta personnummer, telefonnummer och e-postadresser i ett
                                    datalager, eller ersätt dem med markörer
  upgrade DATALAGER                 uppgradera ett datalager med ett äldre schema (sparar en kopia)
  check DATALAGER                   kontrollera varje sida, index och villkor i ett datalager
  copy-store KÄLLA MÅL              kopiera ett datalager mellan en .gpkg-fil och en PostgreSQL-server (postgresql://)
  fetch-police DATALAGER [--url BAS] [--location NAMN]
                                    hämta polisens aktuella händelser och importera de nya
  interventions add|list|kinds|import|edit|remove DATALAGER ...
                                    registrera insatser
  evaluate DATALAGER --intervention ID --out FIL.csv [--chart FIL.png|svg|pdf]
                                    hjälpte insatsen: före/efter jämfört med ett jämförelseområde
  codes DATALAGER [--kind category|source|area]
                                    lista kategorikoder, rapporterande organisationer och områden
  taxonomy add DATALAGER --code K --sv ETIKETT --en ETIKETT [--group G]
                                    lägg till en kategori i ett datalagers kategorilista
  rejects DATALAGER [--batch N]     lista raderna som en import avvisade, för valfri import
  walk UNDERKOMMANDO DATALAGER ...  planera, skriv ut, registrera och följ upp trygghetsvandringar

Kör ett kommando med --help för dess flaggor.
</translation>
    </message>
    <message>
        <source>%1 %2: the file needs an extension that names its format: %3.</source>
        <translation>%1 %2: filen behöver en filändelse som anger formatet: %3.</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together.</source>
        <translation>--%1 och --%2 kan inte användas tillsammans.</translation>
    </message>
    <message>
        <source>--%1 needs a CRS as EPSG:N (e.g. EPSG:3006), not %2.</source>
        <translation>--%1 behöver ett koordinatsystem som EPSG:N (t.ex. EPSG:3006), inte %2.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <source>Correct for testing many places at once by controlling the false discovery rate (the default).</source>
        <translation>Korrigera för att många platser testas samtidigt genom att kontrollera andelen falska upptäckter, FDR (standard).</translation>
    </message>
    <message>
        <source>Correct for testing many places at once by controlling the false discovery rate (default: off).</source>
        <translation>Korrigera för att många platser testas samtidigt genom att kontrollera andelen falska upptäckter, FDR (standard: av).</translation>
    </message>
    <message>
        <source>Do not correct for testing many places at once.</source>
        <translation>Korrigera inte för att många platser testas samtidigt.</translation>
    </message>
    <message>
        <source>Run lagesbild-cli %1 --help for its options.</source>
        <translation>Kör lagesbild-cli %1 --help för dess flaggor.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>%1 %2: .%3 files cannot be written here; the formats are %4.</source>
        <translation>%1 %2: .%3-filer kan inte skrivas här; formaten är %4.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[flaggor]</translation>
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
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln objekt</numerusform><numerusform>%Ln objekt</numerusform></translation>
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
        <translation>Fel i datalagret %1: %2</translation>
    </message>
    <message>
        <source>Could not start a write in %1: %2</source>
        <translation>Kunde inte påbörja en skrivning i %1: %2</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>%1 är upptaget: ett annat program skriver till det. Försök igen när det är klart.</translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Kan inte läsa schemaversionen.</translation>
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
        <translation>%1 är en SQLite-fil men inte ett Lägesbild-datalager.</translation>
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
    <message>
        <source>%1 is busy: another program (an import, perhaps) is writing to it. It was not changed; try again when that program has finished.</source>
        <translation>%1 är upptaget: ett annat program (kanske en import) skriver till det. Det ändrades inte; försök igen när det programmet är klart.</translation>
    </message>
    <message>
        <source>the file %1 is read-only (its permissions do not allow changes)</source>
        <translation>filen %1 är skrivskyddad (dess behörigheter tillåter inga ändringar)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to, and a store needs to keep its journal files beside it</source>
        <translation>det inte går att skriva i mappen %1, och ett datalager behöver ha sina journalfiler bredvid sig</translation>
    </message>
    <message>
        <source>A write to %1 was cut off and left its unfinished changes in %2. They can be undone only where the store can be written, but %3. Do not delete, move or replace either file; open the store where it can be written.</source>
        <translation>En skrivning till %1 avbröts och lämnade sina ofullständiga ändringar i %2. De kan bara ångras där datalagret går att skriva till, men %3. Radera, flytta eller ersätt ingen av filerna; öppna datalagret där det går att skriva till.</translation>
    </message>
    <message>
        <source>The unfinished changes of a cut-off write to %1 could not be undone (%2). Do not delete, move or replace %1 or %3.</source>
        <translation>De ofullständiga ändringarna från en avbruten skrivning till %1 kunde inte ångras (%2). Radera, flytta eller ersätt inte %1 eller %3.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded to schema %3 before it can be read. It was not changed.</source>
        <translation>%1 använder ett äldre schema (%2) och måste uppgraderas till schema %3 innan det kan läsas. Det ändrades inte.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and cannot be upgraded here: %3. It was not changed.</source>
        <translation>%1 använder ett äldre schema (%2) och kan inte uppgraderas här: %3. Det ändrades inte.</translation>
    </message>
    <message>
        <source>A write to %1 was cut off before it finished (the program was stopped or the computer lost power). Its unfinished changes were undone: the store is as it was before that write.</source>
        <translation>En skrivning till %1 avbröts innan den var klar (programmet stoppades eller datorn blev strömlös). Dess ofullständiga ändringar har ångrats: datalagret är som det var före skrivningen.</translation>
    </message>
    <message>
        <source>%1 was opened read-only because %2; edits and imports are off.</source>
        <translation>%1 öppnades skrivskyddat eftersom %2; redigering och import är avstängda.</translation>
    </message>
    <message>
        <source>could not keep a copy of the old file as %1 first: %2</source>
        <translation>det gick inte att först spara en kopia av den gamla filen som %1: %2</translation>
    </message>
    <message>
        <source>%1 was upgraded from schema %2 to %3; the old file was kept as %4.</source>
        <translation>%1 har uppgraderats från schema %2 till %3; den gamla filen finns kvar som %4.</translation>
    </message>
    <message>
        <source>The changes were saved in %1, but could not be written into %2 (%3), perhaps because the disk is full. Keep %1 beside the store, make room, and open the store again to complete it.</source>
        <translation>Ändringarna sparades i %1 men kunde inte skrivas in i %2 (%3), kanske för att disken är full. Behåll %1 bredvid datalagret, frigör utrymme och öppna datalagret igen för att slutföra det.</translation>
    </message>
    <message>
        <source>The changes were saved in %1, but could not yet be written into %2 because another program is reading the store. Keep %1 beside the store; the next open completes it.</source>
        <translation>Ändringarna sparades i %1 men kunde ännu inte skrivas in i %2 eftersom ett annat program läser datalagret. Behåll %1 bredvid datalagret; nästa öppning slutför det.</translation>
    </message>
    <message>
        <source>A category code is lower-case letters a to z, digits and _, not %1.</source>
        <translation>En kategorikod består av små bokstäver a till z, siffror och _, inte %1.</translation>
    </message>
    <message>
        <source>A category needs a Swedish and an English label.</source>
        <translation>En kategori behöver en svensk och en engelsk etikett.</translation>
    </message>
    <message>
        <source>The category %1 already exists.</source>
        <translation>Kategorin %1 finns redan.</translation>
    </message>
    <message>
        <source>%1 is not a category group; the groups are: %2.</source>
        <translation>%1 är ingen kategorigrupp; grupperna är: %2.</translation>
    </message>
    <message>
        <source>Counting by time cannot select incidents by place.</source>
        <translation>Räkning per tid kan inte välja händelser efter plats.</translation>
    </message>
    <message>
        <source>Could not count the incidents: %1</source>
        <translation>Kunde inte räkna händelserna: %1</translation>
    </message>
    <message>
        <source>This program cannot open a shared store on a server.</source>
        <translation>Det här programmet kan inte öppna ett delat datalager på en server.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Import</name>
    <message>
        <source>Nothing was imported or undone.</source>
        <translation>Ingenting importerades eller ångrades.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Upgrade</name>
    <message>
        <source>Upgrade a store of an older schema to this program's; a copy of the old file is kept beside it.</source>
        <translation>Uppgradera ett datalager med ett äldre schema till detta programs; en kopia av den gamla filen sparas bredvid.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>upgrade needs exactly one store file.</source>
        <translation>upgrade behöver exakt en datalagerfil.</translation>
    </message>
    <message>
        <source>%1 already uses schema %2; nothing to upgrade.</source>
        <translation>%1 använder redan schema %2; inget att uppgradera.</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema %2; the old file is kept as %3.</source>
        <translation>%1 har uppgraderats till schema %2; den gamla filen finns kvar som %3.</translation>
    </message>
    <message>
        <source>Wrote the map snapshot of %1.</source>
        <translation>Skrev kartans sammandrag för %1.</translation>
    </message>
</context>
<context>
    <name>lb::store::InterventionStore</name>
    <message>
        <source>A kind of intervention needs a code and a Swedish and an English label.</source>
        <translation>En typ av insats behöver en kod och en svensk och en engelsk benämning.</translation>
    </message>
    <message>
        <source>The intervention has no name.</source>
        <translation>Insatsen har inget namn.</translation>
    </message>
    <message>
        <source>The intervention has no start date.</source>
        <translation>Insatsen har inget startdatum.</translation>
    </message>
    <message>
        <source>The intervention ends before it starts.</source>
        <translation>Insatsen slutar innan den börjar.</translation>
    </message>
    <message>
        <source>The radius cannot be negative.</source>
        <translation>Radien kan inte vara negativ.</translation>
    </message>
    <message>
        <source>A point intervention needs a radius in metres.</source>
        <translation>En insats på en punkt behöver en radie i meter.</translation>
    </message>
    <message>
        <source>A route needs at least two points.</source>
        <translation>En sträcka behöver minst två punkter.</translation>
    </message>
    <message>
        <source>A polygon needs a closed ring of at least three corners.</source>
        <translation>En polygon behöver en sluten ring med minst tre hörn.</translation>
    </message>
    <message>
        <source>Choose at least one district.</source>
        <translation>Välj minst ett område.</translation>
    </message>
    <message>
        <source>Unknown kind of intervention: %1.</source>
        <translation>Okänd typ av insats: %1.</translation>
    </message>
    <message>
        <source>District %1 does not exist: %2</source>
        <translation>Område %1 finns inte: %2</translation>
    </message>
    <message>
        <source>There is no intervention %1.</source>
        <translation>Det finns ingen insats %1.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Evaluate</name>
    <message>
        <source>Did an intervention help? Compares incidents per month in its target area before and after the start with a comparison area (difference in differences, Poisson rate ratio with a 95 % confidence interval), checks a buffer zone for displacement (weighted displacement quotient) and whether target and comparison moved alike before the start. Writes FILE.csv and FILE_monthly.csv (semicolons, decimal commas) and prints the result in plain words.</source>
        <translation>Hjälpte insatsen? Jämför händelser per månad i insatsområdet före och efter starten med ett jämförelseområde (skillnad i skillnader, Poissons kvot mellan takter med 95 % konfidensintervall), undersöker om problemen flyttat till en buffertzon (viktad förflyttningskvot) och om insats- och jämförelseområdet utvecklades lika före starten. Skriver FIL.csv och FIL_monthly.csv (semikolon, decimalkomma) och skriver resultatet i klartext.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>Id of the intervention.</source>
        <translation>Insatsens id.</translation>
    </message>
    <message>
        <source>Category codes to count, comma-separated (default: all).</source>
        <translation>Kategorikoder att räkna, kommaseparerade (standard: alla).</translation>
    </message>
    <message>
        <source>Comparison district, or auto (default): the district most like the target area before the start in level and trend, away from the target and its buffer.</source>
        <translation>Jämförelseområde, eller auto (standard): det område som före starten mest liknar insatsområdet i nivå och trend, på avstånd från insatsområdet och dess buffertzon.</translation>
    </message>
    <message>
        <source>Width of the buffer zone in metres (default 300; 0: none).</source>
        <translation>Buffertzonens bredd i meter (standard 300; 0: ingen).</translation>
    </message>
    <message>
        <source>Months before the start, compared with as many after (default 12).</source>
        <translation>Månader före starten, jämförda med lika många efter (standard 12).</translation>
    </message>
    <message>
        <source>Last day the data are complete (default: the latest incident).</source>
        <translation>Sista dagen uppgifterna är kompletta (standard: den senaste händelsen).</translation>
    </message>
    <message>
        <source>The table to write (.csv).</source>
        <translation>Tabellen som ska skrivas (.csv).</translation>
    </message>
    <message>
        <source>Also draw the monthly series (.png, .svg or .pdf).</source>
        <translation>Rita också månadsserien (.png, .svg eller .pdf).</translation>
    </message>
    <message>
        <source>evaluate needs a store, --intervention ID and --out FILE.csv.</source>
        <translation>evaluate behöver ett datalager, --intervention ID och --out FIL.csv.</translation>
    </message>
    <message>
        <source>--buffer takes metres (0 or more) and --before-months a whole number of months.</source>
        <translation>--buffer tar meter (0 eller mer) och --before-months ett helt antal månader.</translation>
    </message>
    <message>
        <source>Comparison area: %1 (%2).</source>
        <translation>Jämförelseområde: %1 (%2).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
</context>
<context>
    <name>lb::cli::Interventions</name>
    <message>
        <source>Unknown kind of intervention: %1.</source>
        <translation>Okänd typ av insats: %1.</translation>
    </message>
    <message>
        <source>The start date is not a date (YYYY-MM-DD): %1</source>
        <translation>Startdatumet är inget datum (ÅÅÅÅ-MM-DD): %1</translation>
    </message>
    <message>
        <source>The end date is not a date (YYYY-MM-DD): %1</source>
        <translation>Slutdatumet är inget datum (ÅÅÅÅ-MM-DD): %1</translation>
    </message>
    <message>
        <source>The cost is not a number: %1</source>
        <translation>Kostnaden är inget tal: %1</translation>
    </message>
    <message>
        <source>The radius is not a number: %1</source>
        <translation>Radien är inget tal: %1</translation>
    </message>
    <message>
        <source>Give exactly one of a point (with a radius), a route, a polygon or districts.</source>
        <translation>Ange exakt ett av en punkt (med radie), en sträcka, en polygon eller områden.</translation>
    </message>
    <message>
        <source>The point is not two numbers X,Y: %1</source>
        <translation>Punkten är inte två tal X,Y: %1</translation>
    </message>
    <message>
        <source>The route is not a list of points &quot;X Y, X Y, ...&quot;: %1</source>
        <translation>Sträckan är ingen lista med punkter &quot;X Y, X Y, ...&quot;: %1</translation>
    </message>
    <message>
        <source>The polygon is not a list of points &quot;X Y, X Y, ...&quot;: %1</source>
        <translation>Polygonen är ingen lista med punkter &quot;X Y, X Y, ...&quot;: %1</translation>
    </message>
    <message>
        <source>There is no area named %1 in the store.</source>
        <translation>Det finns inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>A link is TABLE:ID with TABLE one of %1: %2</source>
        <translation>En länk är TABELL:ID där TABELL är en av %1: %2</translation>
    </message>
    <message>
        <source>Records an intervention. Give its place as --point X,Y with --radius METRES, --route or --polygon &quot;X Y, X Y, ...&quot; (in the store&apos;s coordinates), or --districts NAME,NAME.</source>
        <translation>Registrerar en insats. Ange platsen som --point X,Y med --radius METER, --route eller --polygon &quot;X Y, X Y, ...&quot; (i datalagrets koordinater), eller --districts NAMN,NAMN.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>The intervention&apos;s %1.</source>
        <translation>Insatsens fält %1.</translation>
    </message>
    <message>
        <source>Name for the edit log.</source>
        <translation>Namn för ändringsloggen.</translation>
    </message>
    <message>
        <source>interventions add needs a store.</source>
        <translation>interventions add behöver ett datalager.</translation>
    </message>
    <message>
        <source>Added intervention %1: %2</source>
        <translation>La till insats %1: %2</translation>
    </message>
    <message>
        <source>Lists the interventions of a store, one per line.</source>
        <translation>Listar insatserna i ett datalager, en per rad.</translation>
    </message>
    <message>
        <source>interventions list needs a store.</source>
        <translation>interventions list behöver ett datalager.</translation>
    </message>
    <message>
        <source>id	name	kind	from	to	place	organisation	cost</source>
        <translation>id	namn	typ	från	till	plats	organisation	kostnad</translation>
    </message>
    <message>
        <source>%1 m around %2, %3</source>
        <translation>%1 m runt %2, %3</translation>
    </message>
    <message>
        <source>route of %1 points</source>
        <translation>sträcka med %1 punkter</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>polygon</translation>
    </message>
    <message>
        <source>Lists the kinds of intervention, or adds one with --add CODE --sv LABEL --en LABEL (or relabels an existing code).</source>
        <translation>Listar typerna av insatser, eller lägger till en med --add KOD --sv BENÄMNING --en BENÄMNING (eller byter benämning på en befintlig kod).</translation>
    </message>
    <message>
        <source>Code of the kind to add.</source>
        <translation>Koden för typen som ska läggas till.</translation>
    </message>
    <message>
        <source>Swedish label.</source>
        <translation>Svensk benämning.</translation>
    </message>
    <message>
        <source>English label.</source>
        <translation>Engelsk benämning.</translation>
    </message>
    <message>
        <source>interventions kinds needs a store.</source>
        <translation>interventions kinds behöver ett datalager.</translation>
    </message>
    <message>
        <source>Imports interventions from a spreadsheet (CSV, XLSX, ODS) or a point layer in the store&apos;s CRS. Columns: name, kind, from, to, point or x and y, radius, route, polygon, districts, organisation, cost, description, links (Swedish names such as namn, typ, från, till, radie, kostnad also work). Every row is either added or listed with its row number and the reason.</source>
        <translation>Importerar insatser från ett kalkylblad (CSV, XLSX, ODS) eller ett punktlager i datalagrets koordinatsystem. Kolumner: name, kind, from, to, point eller x och y, radius, route, polygon, districts, organisation, cost, description, links (svenska namn som namn, typ, från, till, radie, kostnad fungerar också). Varje rad läggs till eller listas med radnummer och skäl.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Filen som ska importeras.</translation>
    </message>
    <message>
        <source>Layer or sheet (default: the first).</source>
        <translation>Lager eller blad (standard: det första).</translation>
    </message>
    <message>
        <source>interventions import needs a store and a file.</source>
        <translation>interventions import behöver ett datalager och en fil.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Added %1 interventions; %2 rows not added.</source>
        <translation>La till %1 insatser; %2 rader lades inte till.</translation>
    </message>
    <message>
        <source>Usage: lagesbild-cli interventions add|list|kinds|import|edit|remove STORE [options]</source>
        <translation>Användning: lagesbild-cli interventions add|list|kinds|import|edit|remove DATALAGER [flaggor]</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%Ln område</numerusform>
            <numerusform>%Ln områden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a store and --id.</source>
        <translation>%1 behöver ett datalager och --id.</translation>
    </message>
    <message>
        <source>--id needs the number of an intervention (see interventions list), not %1.</source>
        <translation>--id behöver numret på en insats (se interventions list), inte %1.</translation>
    </message>
    <message>
        <source>Changes the given fields of an intervention and keeps the others. A new place (--point, --route, --polygon or --districts) replaces the old one; --to &quot;&quot; removes the end date.</source>
        <translation>Ändrar de angivna fälten för en insats och behåller de andra. En ny plats (--point, --route, --polygon eller --districts) ersätter den gamla; --to &quot;&quot; tar bort slutdatumet.</translation>
    </message>
    <message>
        <source>The intervention&apos;s number.</source>
        <translation>Insatsens nummer.</translation>
    </message>
    <message>
        <source>interventions edit: give at least one field to change.</source>
        <translation>interventions edit: ange minst ett fält att ändra.</translation>
    </message>
    <message>
        <source>Changed intervention %1: %2</source>
        <translation>Ändrade insats %1: %2</translation>
    </message>
    <message>
        <source>Removes an intervention with its districts and links; the edit log keeps its fields.</source>
        <translation>Tar bort en insats med dess områden och länkar; ändringsloggen behåller dess fält.</translation>
    </message>
    <message>
        <source>Removed intervention %1: %2</source>
        <translation>Tog bort insats %1: %2</translation>
    </message>
</context>
<context>
    <name>lb::cli::Codes</name>
    <message>
        <source>%1 is not a category code of this store. The codes are: %2.</source>
        <translation>%1 är ingen kategorikod i det här datalagret. Koderna är: %2.</translation>
    </message>
    <message>
        <source>%1 is not a reporting organisation of this store; it has no incidents with one.</source>
        <translation>%1 är ingen rapporterande organisation i det här datalagret; det har inga händelser med någon.</translation>
    </message>
    <message>
        <source>%1 is not a reporting organisation of this store. They are: %2.</source>
        <translation>%1 är ingen rapporterande organisation i det här datalagret. De är: %2.</translation>
    </message>
    <message>
        <source>%1 is not a kind of finding of this store. The kinds are: %2.</source>
        <translation>%1 är inget slag av iakttagelse i det här datalagret. Typerna är: %2.</translation>
    </message>
    <message>
        <source>Categories (--categories, --value VALUE=CODE):</source>
        <translation>Kategorier (--categories, --value VÄRDE=KOD):</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>känslig</translation>
    </message>
    <message>
        <source>Reporting organisations (--sources):</source>
        <translation>Rapporterande organisationer (--sources):</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inga ännu</translation>
    </message>
    <message>
        <source>Areas (--district):</source>
        <translation>Områden (--district):</translation>
    </message>
    <message>
        <source>List the category codes, reporting organisations and areas of a store.</source>
        <translation>Lista kategorikoder, rapporterande organisationer och områden i ett datalager.</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>Datalagret.</translation>
    </message>
    <message>
        <source>Only category, source or area.</source>
        <translation>Bara category, source eller area.</translation>
    </message>
    <message>
        <source>codes needs exactly one store.</source>
        <translation>codes behöver exakt ett datalager.</translation>
    </message>
    <message>
        <source>--kind takes category, source or area, not %1.</source>
        <translation>--kind tar category, source eller area, inte %1.</translation>
    </message>
    <message>
        <source>Add a category to the taxonomy of a store.</source>
        <translation>Lägg till en kategori i ett datalagers kategorilista.</translation>
    </message>
    <message>
        <source>The action: add.</source>
        <translation>Åtgärden: add.</translation>
    </message>
    <message>
        <source>The new category&apos;s code: lower-case letters, digits and _.</source>
        <translation>Den nya kategorins kod: små bokstäver, siffror och _.</translation>
    </message>
    <message>
        <source>Its Swedish label.</source>
        <translation>Dess svenska etikett.</translation>
    </message>
    <message>
        <source>Its English label.</source>
        <translation>Dess engelska etikett.</translation>
    </message>
    <message>
        <source>Its category group (default: other).</source>
        <translation>Dess kategorigrupp (standard: other).</translation>
    </message>
    <message>
        <source>Never show single incidents of it in public outputs.</source>
        <translation>Visa aldrig enskilda händelser av den i offentliga utdata.</translation>
    </message>
    <message>
        <source>Usage: lagesbild-cli taxonomy add STORE --code CODE --sv LABEL --en LABEL [--group GROUP] [--sensitive]</source>
        <translation>Användning: lagesbild-cli taxonomy add DATALAGER --code KOD --sv ETIKETT --en ETIKETT [--group GRUPP] [--sensitive]</translation>
    </message>
    <message>
        <source>Added the category %1 (%2 / %3) to the group %4.</source>
        <translation>Lade till kategorin %1 (%2 / %3) i gruppen %4.</translation>
    </message>
    <message>
        <source>taxonomy takes an action: add.</source>
        <translation>taxonomy tar en åtgärd: add.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Rejects</name>
    <message>
        <source>undone</source>
        <translation>ångrad</translation>
    </message>
    <message>
        <source>superseded by batch %1</source>
        <translation>ersatt av omgång %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>Batch %1: %2 (%3), %4 rejected rows, %5</source>
        <translation>Omgång %1: %2 (%3), %4 avvisade rader, %5</translation>
    </message>
    <message>
        <source>A later import of the same file (batch %1) replaces these rows; they are kept for the record.</source>
        <translation>En senare import av samma fil (omgång %1) ersätter de här raderna; de sparas för spårbarhetens skull.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>%1 more; show them with --limit 0.</source>
        <translation>%1 till; visa dem med --limit 0.</translation>
    </message>
    <message>
        <source>List the rows an import rejected, with their row numbers, reasons and values.</source>
        <translation>Lista raderna som en import avvisade, med radnummer, skäl och värden.</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>Datalagret.</translation>
    </message>
    <message>
        <source>The import batch (default: list the batches).</source>
        <translation>Importomgången (standard: lista omgångarna).</translation>
    </message>
    <message>
        <source>Show at most N rows (0: all; default 50).</source>
        <translation>Visa högst N rader (0: alla; standard 50).</translation>
    </message>
    <message>
        <source>rejects needs exactly one store.</source>
        <translation>rejects behöver exakt ett datalager.</translation>
    </message>
    <message>
        <source>--limit takes a whole number, 0 or more.</source>
        <translation>--limit tar ett heltal, 0 eller större.</translation>
    </message>
    <message>
        <source>--batch takes a batch number.</source>
        <translation>--batch tar ett omgångsnummer.</translation>
    </message>
    <message>
        <source>No import has rejected any rows.</source>
        <translation>Ingen import har avvisat några rader.</translation>
    </message>
    <message>
        <source>Show a batch&apos;s rows with --batch N.</source>
        <translation>Visa en omgångs rader med --batch N.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Check</name>
    <message>
        <source>Verify every page, index and constraint of a store.</source>
        <translation>Kontrollera varje sida, index och villkor i ett datalager.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>check needs exactly one store file.</source>
        <translation>check behöver exakt en datalagerfil.</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 kunde inte kontrolleras: %2</translation>
    </message>
    <message>
        <source>%1 is sound: every page, index and constraint checked.</source>
        <translation>%1 är felfritt: varje sida, index och villkor har kontrollerats.</translation>
    </message>
    <message>
        <source>%1 is damaged; restore it from a backup. Problems found:</source>
        <translation>%1 är skadat; återställ det från en säkerhetskopia. Fel som hittades:</translation>
    </message>
</context>
<context>
    <name>lb::cli::Walk</name>
    <message>
        <source>Usage: lagesbild-cli walk SUBCOMMAND STORE [options]</source>
        <translation>Användning: lagesbild-cli walk UNDERKOMMANDO STORE [flaggor]</translation>
    </message>
    <message>
        <source>Plan, print, record and follow up safety walks. Subcommands:</source>
        <translation>Planera, skriv ut, registrera och följ upp trygghetsvandringar. Underkommandon:</translation>
    </message>
    <message>
        <source>Run a subcommand with --help for its options.</source>
        <translation>Kör ett underkommando med --help för dess flaggor.</translation>
    </message>
    <message>
        <source>print the walk map and the notes table to carry</source>
        <translation>skriv ut vandringskartan och anteckningstabellen att ha med</translation>
    </message>
    <message>
        <source>list what each responsible organisation has open, as PDF, CSV or XLSX</source>
        <translation>lista vad varje ansvarig organisation har öppet, som PDF, CSV eller XLSX</translation>
    </message>
    <message>
        <source>create a walk: date, name, district or route</source>
        <translation>skapa en vandring: datum, namn, område eller sträcka</translation>
    </message>
    <message>
        <source>list the walks</source>
        <translation>lista vandringarna</translation>
    </message>
    <message>
        <source>propose a walk&apos;s points (--save keeps them)</source>
        <translation>föreslå en vandrings punkter (--save sparar dem)</translation>
    </message>
    <message>
        <source>list a walk&apos;s planned points</source>
        <translation>lista en vandrings planerade punkter</translation>
    </message>
    <message>
        <source>add, remove or move a planned point</source>
        <translation>lägg till, ta bort eller flytta en planerad punkt</translation>
    </message>
    <message>
        <source>write the walk&apos;s table to fill in (XLSX, CSV)</source>
        <translation>skriv vandringens tabell att fylla i (XLSX, CSV)</translation>
    </message>
    <message>
        <source>read the filled-in table back as findings</source>
        <translation>läs tillbaka den ifyllda tabellen som iakttagelser</translation>
    </message>
</context>
<context>
    <name>lb::cli::WalkFollowup</name>
    <message>
        <source>Follow-up lists of safety-walk findings per responsible organisation: what is open or in progress, since when, due and overdue. PDF with one section per organisation, or a table for Excel (CSV or XLSX).</source>
        <translation>Uppföljningslistor över iakttagelser från trygghetsvandringar per ansvarig organisation: vad som är öppet eller påbörjat, sedan när, när det ska vara klart och hur försenat. PDF med ett avsnitt per organisation, eller en tabell för Excel (CSV eller XLSX).</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .csv or .xlsx.</source>
        <translation>Filen som skrivs: .pdf, .csv eller .xlsx.</translation>
    </message>
    <message>
        <source>Only this organisation (its name as recorded).</source>
        <translation>Bara den här organisationen (namnet som det är registrerat).</translation>
    </message>
    <message>
        <source>The reference date (default today).</source>
        <translation>Referensdatum (standard i dag).</translation>
    </message>
    <message>
        <source>Without a due date a finding is due this many days after its walk (default 90).</source>
        <translation>Utan slutdatum ska en iakttagelse vara åtgärdad så här många dagar efter vandringen (standard 90).</translation>
    </message>
    <message>
        <source>walk followup needs a store and --out FILE.</source>
        <translation>walk followup behöver ett datalager och --out FIL.</translation>
    </message>
    <message>
        <source>--as-of takes a date (YYYY-MM-DD), --overdue-days a whole number of at least 0.</source>
        <translation>--as-of tar ett datum (ÅÅÅÅ-MM-DD), --overdue-days ett heltal på minst 0.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Nothing open for %1 (names are matched exactly).</source>
        <translation>Inget öppet för %1 (namn jämförs exakt).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 findings open or in progress as of %3, %4 overdue, for %n organisation(s).</source>
        <translation>
            <numerusform>Skrev %1: %2 iakttagelser öppna eller påbörjade per %3, %4 försenade, för %n organisation.</numerusform>
            <numerusform>Skrev %1: %2 iakttagelser öppna eller påbörjade per %3, %4 försenade, för %n organisationer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A list for the public: leaves out the findings&apos; descriptions (free text) and photos.</source>
        <translation>En lista för allmänheten: iakttagelsernas beskrivningar (fritext) och foton utelämnas.</translation>
    </message>
</context>
<context>
    <name>lb::cli::WalkPrint</name>
    <message>
        <source>Print a safety walk to carry: the walk map with its numbered points, then table pages to write the observations on (PDF), or the map page alone (PNG).</source>
        <translation>Skriv ut en trygghetsvandring att ha med: vandringskartan med numrerade punkter och sedan tabellsidor att skriva iakttagelserna på (PDF), eller bara kartsidan (PNG).</translation>
    </message>
    <message>
        <source>The walk&apos;s id (see walk list).</source>
        <translation>Vandringens id (se walk list).</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .png.</source>
        <translation>Filen som skrivs: .pdf eller .png.</translation>
    </message>
    <message>
        <source>A4 (default) or A3.</source>
        <translation>A4 (standard) eller A3.</translation>
    </message>
    <message>
        <source>Landscape instead of portrait.</source>
        <translation>Liggande i stället för stående.</translation>
    </message>
    <message>
        <source>PNG resolution (default 150).</source>
        <translation>Upplösning för PNG (standard 150).</translation>
    </message>
    <message>
        <source>walk print needs a store, --walk ID and --out FILE.</source>
        <translation>walk print behöver ett datalager, --walk ID och --out FIL.</translation>
    </message>
    <message>
        <source>--page takes A4 or A3, --walk a walk&apos;s id, --dpi 24 to 1200.</source>
        <translation>--page tar A4 eller A3, --walk en vandrings id, --dpi 24 till 1200.</translation>
    </message>
    <message>
        <source>No walk with id %1 in the store.</source>
        <translation>Ingen vandring med id %1 i datalagret.</translation>
    </message>
    <message>
        <source>Walk %1 has no planned points yet: plan it first.</source>
        <translation>Vandring %1 har inga planerade punkter än: planera den först.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 %3, %n page(s).</source>
        <translation>
            <numerusform>Skrev %1: %2 %3, %n sida.</numerusform>
            <numerusform>Skrev %1: %2 %3, %n sidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>liggande</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>stående</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänd flagga &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Okända flaggor: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>lb::store::WalkStore</name>
    <message>
        <source>The walk has no name.</source>
        <translation>Vandringen har inget namn.</translation>
    </message>
    <message>
        <source>The walk has no date.</source>
        <translation>Vandringen har inget datum.</translation>
    </message>
    <message>
        <source>A route needs at least two points.</source>
        <translation>En sträcka behöver minst två punkter.</translation>
    </message>
    <message>
        <source>There is no area %1.</source>
        <translation>Det finns inget område %1.</translation>
    </message>
    <message numerus="yes">
        <source>The walk %1 has %n finding(s); delete them or move them to another walk first.</source>
        <translation>
            <numerusform>Vandringen %1 har %n iakttagelse; ta bort den eller flytta den till en annan vandring först.</numerusform>
            <numerusform>Vandringen %1 har %n iakttagelser; ta bort dem eller flytta dem till en annan vandring först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write point %1 of the walk: %2</source>
        <translation>Kunde inte skriva vandringens punkt %1: %2</translation>
    </message>
    <message>
        <source>There is no walk %1.</source>
        <translation>Det finns ingen vandring %1.</translation>
    </message>
</context>
<context>
    <name>lb::cli::WalkPlan</name>
    <message>
        <source>--walk takes the walk&apos;s number, as walk list prints it, not %1.</source>
        <translation>--walk tar vandringens nummer, som walk list skriver ut det, inte %1.</translation>
    </message>
    <message>
        <source>There is no walk %1 in the store; walk list shows the walks.</source>
        <translation>Det finns ingen vandring %1 i datalagret; walk list visar vandringarna.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>The walk&apos;s number, as walk list prints it.</source>
        <translation>Vandringens nummer, som walk list skriver ut det.</translation>
    </message>
    <message>
        <source>Name for the edit log (default: the user&apos;s login).</source>
        <translation>Namn i ändringsloggen (standard: användarens inloggning).</translation>
    </message>
    <message>
        <source>Creates a safety walk and prints its number. Give the district it covers (--district) or the route to walk (--route &quot;X Y, X Y, ...&quot; in the store&apos;s coordinates), or both; the participating organisations separated by semicolons.</source>
        <translation>Skapar en trygghetsvandring och skriver ut dess nummer. Ange området den gäller (--district) eller sträckan som ska gås (--route &quot;X Y, X Y, ...&quot; i datalagrets koordinater), eller båda; de deltagande organisationerna åtskilda med semikolon.</translation>
    </message>
    <message>
        <source>The day of the walk (YYYY-MM-DD).</source>
        <translation>Vandringens dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The walk&apos;s name.</source>
        <translation>Vandringens namn.</translation>
    </message>
    <message>
        <source>The district the walk covers.</source>
        <translation>Området som vandringen gäller.</translation>
    </message>
    <message>
        <source>The route: &quot;X Y, X Y, ...&quot;.</source>
        <translation>Sträckan: &quot;X Y, X Y, ...&quot;.</translation>
    </message>
    <message>
        <source>The organisations taking part: &quot;A;B;C&quot;.</source>
        <translation>De deltagande organisationerna: &quot;A;B;C&quot;.</translation>
    </message>
    <message>
        <source>walk create needs a store, --date and --name.</source>
        <translation>walk create behöver ett datalager, --date och --name.</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not %1.</source>
        <translation>--date tar en dag som ÅÅÅÅ-MM-DD, inte %1.</translation>
    </message>
    <message>
        <source>--route takes two or more points as &quot;X Y, X Y, ...&quot;, not %1.</source>
        <translation>--route tar två eller fler punkter som &quot;X Y, X Y, ...&quot;, inte %1.</translation>
    </message>
    <message>
        <source>No area called %1 in the store.</source>
        <translation>Inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>Lists the safety walks of a store: number, date, name, district, participants, planned points and findings.</source>
        <translation>Listar datalagrets trygghetsvandringar: nummer, datum, namn, område, deltagare, planerade punkter och iakttagelser.</translation>
    </message>
    <message>
        <source>walk list needs a store.</source>
        <translation>walk list behöver ett datalager.</translation>
    </message>
    <message>
        <source>%1  %2  %3  district: %4  participants: %5  points: %6  findings: %7</source>
        <translation>%1  %2  %3  område: %4  deltagare: %5  punkter: %6  iakttagelser: %7</translation>
    </message>
    <message>
        <source>Proposes the points of a walk in walking order: findings of earlier walks still open, places residents marked unsafe in the latest survey round, incident clusters of the months before the walk and reports from the e-service, inside the walk&apos;s district or near its route. --save stores the proposal as the walk&apos;s plan, replacing the one it had.</source>
        <translation>Föreslår en vandrings punkter i gångordning: iakttagelser från tidigare vandringar som fortfarande är öppna, platser som boende markerat som otrygga i den senaste trygghetsmätningen, händelsekluster under månaderna före vandringen och anmälningar i e-tjänsten, inom vandringens område eller nära dess sträcka. --save sparar förslaget som vandringens plan och ersätter den den hade.</translation>
    </message>
    <message>
        <source>At most this many points (default 15).</source>
        <translation>Högst så här många punkter (standard 15).</translation>
    </message>
    <message>
        <source>Incidents of this many months before the walk (default 12).</source>
        <translation>Händelser under så här många månader före vandringen (standard 12).</translation>
    </message>
    <message>
        <source>Metres either side of the route (default 150).</source>
        <translation>Meter på var sida om sträckan (standard 150).</translation>
    </message>
    <message>
        <source>The incident sources that are the e-service, &quot;A;B&quot; (default: the sources whose name mentions the e-service).</source>
        <translation>De händelsekällor som är e-tjänsten, &quot;A;B&quot; (standard: de källor vars namn nämner e-tjänsten).</translation>
    </message>
    <message>
        <source>Store the proposal as the walk&apos;s plan.</source>
        <translation>Spara förslaget som vandringens plan.</translation>
    </message>
    <message>
        <source>walk plan needs a store and --walk ID.</source>
        <translation>walk plan behöver ett datalager och --walk ID.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2, not %3.</source>
        <translation>--%1 tar ett heltal från %2, inte %3.</translation>
    </message>
    <message>
        <source>Proposed points for the walk %1 on %2:</source>
        <translation>Föreslagna punkter för vandringen %1 den %2:</translation>
    </message>
    <message>
        <source>Candidates: %1 open findings, %2 unsafe places, %3 incident clusters, %4 e-service reports; %5 left out by --max.</source>
        <translation>Kandidater: öppna iakttagelser %1, otrygga platser %2, händelsekluster %3, anmälningar i e-tjänsten %4; %5 utelämnade av --max.</translation>
    </message>
    <message>
        <source>Survey round: %1. E-service: %2. Walk length between the points: %3 m.</source>
        <translation>Trygghetsmätning: %1. E-tjänst: %2. Gångsträcka mellan punkterna: %3 m.</translation>
    </message>
    <message>
        <source>Left out of the clusters: %1 incidents of sensitive categories, %2 placed only at a centre.</source>
        <translation>Utelämnade ur klustren: händelser i känsliga kategorier %1, placerade bara i en mittpunkt %2.</translation>
    </message>
    <message>
        <source>Saved %1 points as the walk&apos;s plan (it had %2).</source>
        <translation>Sparade punkter som vandringens plan: %1 (den hade %2).</translation>
    </message>
</context>
<context>
    <name>lb::cli::WalkPoints</name>
    <message>
        <source>The walk&apos;s number, as walk list prints it.</source>
        <translation>Vandringens nummer, som walk list skriver ut det.</translation>
    </message>
    <message>
        <source>--%1 takes a point number from 1 to %2, not %3.</source>
        <translation>--%1 tar ett punktnummer från 1 till %2, inte %3.</translation>
    </message>
    <message>
        <source>Lists a walk&apos;s planned points in walking order.</source>
        <translation>Listar en vandrings planerade punkter i gångordning.</translation>
    </message>
    <message>
        <source>walk points needs a store and --walk ID.</source>
        <translation>walk points behöver ett datalager och --walk ID.</translation>
    </message>
    <message>
        <source>The walk %1 has no planned points; walk plan --save proposes them.</source>
        <translation>Vandringen %1 har inga planerade punkter; walk plan --save föreslår dem.</translation>
    </message>
    <message>
        <source>Changes a walk&apos;s plan by one point: --add X,Y adds a point (at the end, or as number --at N) with --place and --why; --remove N removes point N; --move N --to M moves point N to number M. The other points are renumbered.</source>
        <translation>Ändrar en vandrings plan med en punkt: --add X,Y lägger till en punkt (sist, eller som nummer --at N) med --place och --why; --remove N tar bort punkt N; --move N --to M flyttar punkt N till nummer M. De andra punkterna numreras om.</translation>
    </message>
    <message>
        <source>Add a point at X,Y (store coordinates).</source>
        <translation>Lägg till en punkt i X,Y (datalagrets koordinater).</translation>
    </message>
    <message>
        <source>The added point&apos;s place.</source>
        <translation>Den tillagda punktens plats.</translation>
    </message>
    <message>
        <source>Why the added point is on the list.</source>
        <translation>Varför den tillagda punkten är med.</translation>
    </message>
    <message>
        <source>The added point&apos;s number (default: last).</source>
        <translation>Den tillagda punktens nummer (standard: sist).</translation>
    </message>
    <message>
        <source>Remove point N.</source>
        <translation>Ta bort punkt N.</translation>
    </message>
    <message>
        <source>Move point N (with --to).</source>
        <translation>Flytta punkt N (med --to).</translation>
    </message>
    <message>
        <source>The moved point&apos;s new number.</source>
        <translation>Den flyttade punktens nya nummer.</translation>
    </message>
    <message>
        <source>Name for the edit log (default: the user&apos;s login).</source>
        <translation>Namn i ändringsloggen (standard: användarens inloggning).</translation>
    </message>
    <message>
        <source>walk points-edit needs a store and --walk ID.</source>
        <translation>walk points-edit behöver ett datalager och --walk ID.</translation>
    </message>
    <message>
        <source>Say what to change: --add X,Y, --remove N or --move N --to M.</source>
        <translation>Ange vad som ska ändras: --add X,Y, --remove N eller --move N --to M.</translation>
    </message>
    <message>
        <source>--move and --to go together.</source>
        <translation>--move och --to hör ihop.</translation>
    </message>
    <message>
        <source>--%1 goes with --add.</source>
        <translation>--%1 hör ihop med --add.</translation>
    </message>
    <message>
        <source>--add takes a position as X,Y in the store&apos;s coordinates, not %1.</source>
        <translation>--add tar en position som X,Y i datalagrets koordinater, inte %1.</translation>
    </message>
</context>
<context>
    <name>lb::cli::WalkTable</name>
    <message>
        <source>The walk&apos;s number, as walk list prints it.</source>
        <translation>Vandringens nummer, som walk list skriver ut det.</translation>
    </message>
    <message>
        <source>Writes the walk&apos;s table: one row per planned point with Nr, Plats and Skäl, and the empty columns Iakttagelse, Typ, Ansvarig and Förslag till åtgärd to fill in. walk import-table reads it back.</source>
        <translation>Skriver vandringens tabell: en rad per planerad punkt med Nr, Plats och Skäl, och de tomma kolumnerna Iakttagelse, Typ, Ansvarig och Förslag till åtgärd att fylla i. walk import-table läser tillbaka den.</translation>
    </message>
    <message>
        <source>The table to write (.xlsx or .csv).</source>
        <translation>Tabellen som ska skrivas (.xlsx eller .csv).</translation>
    </message>
    <message>
        <source>walk table needs a store, --walk ID and --out FILE.xlsx.</source>
        <translation>walk table behöver ett datalager, --walk ID och --out FIL.xlsx.</translation>
    </message>
    <message>
        <source>The walk %1 has no planned points; walk plan --save proposes them.</source>
        <translation>Vandringen %1 har inga planerade punkter; walk plan --save föreslår dem.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Skrev rader till %2: %1.</translation>
    </message>
    <message>
        <source>Reads a walk&apos;s filled-in table (XLSX or CSV) back: each row with an observation (Iakttagelse) becomes a finding at its point (matched by Nr), of the kind in Typ (a code or a Swedish or English name), with Ansvarig as responsible and Förslag till åtgärd in the description. Rows that cannot be stored are listed with their row number and the reason; nothing is stored twice.</source>
        <translation>Läser tillbaka en vandrings ifyllda tabell (XLSX eller CSV): varje rad med en iakttagelse (Iakttagelse) blir en iakttagelse vid sin punkt (matchad på Nr), av typen i Typ (en kod eller ett svenskt eller engelskt namn), med Ansvarig som ansvarig och Förslag till åtgärd i beskrivningen. Rader som inte kan sparas listas med radnummer och skäl; inget sparas två gånger.</translation>
    </message>
    <message>
        <source>The filled-in table.</source>
        <translation>Den ifyllda tabellen.</translation>
    </message>
    <message>
        <source>Name for the edit log (default: the user&apos;s login).</source>
        <translation>Namn i ändringsloggen (standard: användarens inloggning).</translation>
    </message>
    <message>
        <source>walk import-table needs a store, --walk ID and the table.</source>
        <translation>walk import-table behöver ett datalager, --walk ID och tabellen.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>%1 rows with text: %2 findings stored, %3 stored before, %4 rejected.</source>
        <translation>Rader med text: %1; sparade iakttagelser: %2, sparade tidigare: %3, avvisade: %4.</translation>
    </message>
</context>
<context>
    <name>lb::store::FindingEditor</name>
    <message>
        <source>%1 is not a JPEG or PNG image; only those can be attached.</source>
        <translation>%1 är inte en JPEG- eller PNG-bild; bara sådana kan bifogas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Could not delete finding %1: %2</source>
        <translation>Kunde inte ta bort iakttagelse %1: %2</translation>
    </message>
    <message>
        <source>Could not save the finding: %1</source>
        <translation>Kunde inte spara iakttagelsen: %1</translation>
    </message>
    <message>
        <source>Could not save the photo %1: %2</source>
        <translation>Kunde inte spara fotot %1: %2</translation>
    </message>
    <message>
        <source>Finding %1 does not exist.</source>
        <translation>Iakttagelse %1 finns inte.</translation>
    </message>
    <message>
        <source>Photo %1 does not exist.</source>
        <translation>Foto %1 finns inte.</translation>
    </message>
    <message>
        <source>The photo %1 is %2 MB; photos of at most %3 MB can be attached. Save a smaller copy of it and attach that.</source>
        <translation>Fotot %1 är %2 MB; foton på högst %3 MB kan bifogas. Spara en mindre kopia av det och bifoga den.</translation>
    </message>
    <message>
        <source>Unknown kind of finding: %1.</source>
        <translation>Okänd typ av iakttagelse: %1.</translation>
    </message>
</context>
<context>
    <name>lb::store::PointSnapshot</name>
    <message>
        <source>The incidents changed while the map snapshot was made; it was not saved.</source>
        <translation>Händelserna ändrades medan kartans sammandrag gjordes; det sparades inte.</translation>
    </message>
    <message>
        <source>The map snapshot in %1 is damaged.</source>
        <translation>Kartans sammandrag i %1 är skadat.</translation>
    </message>
</context>
</TS>
