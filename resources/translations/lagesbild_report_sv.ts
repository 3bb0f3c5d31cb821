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
    <message>
        <source> · page %1 of %2</source>
        <translation> · sida %1 av %2</translation>
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
<context>
    <name>lb::cli::Chart</name>
    <message>
        <source>Draw one chart of a store as PNG, SVG or PDF (chosen by the extension of --out).</source>
        <translation>Rita ett diagram ur ett datalager som PNG, SVG eller PDF (efter filändelsen i --out).</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation>Diagrammet: %1.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Filen som skrivs: .png, .svg eller .pdf.</translation>
    </message>
    <message>
        <source>PNG resolution (default 150).</source>
        <translation>Upplösning för PNG (standard 150).</translation>
    </message>
    <message>
        <source>Chart size in millimetres (default 180x110).</source>
        <translation>Diagrammets storlek i millimeter (standard 180x110).</translation>
    </message>
    <message>
        <source>Only this area (its name).</source>
        <translation>Bara detta område (dess namn).</translation>
    </message>
    <message>
        <source>First year.</source>
        <translation>Första året.</translation>
    </message>
    <message>
        <source>Last year (also the date of the walk follow-up: 31 December of that year).</source>
        <translation>Sista året (också dagen för uppföljningen av trygghetsvandringar: 31 december det året).</translation>
    </message>
    <message>
        <source>Survey indicator (default unsafe_evening).</source>
        <translation>Indikator i trygghetsmätningen (standard unsafe_evening).</translation>
    </message>
    <message>
        <source>Incidents per year as lines instead of columns.</source>
        <translation>Händelser per år som linjer i stället för staplar.</translation>
    </message>
    <message>
        <source>A chart for the public: values under the threshold are suppressed.</source>
        <translation>Ett diagram för allmänheten: värden under tröskeln döljs.</translation>
    </message>
    <message>
        <source>The threshold of a public chart (default 5).</source>
        <translation>Tröskeln för ett offentligt diagram (standard 5).</translation>
    </message>
    <message>
        <source>chart needs a store, --kind KIND and --out FILE.</source>
        <translation>chart behöver ett datalager, --kind SLAG och --out FIL.</translation>
    </message>
    <message>
        <source>--kind takes %1.</source>
        <translation>--kind tar %1.</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf.</source>
        <translation>--out måste sluta på .png, .svg eller .pdf.</translation>
    </message>
    <message>
        <source>--dpi takes 24 to 1200, --k a whole number of at least 1, --from and --to years, --size millimetres like 180x110.</source>
        <translation>--dpi tar 24 till 1200, --k ett heltal på minst 1, --from och --to årtal, --size millimeter som 180x110.</translation>
    </message>
    <message>
        <source>--k applies only to a --public chart.</source>
        <translation>--k gäller bara ett diagram med --public.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 chart); reading and analysing took %3 ms, drawing %4 ms.</source>
        <translation>Skrev %1 (%2 diagram); läsning och analys tog %3 ms, ritningen %4 ms.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>offentligt</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>internt</translation>
    </message>
</context>
<context>
    <name>lb::report::Chart</name>
    <message numerus="yes">
        <source>Public version: counts under %1 are suppressed; %n value(s) shown as –.</source>
        <translation>
            <numerusform>Offentlig version: antal under %1 döljs; %n värde visas som –.</numerusform>
            <numerusform>Offentlig version: antal under %1 döljs; %n värden visas som –.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal version: not for publication.</source>
        <translation>Intern version: inte för publicering.</translation>
    </message>
</context>
<context>
    <name>lb::report::ChartBuilder</name>
    <message numerus="yes">
        <source>%1 with fewer than %2 events in all, left out: %n.</source>
        <translation>
            <numerusform>%1 med färre än %2 händelser totalt, utelämnade: %n.</numerusform>
            <numerusform>%1 med färre än %2 händelser totalt, utelämnade: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feels unsafe outdoors in the evening</source>
        <translation>Känner sig otrygg utomhus på kvällen</translation>
    </message>
    <message>
        <source>Avoids certain places</source>
        <translation>Undviker vissa platser</translation>
    </message>
    <message>
        <source>Worried about crime</source>
        <translation>Oroar sig för brott</translation>
    </message>
    <message>
        <source>Incidents per year by category</source>
        <translation>Händelser per år och kategori</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>* The data do not cover the whole year.</source>
        <translation>* Uppgifterna täcker inte hela året.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Change from the year before by category</source>
        <translation>Förändring från året före per kategori</translation>
    </message>
    <message>
        <source>%1, %2 against %3</source>
        <translation>%1, %2 jämfört med %3</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>%1: no full year to compare with the year before.</source>
        <translation>%1: inget helt år att jämföra med året före.</translation>
    </message>
    <message>
        <source>* A significant change (exact test for two Poisson counts, Benjamini–Hochberg adjusted, 5 % level). Without *, the change may be chance.</source>
        <translation>* En signifikant förändring (exakt test för två Poissonantal, Benjamini–Hochberg-justerat, 5 %-nivå). Utan * kan förändringen vara slump.</translation>
    </message>
    <message>
        <source>Incidents by hour and weekday</source>
        <translation>Händelser per timme och veckodag</translation>
    </message>
    <message>
        <source>%1, %2 incidents with a known time of day</source>
        <translation>%1, %2 händelser med känt klockslag</translation>
    </message>
    <message>
        <source>Share answering yes per district and survey round, with 95 % intervals</source>
        <translation>Andel som svarar ja per område och mätning, med 95 %-intervall</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Hela området</translation>
    </message>
    <message>
        <source>Years without a survey round are left as gaps.</source>
        <translation>År utan mätning lämnas som luckor.</translation>
    </message>
    <message>
        <source>Safety-walk findings by status</source>
        <translation>Iakttagelser från trygghetsvandringar efter status</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, per %2</translation>
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
        <source>Kinds of finding</source>
        <translation>Slag av iakttagelse</translation>
    </message>
</context>
<context>
    <name>lb::report::ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>A chart needs a size of at least 10 × 10 mm and a resolution of 24 to 1200 DPI.</source>
        <translation>Ett diagram behöver en storlek på minst 10 × 10 mm och en upplösning på 24 till 1200 DPI.</translation>
    </message>
    <message>
        <source>Cannot encode the PNG image.</source>
        <translation>Kan inte koda PNG-bilden.</translation>
    </message>
    <message>
        <source>%1: a chart is written as .png, .svg or .pdf.</source>
        <translation>%1: ett diagram skrivs som .png, .svg eller .pdf.</translation>
    </message>
</context>
<context>
    <name>lb::report::ChartSources</name>
    <message>
        <source>No area called %1 in the store.</source>
        <translation>Inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>(outside the districts)</source>
        <translation>(utanför områdena)</translation>
    </message>
    <message>
        <source>The store has no survey answers.</source>
        <translation>Datalagret har inga svar från trygghetsmätningar.</translation>
    </message>
    <message>
        <source>The store has no answers to the indicator %1.</source>
        <translation>Datalagret har inga svar på indikatorn %1.</translation>
    </message>
</context>
<context>
    <name>lb::cli::Print</name>
    <message>
        <source>Print the map of a store as a page layout: PDF (vector), PNG or SVG.</source>
        <translation>Skriv ut kartan för ett datalager som en sidlayout: PDF (vektor), PNG eller SVG.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>The page to write: .pdf, .png or .svg.</source>
        <translation>Sidan som skrivs: .pdf, .png eller .svg.</translation>
    </message>
    <message>
        <source>A4 (default) or A3.</source>
        <translation>A4 (standard) eller A3.</translation>
    </message>
    <message>
        <source>Portrait instead of landscape.</source>
        <translation>Stående i stället för liggande.</translation>
    </message>
    <message>
        <source>Margin in millimetres (default 10).</source>
        <translation>Marginal i millimeter (standard 10).</translation>
    </message>
    <message>
        <source>Title (default: the store&apos;s name).</source>
        <translation>Rubrik (standard: datalagrets namn).</translation>
    </message>
    <message>
        <source>Subtitle.</source>
        <translation>Underrubrik.</translation>
    </message>
    <message>
        <source>Sources and attribution text.</source>
        <translation>Källor och upphovstext.</translation>
    </message>
    <message>
        <source>Layers to draw, comma-separated (default: all): %1.</source>
        <translation>Lager att rita, kommaseparerade (standard: alla): %1.</translation>
    </message>
    <message>
        <source>Add the heat map of the incidents.</source>
        <translation>Lägg till värmekartan över händelserna.</translation>
    </message>
    <message>
        <source>Heat map radius in metres (default 500).</source>
        <translation>Värmekartans radie i meter (standard 500).</translation>
    </message>
    <message>
        <source>Add the hot spots (Gi*) of the incidents.</source>
        <translation>Lägg till händelsernas heta punkter (Gi*).</translation>
    </message>
    <message>
        <source>Map this area and only its incidents (its name).</source>
        <translation>Kartlägg detta område och bara dess händelser (dess namn).</translation>
    </message>
    <message>
        <source>PNG resolution (default 150).</source>
        <translation>Upplösning för PNG (standard 150).</translation>
    </message>
    <message>
        <source>A page for the public: sensitive incidents only as counts, counts under k suppressed. Without it the page is marked internal.</source>
        <translation>En sida för allmänheten: känsliga händelser bara som antal, antal under k döljs. Utan flaggan märks sidan som intern.</translation>
    </message>
    <message>
        <source>The threshold of a public page (default 5).</source>
        <translation>Tröskeln för en offentlig sida (standard 5).</translation>
    </message>
    <message>
        <source>print needs a store and --out FILE.</source>
        <translation>print behöver ett datalager och --out FIL.</translation>
    </message>
    <message>
        <source>--out must end in .pdf, .png or .svg.</source>
        <translation>--out måste sluta på .pdf, .png eller .svg.</translation>
    </message>
    <message>
        <source>--page takes A4 or A3, --margin 0 to 50 mm, --dpi 24 to 1200, --radius metres, --k a whole number of at least 1.</source>
        <translation>--page tar A4 eller A3, --margin 0 till 50 mm, --dpi 24 till 1200, --radius meter, --k ett heltal på minst 1.</translation>
    </message>
    <message>
        <source>Unknown layer: %1. Layers: %2.</source>
        <translation>Okänt lager: %1. Lager: %2.</translation>
    </message>
    <message>
        <source>No area called %1 in the store.</source>
        <translation>Inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>Hot spots (Gi*)</source>
        <translation>Heta punkter (Gi*)</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Värmekarta</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Källor: %1</translation>
    </message>
    <message>
        <source>Sources: the incidents, surveys and walks in %1.</source>
        <translation>Källor: händelserna, trygghetsmätningarna och trygghetsvandringarna i %1.</translation>
    </message>
    <message>
        <source>Public version: sensitive categories only as counts per district; counts under %1 suppressed.</source>
        <translation>Offentlig version: känsliga kategorier bara som antal per område; antal under %1 döljs.</translation>
    </message>
    <message>
        <source>Internal version: not for publication.</source>
        <translation>Intern version: inte för publicering.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 %3, 1:%4) in %5 ms.</source>
        <translation>Skrev %1 (%2 %3, 1:%4) på %5 ms.</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>stående</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>liggande</translation>
    </message>
    <message>
        <source>A print layout needs a name.</source>
        <translation>En utskriftslayout behöver ett namn.</translation>
    </message>
    <message>
        <source>No print layout called %1 in the store. Layouts: %2.</source>
        <translation>Ingen utskriftslayout som heter %1 i datalagret. Layouter: %2.</translation>
    </message>
    <message>
        <source>Save the page&apos;s settings in the store as a print layout of this name.</source>
        <translation>Spara sidans inställningar i datalagret som en utskriftslayout med detta namn.</translation>
    </message>
    <message>
        <source>Saved the print layout %1.</source>
        <translation>Sparade utskriftslayouten %1.</translation>
    </message>
    <message>
        <source>Start from this print layout saved in the store; options override it.</source>
        <translation>Utgå från denna utskriftslayout som sparats i datalagret; flaggor går före den.</translation>
    </message>
    <message>
        <source>There is no print layout called %1.</source>
        <translation>Det finns ingen utskriftslayout som heter %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Background map: %1.</source>
        <translation>Bakgrundskarta: %1.</translation>
    </message>
    <message>
        <source>--save-layout works on a store file, not yet on a shared store on a server.</source>
        <translation>--save-layout fungerar med en datalagerfil, ännu inte med ett delat datalager på en server.</translation>
    </message>
</context>
<context>
    <name>lb::report::AnalysisLayers</name>
    <message>
        <source>No incidents with a position of their own match the filter.</source>
        <translation>Inga händelser med egen position matchar filtret.</translation>
    </message>
    <message numerus="yes">
        <source>Heat map: %n incident(s) spread over a radius of %1 m (quartic kernel) on %2 m cells.</source>
        <translation>
            <numerusform>Värmekarta: %n händelse utspridd över en radie på %1 m (kvartisk kärna) i celler om %2 m.</numerusform>
            <numerusform>Värmekarta: %n händelser utspridda över en radie på %1 m (kvartisk kärna) i celler om %2 m.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) placed only at an area&apos;s centre are left out of the heat map.</source>
        <translation>
            <numerusform>%Ln händelse placerad bara i ett områdes mitt är utelämnad ur värmekartan.</numerusform>
            <numerusform>%Ln händelser placerade bara i ett områdes mitt är utelämnade ur värmekartan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hot spot, 99 % confidence</source>
        <translation>Hett område, 99 % konfidens</translation>
    </message>
    <message>
        <source>Hot spot, 95 % confidence</source>
        <translation>Hett område, 95 % konfidens</translation>
    </message>
    <message>
        <source>Hot spot, 90 % confidence</source>
        <translation>Hett område, 90 % konfidens</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>Inte signifikant</translation>
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
</context>
<context>
    <name>lb::cli::Report</name>
    <message>
        <source>Build the yearly lägesbild report as a PDF or as editable ODF text (.odt).</source>
        <translation>Bygg den årliga lägesbildsrapporten som PDF eller som redigerbar ODF-text (.odt).</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>The year the report is about.</source>
        <translation>Året som rapporten gäller.</translation>
    </message>
    <message>
        <source>Only this area (its name).</source>
        <translation>Bara detta område (dess namn).</translation>
    </message>
    <message>
        <source>The report to write: .pdf or .odt.</source>
        <translation>Rapporten som skrivs: .pdf eller .odt.</translation>
    </message>
    <message>
        <source>A report for the public: counts under k suppressed, sensitive incidents only as counts, no free text. Without it the report is marked internal.</source>
        <translation>En rapport för allmänheten: antal under k döljs, känsliga händelser bara som antal, ingen fritext. Utan flaggan märks rapporten som intern.</translation>
    </message>
    <message>
        <source>The threshold of a public report (default 5).</source>
        <translation>Tröskeln för en offentlig rapport (standard 5).</translation>
    </message>
    <message>
        <source>report needs a store, --year YEAR and --out FILE.</source>
        <translation>report behöver ett datalager, --year ÅR och --out FIL.</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .odt.</source>
        <translation>--out måste sluta på .pdf eller .odt.</translation>
    </message>
    <message>
        <source>--year takes a year and --k a whole number of at least 1.</source>
        <translation>--year tar ett årtal och --k ett heltal på minst 1.</translation>
    </message>
    <message>
        <source>--k applies only to a --public report.</source>
        <translation>--k gäller bara en rapport med --public.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 report) in %3 ms.</source>
        <translation>Skrev %1 (%2 rapport) på %3 ms.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>offentlig</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) or row(s) suppressed.</source>
        <translation>
            <numerusform>%n värde eller rad dold.</numerusform>
            <numerusform>%n värden eller rader dolda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::report::LagesbildReport</name>
    <message>
        <source>Give the year the report is about.</source>
        <translation>Ange året som rapporten gäller.</translation>
    </message>
    <message>
        <source>Lägesbild %1: %2</source>
        <translation>Lägesbild %1: %2</translation>
    </message>
    <message>
        <source>Public version: counts under %1 are suppressed and sensitive incidents are shown only as counts.</source>
        <translation>Offentlig version: antal under %1 döljs och känsliga händelser visas bara som antal.</translation>
    </message>
    <message>
        <source>Internal version: not for publication.</source>
        <translation>Intern version: inte för publicering.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>In %1, %2 incidents were recorded in %3.</source>
        <translation>Under %1 registrerades %2 händelser i %3.</translation>
    </message>
    <message>
        <source>No category changed more than chance would explain.</source>
        <translation>Ingen kategori förändrades mer än slumpen kan förklara.</translation>
    </message>
    <message>
        <source>Categories that changed more than chance would explain:</source>
        <translation>Kategorier som förändrades mer än slumpen kan förklara:</translation>
    </message>
    <message>
        <source>As of %1, %2 of %3 safety-walk findings were fixed and %4 were still open; %5 had been open longer than 90 days.</source>
        <translation>Per %1 var %2 av %3 iakttagelser från trygghetsvandringar åtgärdade och %4 fortfarande öppna; %5 hade varit öppna längre än 90 dagar.</translation>
    </message>
    <message>
        <source>No area called %1 in the store.</source>
        <translation>Inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>Översiktskarta</translation>
    </message>
    <message>
        <source>Incidents of sensitive categories are shown only as counts per district.</source>
        <translation>Händelser i känsliga kategorier visas bara som antal per område.</translation>
    </message>
    <message>
        <source>Hot spots (Gi*) %1</source>
        <translation>Heta punkter (Gi*) %1</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Heta punkter</translation>
    </message>
    <message>
        <source>No hot spot analysis: %1</source>
        <translation>Ingen analys av heta punkter: %1</translation>
    </message>
    <message>
        <source>Trends by category</source>
        <translation>Utveckling per kategori</translation>
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
        <source>Trends by district</source>
        <translation>Utveckling per område</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>When incidents happen</source>
        <translation>När händelserna sker</translation>
    </message>
    <message>
        <source>Day (06–18): %1, evening (18–22): %2, night (22–06): %3 of the incidents with a known time.</source>
        <translation>Dag (06–18): %1, kväll (18–22): %2, natt (22–06): %3 av händelserna med känt klockslag.</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Resultat från trygghetsmätningen</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Hela området</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Svarande</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 %-intervall</translation>
    </message>
    <message>
        <source>Safety-walk follow-up</source>
        <translation>Uppföljning av trygghetsvandringar</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Åtgärdade</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Median days to fix</source>
        <translation>Median dagar till åtgärd</translation>
    </message>
    <message>
        <source>What was suppressed</source>
        <translation>Vad som har dolts</translation>
    </message>
    <message>
        <source>This public version hides every count from 1 to %1 (shown as –) and leaves out categories, districts and groups with fewer than %2 events in all: %3 values and rows. Sensitive categories appear only as counts per district, and no free text from the records is included.</source>
        <translation>Den här offentliga versionen döljer alla antal från 1 till %1 (visas som –) och utelämnar kategorier, områden och grupper med färre än %2 händelser totalt: %3 värden och rader. Känsliga kategorier visas bara som antal per område, och ingen fritext från posterna tas med.</translation>
    </message>
    <message>
        <source>Exact position</source>
        <translation>Exakt position</translation>
    </message>
    <message>
        <source>Street or address</source>
        <translation>Gata eller adress</translation>
    </message>
    <message>
        <source>Only the centre of an area</source>
        <translation>Bara ett områdes mittpunkt</translation>
    </message>
    <message>
        <source>Only the centre of the municipality</source>
        <translation>Bara kommunens mittpunkt</translation>
    </message>
    <message>
        <source>Data sources and their limits</source>
        <translation>Datakällor och deras begränsningar</translation>
    </message>
    <message>
        <source>Incidents in %1 by reporting organisation:</source>
        <translation>Händelser %1 per rapporterande organisation:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>A change in who reports, or how, changes the counts without any change in crime: compare the sources from year to year before reading a trend.</source>
        <translation>Ändras vem som rapporterar, eller hur, ändras antalen utan att brottsligheten ändrats: jämför källorna år för år innan en trend tolkas.</translation>
    </message>
    <message>
        <source>Location precision of the incidents in %1:</source>
        <translation>Lägesnoggrannhet för händelserna %1:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>%1 incidents have a known time of day; %2 are known only to the day or coarser and are left out of the time profile.</source>
        <translation>%1 händelser har känt klockslag; %2 är kända bara till dagen eller grövre och utelämnas ur tidsprofilen.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Changes compare the same months of two years; their significance comes from the exact test for two Poisson counts, adjusted for testing many categories (Benjamini–Hochberg).</source>
        <translation>Förändringar jämför samma månader under två år; signifikansen kommer från det exakta testet för två Poissonantal, justerat för att många kategorier testas (Benjamini–Hochberg).</translation>
    </message>
    <message>
        <source>Hot spots are cells whose neighbourhood has more incidents than chance would explain (Getis–Ord Gi*, false discovery rate corrected). They say where, not why.</source>
        <translation>Heta punkter är celler vars omgivning har fler händelser än slumpen kan förklara (Getis–Ord Gi*, korrigerat för falska upptäckter). De säger var, inte varför.</translation>
    </message>
    <message>
        <source>Survey shares have Wilson 95 % intervals; years without a survey round are left as gaps.</source>
        <translation>Andelar från trygghetsmätningen har Wilsons 95 %-intervall; år utan mätning lämnas som luckor.</translation>
    </message>
    <message>
        <source>Walk findings are counted as of the report date: a finding fixed later was still open then.</source>
        <translation>Iakttagelser från trygghetsvandringar räknas per rapportdagen: en iakttagelse som åtgärdades senare var då fortfarande öppen.</translation>
    </message>
    <message>
        <source>%1: a report is written as .pdf or .odt.</source>
        <translation>%1: en rapport skrivs som .pdf eller .odt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Interventions and their effect</source>
        <translation>Insatser och deras effekt</translation>
    </message>
    <message>
        <source>Each intervention is compared with a district that was like its area before the start: incidents in the 12 months before against the 12 months after, all categories, with a 300 m buffer zone to look for displacement. The user guide explains the method and its limits.</source>
        <translation>Varje insats jämförs med ett område som liknade insatsområdet före starten: händelserna under de 12 månaderna före mot de 12 månaderna efter, alla kategorier, med en buffertzon på 300 m för att se om problemen flyttat. Användarhandboken förklarar metoden och dess begränsningar.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <source>%1, from %2%3; %4.</source>
        <translation>%1, från %2%3; %4.</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> till %1</translation>
    </message>
    <message>
        <source>no responsible organisation recorded</source>
        <translation>ingen ansvarig organisation angiven</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>Inte utvärderad: %1</translation>
    </message>
    <message>
        <source>Too few incidents in the area to publish the evaluation.</source>
        <translation>För få händelser i området för att publicera utvärderingen.</translation>
    </message>
    <message>
        <source>Only the centre of the county</source>
        <translation>Bara länets mittpunkt</translation>
    </message>
    <message>
        <source>Each walk a year later</source>
        <translation>Varje vandring ett år senare</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Vandring</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Fortfarande öppna</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>%1 · internal version, not for publication</source>
        <translation>%1 · intern version, inte för publicering</translation>
    </message>
    <message>
        <source>%1 · public version, counts under %2 suppressed</source>
        <translation>%1 · offentlig version, antal under %2 döljs</translation>
    </message>
    <message>
        <source>Cannot start the PDF document.</source>
        <translation>Kan inte börja PDF-dokumentet.</translation>
    </message>
    <message>
        <source>Counting the incidents</source>
        <translation>Händelserna räknas</translation>
    </message>
    <message>
        <source>Drawing the charts</source>
        <translation>Diagrammen ritas</translation>
    </message>
    <message>
        <source>Drawing the maps</source>
        <translation>Kartorna ritas</translation>
    </message>
    <message>
        <source>Evaluating the interventions</source>
        <translation>Insatserna utvärderas</translation>
    </message>
    <message>
        <source>Following up the safety walks</source>
        <translation>Trygghetsvandringarna följs upp</translation>
    </message>
    <message>
        <source>Listing the sources</source>
        <translation>Källorna listas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation>Rapporten avbröts.</translation>
    </message>
</context>
<context>
    <name>lb::report::FollowupList</name>
    <message>
        <source>The follow-up list needs a reference date.</source>
        <translation>Uppföljningslistan behöver ett referensdatum.</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Vandring</translation>
    </message>
    <message>
        <source>Walk date</source>
        <translation>Vandringsdatum</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagar försenad</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>Iakttagelsens id</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Safety-walk follow-up as of %1</source>
        <translation>Uppföljning av trygghetsvandringar per %1</translation>
    </message>
    <message>
        <source>Nothing is open or in progress.</source>
        <translation>Inget är öppet eller påbörjat.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <source>As of %1: %2 open, %3 in progress, %4 overdue (due date passed; without a due date, %5 days after the walk).</source>
        <translation>Per %1: %2 öppna, %3 påbörjade, %4 försenade (slutdatum passerat; utan slutdatum %5 dagar efter vandringen).</translation>
    </message>
    <message>
        <source>Safety-walk follow-up as of %1 · * due date implied: %2 days after the walk</source>
        <translation>Uppföljning av trygghetsvandringar per %1 · * inget slutdatum satt: %2 dagar efter vandringen</translation>
    </message>
    <message>
        <source>Lägesbild · page %1 of %2</source>
        <translation>Lägesbild · sida %1 av %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Safety-walk follow-up</source>
        <translation>Uppföljning av trygghetsvandringar</translation>
    </message>
    <message>
        <source>Walked</source>
        <translation>Vandrad</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>Public version: descriptions and photos left out</source>
        <translation>Publik version: beskrivningar och foton utelämnade</translation>
    </message>
</context>
<context>
    <name>lb::report::WalkPrint</name>
    <message>
        <source>Walk plan</source>
        <translation>Vandringsplan</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Sträcka</translation>
    </message>
    <message>
        <source>Point to visit (number in walking order)</source>
        <translation>Punkt att besöka (nummer i gångordning)</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Område: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <source>Lägesbild · page %1 of %2</source>
        <translation>Lägesbild · sida %1 av %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Points in walking order</source>
        <translation>Punkter i gångordning</translation>
    </message>
    <message>
        <source>(no place name)</source>
        <translation>(inget platsnamn)</translation>
    </message>
    <message>
        <source>Points %1–%2: see the table.</source>
        <translation>Punkt %1–%2: se tabellen.</translation>
    </message>
    <message>
        <source>%1 – notes</source>
        <translation>%1 – anteckningar</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Why it is on the list</source>
        <translation>Varför den är med</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Förslag till åtgärd</translation>
    </message>
</context>
<context>
    <name>lb::report::WalkPlan</name>
    <message>
        <source>The walk %1 has neither a route nor a district; give it one with walk create.</source>
        <translation>Vandringen %1 har varken sträcka eller område; ge den ett med walk create.</translation>
    </message>
    <message>
        <source>Open finding</source>
        <translation>Öppen iakttagelse</translation>
    </message>
    <message>
        <source>Unsafe place</source>
        <translation>Otrygg plats</translation>
    </message>
    <message>
        <source>Incident cluster</source>
        <translation>Händelsekluster</translation>
    </message>
    <message>
        <source>E-service report</source>
        <translation>Anmälan i e-tjänsten</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Tillagd för hand</translation>
    </message>
</context>
</TS>
