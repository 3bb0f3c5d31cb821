<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>lb::analysis::EmergingHotspots</name>
    <message>
        <source>There are %1 time steps for %2 points.</source>
        <translation>Det finns %1 tidssteg för %2 punkter.</translation>
    </message>
    <message>
        <source>Emerging hot spots need a cell size and a distance band in metres.</source>
        <translation>Framväxande heta områden kräver en cellstorlek och ett avståndsband i meter.</translation>
    </message>
    <message>
        <source>Emerging hot spots need at least two time steps.</source>
        <translation>Framväxande heta områden kräver minst två tidssteg.</translation>
    </message>
    <message>
        <source>The cell size does not give a usable grid over the events.</source>
        <translation>Cellstorleken ger inget användbart rutnät över händelserna.</translation>
    </message>
    <message>
        <source>Only %1 cells have events; emerging hot spots need at least 3.</source>
        <translation>Bara %1 celler har händelser; framväxande heta områden kräver minst 3.</translation>
    </message>
    <message>
        <source>Every bin has the same count; there is nothing to compare.</source>
        <translation>Alla fack har samma antal; det finns inget att jämföra.</translation>
    </message>
    <message>
        <source>Only %1 time steps: with fewer than 10 the trend test can hardly detect anything, so intensifying and diminishing spots are unlikely to show. Use shorter steps or a longer period.</source>
        <translation>Bara %1 tidssteg: med färre än 10 kan trendtestet knappt upptäcka något, så förstärkta och avtagande områden syns sällan. Använd kortare steg eller en längre period.</translation>
    </message>
    <message>
        <source>%L1 locations have no other location within the distance band; their neighbourhood is only themselves over time.</source>
        <translation>%L1 platser har ingen annan plats inom avståndsbandet; deras grannskap är bara de själva över tid.</translation>
    </message>
    <message>
        <source>%L1 locations × %L2 time steps, cells of %L3 m, distance band %L4 m, time window %5; bins significant at p ≤ %L6%7.</source>
        <translation>%L1 platser × %L2 tidssteg, celler om %L3 m, avståndsband %L4 m, tidsfönster %5; fack signifikanta vid p ≤ %L6%7.</translation>
    </message>
    <message>
        <source> (false discovery rate %L1)</source>
        <translation> (andel falska upptäckter, FDR, %L1)</translation>
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
        <source>%L1 of %L2 events only have the centre of an area or of the municipality as position; they were left out because they would form false hot spots.</source>
        <translation>%L1 av %L2 händelser har bara mittpunkten av ett område eller av kommunen som position; de lämnades utanför eftersom de skulle ge falska heta områden.</translation>
    </message>
    <message>
        <source>Too few events for a hot spot analysis: %L1 with a usable position, at least %L2 are needed. Choose a longer period, more categories or a larger area.</source>
        <translation>För få händelser för en analys av heta områden: %L1 med användbar position, minst %L2 behövs. Välj en längre period, fler kategorier eller ett större område.</translation>
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
        <source>Cells of %1 m: the smallest size that keeps the grid below %L2 cells (events lie on average %3 m from their nearest neighbour).</source>
        <translation>Celler på %1 m: den minsta storlek som håller rutnätet under %L2 celler (händelserna ligger i genomsnitt %3 m från sin närmaste granne).</translation>
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
        <source>Cells of %1 m would make a grid of %L2 million cells; choose larger cells.</source>
        <translation>Celler på %1 m skulle ge ett rutnät med %L2 miljoner celler; välj större celler.</translation>
    </message>
    <message>
        <source>Every cell taking part has the same number of events, so no cell stands out: no hot or cold spots can be found. Try larger cells.</source>
        <translation>Alla celler som ingår har lika många händelser, så ingen cell sticker ut: inga heta eller kalla områden kan hittas. Prova större celler.</translation>
    </message>
    <message>
        <source>%L1 cells inside the study area take part, with or without events.</source>
        <translation>%L1 celler inom studieområdet ingår, med eller utan händelser.</translation>
    </message>
    <message>
        <source>%L1 cells with at least one event take part (no study area was given, so empty cells are treated as places where events cannot happen).</source>
        <translation>%L1 celler med minst en händelse ingår (inget studieområde angavs, så tomma celler behandlas som platser där händelser inte kan inträffa).</translation>
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
        <source>Distance band %1 m: clustering (global Moran&apos;s I) was measured at 10 distances from %2 to %3 m and first peaks at %1 m (z = %L4), the scale at which events cluster most.</source>
        <translation>Avståndsband %1 m: klustringen (globalt Morans I) mättes på 10 avstånd från %2 till %3 m och når sin första topp vid %1 m (z = %L4), den skala där händelserna klustrar sig mest.</translation>
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
        <source>%L1 cells have no neighbour within the distance band; they get no result (shown as not tested). A larger distance band would include them.</source>
        <translation>%L1 celler har ingen granne inom avståndsbandet; de får inget resultat (visas som ej testade). Ett större avståndsband skulle ta med dem.</translation>
    </message>
    <message>
        <source>Half of the cells have fewer than 8 neighbours; results rest on little data. A larger distance band or larger cells give steadier results.</source>
        <translation>Hälften av cellerna har färre än 8 grannar; resultaten vilar på lite data. Ett större avståndsband eller större celler ger stabilare resultat.</translation>
    </message>
    <message>
        <source>%L1 hot spot cells and %L2 cold spot cells at 90 % confidence or more, after correcting for testing many cells at once (false discovery rate).</source>
        <translation>%L1 heta och %L2 kalla celler med minst 90 % konfidens, efter korrigering för att många celler testas samtidigt (andel falska upptäckter, FDR).</translation>
    </message>
    <message>
        <source>%L1 hot spot cells and %L2 cold spot cells at 90 % confidence or more, without correction for testing many cells at once: expect about one in ten cells to be marked by chance.</source>
        <translation>%L1 heta och %L2 kalla celler med minst 90 % konfidens, utan korrigering för att många celler testas samtidigt: räkna med att ungefär var tionde cell markeras av slump.</translation>
    </message>
    <message>
        <source>A hot spot is a place where high counts cluster more than chance would explain; it says where, not why. Cells that are not significant are not proven safe: there may be too few events to tell.</source>
        <translation>Ett hett område är en plats där höga antal samlas mer än slumpen kan förklara; det säger var, inte varför. Celler som inte är signifikanta är inte bevisat trygga: det kan finnas för få händelser för att avgöra.</translation>
    </message>
    <message>
        <source>Cells of %1 m give no usable grid over an area of %2 × %3 km; check the events for positions far away from the others, or choose other cells.</source>
        <translation>Celler på %1 m ger inget användbart rutnät över ett område på %2 × %3 km; kontrollera om några händelser har positioner långt från de andra, eller välj andra celler.</translation>
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
    <message>
        <source>events per km²</source>
        <translation>händelser per km²</translation>
    </message>
</context>
<context>
    <name>lb::analysis::Knox</name>
    <message>
        <source>There are %1 days for %2 points.</source>
        <translation>Det finns %1 dagar för %2 punkter.</translation>
    </message>
    <message>
        <source>Distance and time bands need increasing, non-negative edges.</source>
        <translation>Avstånds- och tidsband kräver stigande, icke-negativa gränser.</translation>
    </message>
    <message>
        <source>The Knox test needs at least 3 events; there are %1.</source>
        <translation>Knox-testet kräver minst 3 händelser; det finns %1.</translation>
    </message>
    <message>
        <source>The number of permutations must be at least 1.</source>
        <translation>Antalet permutationer måste vara minst 1.</translation>
    </message>
    <message>
        <source>same location</source>
        <translation>samma plats</translation>
    </message>
    <message>
        <source>0–%1 m</source>
        <translation>0–%1 m</translation>
    </message>
    <message>
        <source>%1–%2 m</source>
        <translation>%1–%2 m</translation>
    </message>
    <message>
        <source>&gt; %1 m</source>
        <translation>&gt; %1 m</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 dagar</translation>
    </message>
    <message>
        <source>&gt; %1 days</source>
        <translation>&gt; %1 dagar</translation>
    </message>
    <message>
        <source>%1 events, %2 pairs, %3 shuffles of the days (seed %4). A ratio above 1 with a small p-value means more pairs close in both space and time than chance gives: a near-repeat pattern.</source>
        <translation>%1 händelser, %2 par, %3 omblandningar av dagarna (frö %4). En kvot över 1 med litet p-värde betyder fler par nära varandra i både rum och tid än slumpen ger: ett mönster av upprepad utsatthet i närområdet (near repeat).</translation>
    </message>
</context>
<context>
    <name>lb::analysis::LocalMoran</name>
    <message>
        <source>The neighbour list has %1 features but there are %2 values.</source>
        <translation>Grannlistan har %1 objekt men det finns %2 värden.</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I needs at least 3 features; there are %1.</source>
        <translation>Lokalt Morans I kräver minst 3 objekt; det finns %1.</translation>
    </message>
    <message>
        <source>Every feature needs a value; missing rates (unknown population) must be left out before the analysis.</source>
        <translation>Varje objekt behöver ett värde; saknade tal (okänd befolkning) måste tas bort före analysen.</translation>
    </message>
    <message>
        <source>The number of permutations must be at least 1.</source>
        <translation>Antalet permutationer måste vara minst 1.</translation>
    </message>
    <message>
        <source>Every feature has the same value, so there is nothing to compare.</source>
        <translation>Alla objekt har samma värde, så det finns inget att jämföra.</translation>
    </message>
    <message>
        <source>With %L1 permutations no p-value can be below %L2; use more permutations.</source>
        <translation>Med %L1 permutationer kan inget p-värde bli lägre än %L2; använd fler permutationer.</translation>
    </message>
    <message>
        <source>%L1 features have no neighbours and are not tested.</source>
        <translation>%L1 objekt saknar grannar och testas inte.</translation>
    </message>
    <message>
        <source>Pseudo p-values from %L1 conditional permutations (seed %2)%3.</source>
        <translation>Pseudo-p-värden från %L1 villkorade permutationer (frö %2)%3.</translation>
    </message>
    <message>
        <source>, with the false discovery rate controlled at %L1</source>
        <translation>, med andelen falska upptäckter (FDR) kontrollerad på %L1</translation>
    </message>
</context>
<context>
    <name>lb::analysis::SurveyStats</name>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1: %2 % in %3 (%4 respondents) and %5 % in %6 (%7 respondents).</source>
        <translation>%1: %2 % år %3 (%4 svarande) och %5 % år %6 (%7 svarande).</translation>
    </message>
    <message>
        <source>There was no round in between; the rounds are %1 years apart.</source>
        <translation>Det fanns ingen mätning däremellan; mätningarna ligger %1 år isär.</translation>
    </message>
    <message>
        <source>The change is %1 percentage points (%2 % interval %3 to %4).</source>
        <translation>Förändringen är %1 procentenheter (%2 %-intervall %3 till %4).</translation>
    </message>
    <message>
        <source>A difference this large would be unlikely if the true share had stayed the same (%1).</source>
        <translation>En så stor skillnad vore osannolik om den verkliga andelen hade varit oförändrad (%1).</translation>
    </message>
    <message>
        <source>On its own the difference would count as significant (%1), but not once the other districts compared at the same time are taken into account (adjusted %2).</source>
        <translation>För sig själv skulle skillnaden räknas som signifikant (%1), men inte när hänsyn tas till de andra områdena som jämförs samtidigt (justerat %2).</translation>
    </message>
    <message>
        <source>A difference of this size could well come from who happened to answer (%1); it does not show a change.</source>
        <translation>En skillnad av den här storleken kan mycket väl bero på vilka som råkade svara (%1); den visar ingen förändring.</translation>
    </message>
    <message>
        <source>Survey answers need a year, a district, respondents and a count per row.</source>
        <translation>Enkätsvar kräver ett år, ett område, antal svarande och ett antal per rad.</translation>
    </message>
    <message>
        <source>Row %1 has no district.</source>
        <translation>Rad %1 saknar område.</translation>
    </message>
    <message>
        <source>Row %1: %2 yes out of %3 respondents is not possible.</source>
        <translation>Rad %1: %2 ja av %3 svarande är inte möjligt.</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Hela området</translation>
    </message>
    <message>
        <source>No survey round in %1: the year is left empty, not filled in.</source>
        <translation>Ingen mätning år %1: året lämnas tomt, det fylls inte i.</translation>
    </message>
    <message>
        <source>The whole-area share pools all respondents; it is not weighted by population, so districts where more people answered count more.</source>
        <translation>Andelen för hela området slår ihop alla svarande; den är inte viktad efter befolkning, så områden där fler svarade väger tyngre.</translation>
    </message>
</context>
<context>
    <name>lb::analysis::TimeProfile</name>
    <message>
        <source>A time profile needs a clock to turn times into local hours.</source>
        <translation>En tidsprofil behöver en klocka för att göra om tider till lokala timmar.</translation>
    </message>
    <message>
        <source>There are %1 time precisions for %2 incidents.</source>
        <translation>Det finns %1 tidsprecisioner för %2 händelser.</translation>
    </message>
    <message>
        <source>%1 incidents are left out because their time is known only to the day or more coarsely.</source>
        <translation>%1 händelser lämnas utanför eftersom tiden bara är känd på dagen eller grövre.</translation>
    </message>
    <message>
        <source>%1 incidents (%2 %) are recorded at exactly 00:00. Many systems write midnight when the time is unknown, so the night share may be too high.</source>
        <translation>%1 händelser (%2 %) är registrerade exakt 00:00. Många system skriver midnatt när tiden är okänd, så nattandelen kan vara för hög.</translation>
    </message>
    <message>
        <source>Evening (18:00–21:59): %1 % (95 % interval %2–%3 %). Night (22:00–05:59): %4 % (%5–%6 %). Local time.</source>
        <translation>Kväll (18:00–21:59): %1 % (95 %-intervall %2–%3 %). Natt (22:00–05:59): %4 % (%5–%6 %). Lokal tid.</translation>
    </message>
    <message>
        <source>There are %1 weights for %2 incidents.</source>
        <translation>Det finns %1 vikter för %2 händelser.</translation>
    </message>
</context>
<context>
    <name>lb::analysis::Trends</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augusti</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1: no incidents in %2 or in %3.</source>
        <translation>%1: inga händelser under %2 eller %3.</translation>
    </message>
    <message>
        <source>none before</source>
        <translation>inga tidigare</translation>
    </message>
    <message>
        <source>%1: %2 incidents in %3 against %4 in %5 (%6, %7).</source>
        <translation>%1: %2 händelser under %3 mot %4 under %5 (%6, %7).</translation>
    </message>
    <message>
        <source>These are too few incidents to tell a change from chance (%1).</source>
        <translation>Det är för få händelser för att skilja en förändring från slumpen (%1).</translation>
    </message>
    <message>
        <source>A change this large would be unlikely if the underlying level had stayed the same (%1). It may still come from changes in reporting rather than in what happens.</source>
        <translation>En så stor förändring vore osannolik om den underliggande nivån hade varit oförändrad (%1). Den kan ändå bero på ändrad anmälningsbenägenhet snarare än på vad som händer.</translation>
    </message>
    <message>
        <source>On its own the change would count as significant (%1), but not once the other groups compared at the same time are taken into account (adjusted %2).</source>
        <translation>För sig själv skulle förändringen räknas som signifikant (%1), men inte när hänsyn tas till de andra grupperna som jämförs samtidigt (justerat %2).</translation>
    </message>
    <message>
        <source>A change of this size could well be chance (%1); it does not show that the level has changed.</source>
        <translation>En förändring av den här storleken kan mycket väl vara slump (%1); den visar inte att nivån har ändrats.</translation>
    </message>
    <message>
        <source>Trends need a clock to turn times into local dates.</source>
        <translation>Trender behöver en klocka för att göra om tider till lokala datum.</translation>
    </message>
    <message>
        <source>The category, district and source lists must have one entry per incident.</source>
        <translation>Listorna med kategori, område och källa måste ha en post per händelse.</translation>
    </message>
    <message>
        <source>There are no incidents and no period to count them in.</source>
        <translation>Det finns inga händelser och ingen period att räkna dem i.</translation>
    </message>
    <message>
        <source>The data are taken to cover %1 to %2; periods not wholly inside are marked incomplete and are not compared.</source>
        <translation>Data antas täcka %1 till %2; perioder som inte ligger helt inom markeras som ofullständiga och jämförs inte.</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>No same-period comparison: the data do not cover January to %1 of two years in a row.</source>
        <translation>Ingen jämförelse av samma period: data täcker inte januari till %1 två år i följd.</translation>
    </message>
    <message>
        <source>Same period: the whole year %1 against %2.</source>
        <translation>Samma period: hela året %1 mot %2.</translation>
    </message>
    <message>
        <source>Same period: %1 against %2, because %3 is the latest complete month.</source>
        <translation>Samma period: %1 mot %2, eftersom %3 är den senaste hela månaden.</translation>
    </message>
</context>
<context>
    <name>lb::analysis::WalkFollowup</name>
    <message>
        <source>Every finding needs a status and the date of its walk.</source>
        <translation>Varje iakttagelse behöver en status och datum för sin vandring.</translation>
    </message>
    <message>
        <source>The follow-up needs a reference date.</source>
        <translation>Uppföljningen behöver ett referensdatum.</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alla iakttagelser</translation>
    </message>
    <message>
        <source>%1 findings come from walks after %2 and are not counted.</source>
        <translation>%1 iakttagelser kommer från vandringar efter %2 och räknas inte.</translation>
    </message>
    <message>
        <source>%1 findings have no walk date and are not counted.</source>
        <translation>%1 iakttagelser saknar vandringsdatum och räknas inte.</translation>
    </message>
    <message>
        <source>%1 findings are marked fixed before the walk that found them; check the dates. They are left out of the time to fix.</source>
        <translation>%1 iakttagelser är markerade som åtgärdade före vandringen som hittade dem; kontrollera datumen. De räknas inte in i tiden till åtgärd.</translation>
    </message>
    <message>
        <source>As of %1: %2 of %3 findings fixed, median %4 days from walk to fix; %5 open or in progress for more than %6 days.</source>
        <translation>Per %1: %2 av %3 iakttagelser åtgärdade, median %4 dagar från vandring till åtgärd; %5 öppna eller pågående i mer än %6 dagar.</translation>
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
        <translation>Inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>Heat map (kernel density) of the incidents, in events per km², as a GeoTIFF.</source>
        <translation>Värmekarta (kärntäthet) över händelserna, i händelser per km², som GeoTIFF.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
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
        <translation>analyse kde behöver ett datalager och --out FIL.tif.</translation>
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
        <source>%L1 events, %L2 × %L3 cells of %L4 m, highest density %L5 %6.</source>
        <translation>%L1 händelser, %L2 × %L3 celler på %L4 m, högsta täthet %L5 %6.</translation>
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
        <source>Area kind whose polygons bound where events can happen, e.g. municipality.</source>
        <translation>Områdestyp vars polygoner avgränsar var händelser kan inträffa, t.ex. municipality.</translation>
    </message>
    <message>
        <source>analyse gistar needs a store and --out FILE.gpkg.</source>
        <translation>analyse gistar behöver ett datalager och --out FIL.gpkg.</translation>
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
        <translation>Inga områden av typen %1 i datalagret.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Unknown analysis method: %1</source>
        <translation>Okänd analysmetod: %1</translation>
    </message>
    <message>
        <source>Usage: lagesbild-cli analyse kde|gistar|trends|survey|walks|lisa|emerging|knox STORE [options]; add --help after the method for its options.</source>
        <translation>Användning: lagesbild-cli analyse kde|gistar|trends|survey|walks|lisa|emerging|knox DATALAGER [flaggor]; lägg till --help efter metoden för dess flaggor.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) placed only at a district&apos;s or the municipality&apos;s centre left out.</source>
        <translation>
            <numerusform>%Ln händelse som bara är placerad i ett områdes eller kommunens mittpunkt är utelämnad.</numerusform>
            <numerusform>%Ln händelser som bara är placerade i ett områdes eller kommunens mittpunkt är utelämnade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum every incident&apos;s kernel exactly in every cell, as QGIS does; slower. Without it, many incidents are first spread over the cell centres, a close approximation.</source>
        <translation>Summera varje händelses kärna exakt i varje cell, som QGIS gör; långsammare. Utan flaggan fördelas många händelser först på cellernas mittpunkter, en nära approximation.</translation>
    </message>
</context>
<context>
    <name>lb::cli::AnalyseLisa</name>
    <message>
        <source>Analyse this file instead of the store&apos;s districts (GeoPackage, GeoJSON, Shapefile, or CSV with x and y in metres).</source>
        <translation>Analysera den här filen i stället för datalagrets områden (GeoPackage, GeoJSON, Shapefile eller CSV med x och y i meter).</translation>
    </message>
    <message>
        <source>The table&apos;s value column.</source>
        <translation>Tabellens värdekolumn.</translation>
    </message>
    <message>
        <source>The layer to read from the table file.</source>
        <translation>Lagret som ska läsas från tabellfilen.</translation>
    </message>
    <message>
        <source>Use the K nearest features as neighbours.</source>
        <translation>Använd de K närmaste objekten som grannar.</translation>
    </message>
    <message>
        <source>Use features within this many metres as neighbours (default for polygons: shared borders).</source>
        <translation>Använd objekt inom så här många meter som grannar (standard för polygoner: gemensamma gränser).</translation>
    </message>
    <message>
        <source>Give a store or --table FILE.</source>
        <translation>Ange ett datalager eller --table FIL.</translation>
    </message>
    <message>
        <source>--district does not apply: the analysis compares the districts.</source>
        <translation>--district gäller inte: analysen jämför områdena.</translation>
    </message>
    <message>
        <source>Values: incidents per 1,000 residents per district.</source>
        <translation>Värden: händelser per 1 000 invånare per område.</translation>
    </message>
    <message>
        <source>--knn takes a whole number and --band metres.</source>
        <translation>--knn tar ett heltal och --band meter.</translation>
    </message>
    <message>
        <source>Local Moran&apos;s I (LISA) of incidents per 1,000 residents per district, or of a value column in a table: clusters (HH, LL) and outliers (HL, LH) with pseudo p-values from conditional permutations. --out FILE.csv writes a table, FILE.gpkg a layer.</source>
        <translation>Lokalt Morans I (LISA) för händelser per 1 000 invånare per område, eller för en värdekolumn i en tabell: kluster (HH, LL) och avvikare (HL, LH) med pseudo-p-värden från villkorade permutationer. --out FIL.csv skriver en tabell, FIL.gpkg ett lager.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>Permutations (default 999).</source>
        <translation>Permutationer (standard 999).</translation>
    </message>
    <message>
        <source>Random seed (default 12345).</source>
        <translation>Slumpfrö (standard 12345).</translation>
    </message>
    <message>
        <source>Significance level (default 0.05).</source>
        <translation>Signifikansnivå (standard 0,05).</translation>
    </message>
    <message>
        <source>analyse lisa needs --out FILE.csv or FILE.gpkg.</source>
        <translation>analyse lisa kräver --out FIL.csv eller FIL.gpkg.</translation>
    </message>
    <message>
        <source>--permutations, --seed and --alpha take numbers.</source>
        <translation>--permutations, --seed och --alpha tar tal.</translation>
    </message>
    <message>
        <source>%L1 features: %L2 HH, %L3 LL, %L4 HL, %L5 LH, %L6 not significant, %L7 without neighbours.</source>
        <translation>%L1 objekt: %L2 HH, %L3 LL, %L4 HL, %L5 LH, %L6 ej signifikanta, %L7 utan grannar.</translation>
    </message>
    <message>
        <source>Gi* on the features of a table with a value column (or on the store&apos;s district rates). --out FILE.csv or FILE.gpkg.</source>
        <translation>Gi* på objekten i en tabell med en värdekolumn (eller på datalagrets tal per område). --out FIL.csv eller FIL.gpkg.</translation>
    </message>
    <message>
        <source>The store (optional with --table).</source>
        <translation>Datalagret (valfri med --table).</translation>
    </message>
    <message>
        <source>analyse gistar --table needs --out FILE.csv or FILE.gpkg.</source>
        <translation>analyse gistar --table kräver --out FIL.csv eller FIL.gpkg.</translation>
    </message>
    <message>
        <source>%1 features: %2 hot and %3 cold at 90 % confidence or more.</source>
        <translation>%1 objekt: %2 heta och %3 kalla med minst 90 % konfidens.</translation>
    </message>
    <message>
        <source>--table needs --value-column COLUMN.</source>
        <translation>--table kräver --value-column KOLUMN.</translation>
    </message>
    <message>
        <source>Projected CRS for the table (default: the store&apos;s, else EPSG:3006).</source>
        <translation>Projicerat koordinatsystem för tabellen (standard: datalagrets, annars EPSG:3006).</translation>
    </message>
    <message>
        <source>Projected CRS to analyse the table in (default: the table&apos;s own when it is in metres, else the store&apos;s, else the UTM zone of its centre).</source>
        <translation>Projicerat referenssystem att analysera tabellen i (standard: tabellens eget när det är i meter, annars datalagrets, annars UTM-zonen för dess mitt).</translation>
    </message>
</context>
<context>
    <name>lb::cli::AnalyseSpaceTime</name>
    <message>
        <source>Warning: %L1 incidents left out: placed at an area centre or with too coarse a time.</source>
        <translation>Varning: %L1 händelser lämnas utanför: placerade i ett områdes mittpunkt eller med för grov tid.</translation>
    </message>
    <message>
        <source>Emerging hot spots: space-time Gi* per cell and time step, Mann–Kendall trend per cell, and the categories new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot and cold spots. --out FILE.gpkg writes cells, FILE.csv a table.</source>
        <translation>Framväxande heta områden: Gi* i rum och tid per cell och tidssteg, Mann–Kendall-trend per cell och kategorierna nya, sammanhängande, förstärkta, ihållande, avtagande, sporadiska, växlande och historiska heta och kalla områden. --out FIL.gpkg skriver celler, FIL.csv en tabell.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>Time step: month (default), quarter or year.</source>
        <translation>Tidssteg: month (månad, standard), quarter (kvartal) eller year (år).</translation>
    </message>
    <message>
        <source>Cell size in metres (default 250).</source>
        <translation>Cellstorlek i meter (standard 250).</translation>
    </message>
    <message>
        <source>Distance band in metres (default 500).</source>
        <translation>Avståndsband i meter (standard 500).</translation>
    </message>
    <message>
        <source>Earlier time steps in each neighbourhood (default 1).</source>
        <translation>Tidigare tidssteg i varje grannskap (standard 1).</translation>
    </message>
    <message>
        <source>analyse emerging needs a store and --out FILE.gpkg or FILE.csv.</source>
        <translation>analyse emerging kräver ett datalager och --out FIL.gpkg eller FIL.csv.</translation>
    </message>
    <message>
        <source>--cell and --band take metres, --time-window a whole number, --period month, quarter or year.</source>
        <translation>--cell och --band tar meter, --time-window ett heltal, --period month, quarter eller year.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Steps %1 to %2.</source>
        <translation>Steg %1 till %2.</translation>
    </message>
    <message>
        <source>Near repeats (Knox test, as the Near Repeat Calculator): pairs of incidents per distance band and time band, observed against expected under shuffled days, with Monte Carlo p-values. Writes a CSV.</source>
        <translation>Upprepningar i närområdet (Knox-test, som Near Repeat Calculator): par av händelser per avståndsband och tidsband, observerat mot förväntat med omblandade dagar, med Monte Carlo-p-värden. Skriver en CSV.</translation>
    </message>
    <message>
        <source>Distance band edges in metres (default 0,100,200,300,400,500; 0 = same location).</source>
        <translation>Gränser för avståndsband i meter (standard 0,100,200,300,400,500; 0 = samma plats).</translation>
    </message>
    <message>
        <source>Time band edges in days (default 14,28,42,56).</source>
        <translation>Gränser för tidsband i dagar (standard 14,28,42,56).</translation>
    </message>
    <message>
        <source>Shuffles (default 999).</source>
        <translation>Omblandningar (standard 999).</translation>
    </message>
    <message>
        <source>Random seed (default 12345).</source>
        <translation>Slumpfrö (standard 12345).</translation>
    </message>
    <message>
        <source>analyse knox needs a store and --out FILE.csv.</source>
        <translation>analyse knox kräver ett datalager och --out FIL.csv.</translation>
    </message>
    <message>
        <source>--distances and --days take comma-separated numbers.</source>
        <translation>--distances och --days tar kommaseparerade tal.</translation>
    </message>
    <message>
        <source>%1, %2: %3 pairs against %4 expected (ratio %5, p = %6).</source>
        <translation>%1, %2: %3 par mot %4 förväntade (kvot %5, p = %6).</translation>
    </message>
</context>
<context>
    <name>lb::cli::AnalyseSurvey</name>
    <message>
        <source>Survey shares per district and round with 95 % intervals and tests of the change between rounds (FILE.csv, FILE_changes.csv), and clusters of the map pins per round (FILE_clusters.csv). --from/--to choose rounds by year, --district one district; --categories and --sources do not apply.</source>
        <translation>Andelar per område och mätning med 95 %-intervall och test av förändringen mellan mätningar (FIL.csv, FIL_changes.csv), samt kluster av enkätmarkeringarna per mätning (FIL_clusters.csv). --from/--to väljer mätningar efter år, --district ett område; --categories och --sources gäller inte.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>Only this indicator, e.g. unsafe_evening (default: all).</source>
        <translation>Bara den här indikatorn, t.ex. unsafe_evening (standard: alla).</translation>
    </message>
    <message>
        <source>Cluster radius in metres (default 150).</source>
        <translation>Klusterradie i meter (standard 150).</translation>
    </message>
    <message>
        <source>Pins within the radius that make a core (default 8).</source>
        <translation>Enkätmarkeringar inom radien som gör en kärnpunkt (standard 8).</translation>
    </message>
    <message>
        <source>Also write the cluster centres as a GeoPackage layer.</source>
        <translation>Skriv även klustrens mittpunkter som ett GeoPackage-lager.</translation>
    </message>
    <message>
        <source>analyse survey needs a store and --out FILE.csv.</source>
        <translation>analyse survey kräver ett datalager och --out FIL.csv.</translation>
    </message>
    <message>
        <source>--categories and --sources apply to incidents, not to surveys.</source>
        <translation>--categories och --sources gäller händelser, inte enkäter.</translation>
    </message>
    <message>
        <source>--radius takes metres and --min-pins a whole number of at least 1.</source>
        <translation>--radius tar meter och --min-pins ett heltal på minst 1.</translation>
    </message>
    <message>
        <source>No area called %1 in the store.</source>
        <translation>Inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>The store has no survey answers to analyse.</source>
        <translation>Datalagret har inga enkätsvar att analysera.</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Hela området</translation>
    </message>
    <message>
        <source>%1: %2 pins, %3 clusters, %4 pins outside any cluster.</source>
        <translation>%1: %2 enkätmarkeringar, %3 kluster, %4 enkätmarkeringar utanför kluster.</translation>
    </message>
    <message>
        <source>Wrote %1, %2 and %3.</source>
        <translation>Skrev %1, %2 och %3.</translation>
    </message>
</context>
<context>
    <name>lb::cli::AnalyseTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 needs the columns x, y (metres) and %2.</source>
        <translation>%1 behöver kolumnerna x, y (meter) och %2.</translation>
    </message>
    <message>
        <source>%1, row %2: x, y and %3 must be numbers.</source>
        <translation>%1, rad %2: x, y och %3 måste vara tal.</translation>
    </message>
    <message>
        <source>%1, feature %2: no number in the column %3.</source>
        <translation>%1, objekt %2: inget tal i kolumnen %3.</translation>
    </message>
    <message>
        <source>%1, feature %2 has neither a polygon nor a point.</source>
        <translation>%1, objekt %2 har varken en polygon eller en punkt.</translation>
    </message>
    <message>
        <source>%1 mixes polygons and points.</source>
        <translation>%1 blandar polygoner och punkter.</translation>
    </message>
    <message>
        <source>Points have no shared borders: give --knn K or --band METRES.</source>
        <translation>Punkter har inga gemensamma gränser: ange --knn K eller --band METER.</translation>
    </message>
    <message>
        <source>%1 has no population figure and is left out.</source>
        <translation>%1 saknar befolkningssiffra och lämnas utanför.</translation>
    </message>
    <message>
        <source>%1 gives x and y without a CRS; name it with --epsg CODE.</source>
        <translation>%1 anger x och y utan referenssystem; ange det med --epsg KOD.</translation>
    </message>
    <message>
        <source>The table&apos;s x and y are taken to be in the store&apos;s CRS, %1.</source>
        <translation>Tabellens x och y tas för att vara i datalagrets referenssystem, %1.</translation>
    </message>
    <message>
        <source>%1 has no layer %2.</source>
        <translation>%1 har inget lager %2.</translation>
    </message>
    <message>
        <source>The CRS of %1 is not known; name the CRS to analyse it in with --epsg CODE.</source>
        <translation>Referenssystemet för %1 är okänt; ange referenssystemet att analysera i med --epsg KOD.</translation>
    </message>
    <message>
        <source>The table is analysed in its own CRS, %1.</source>
        <translation>Tabellen analyseras i sitt eget referenssystem, %1.</translation>
    </message>
    <message>
        <source>The table is in %1, which is not in metres; it is analysed in the store&apos;s CRS, %2.</source>
        <translation>Tabellen är i %1, som inte är i meter; den analyseras i datalagrets referenssystem, %2.</translation>
    </message>
    <message>
        <source>%1 has no features.</source>
        <translation>%1 har inga objekt.</translation>
    </message>
    <message>
        <source>The table is in %1, which is not in metres; it is analysed in %2, the UTM zone of its centre. Name another CRS with --epsg CODE.</source>
        <translation>Tabellen är i %1, som inte är i meter; den analyseras i %2, UTM-zonen för dess mitt. Ange ett annat referenssystem med --epsg KOD.</translation>
    </message>
</context>
<context>
    <name>lb::cli::AnalyseTrends</name>
    <message>
        <source>Incident counts per year, quarter or month with year-over-year and same-period changes, their significance and rates per 1,000 residents, plus the hour × weekday profile. Writes FILE.csv, FILE_same_period.csv and FILE_time_profile.csv.</source>
        <translation>Antal händelser per år, kvartal eller månad med förändring mot föregående år och mot samma period, deras signifikans och tal per 1 000 invånare, samt profilen timme × veckodag. Skriver FIL.csv, FIL_same_period.csv och FIL_time_profile.csv.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>year, quarter or month (default).</source>
        <translation>year (år), quarter (kvartal) eller month (månad, standard).</translation>
    </message>
    <message>
        <source>Break down by category, district and/or source, comma-separated.</source>
        <translation>Dela upp efter category (kategori), district (område) och/eller source (källa), kommaseparerat.</translation>
    </message>
    <message>
        <source>Last day the data are complete (default: --to, or the day of the latest incident in the store).</source>
        <translation>Sista dagen data är fullständiga (standard: --to, eller dagen för den senaste händelsen i datalagret).</translation>
    </message>
    <message>
        <source>analyse trends needs a store and --out FILE.csv.</source>
        <translation>analyse trends kräver ett datalager och --out FIL.csv.</translation>
    </message>
    <message>
        <source>--period takes year, quarter or month.</source>
        <translation>--period tar year, quarter eller month.</translation>
    </message>
    <message>
        <source>--by takes category, district and source, not %1.</source>
        <translation>--by tar category, district och source, inte %1.</translation>
    </message>
    <message>
        <source>Warning: no incidents match the filters (are the category codes and source names spelled as in the store?).</source>
        <translation>Varning: inga händelser matchar filtren (är kategorikoder och källnamn stavade som i datalagret?).</translation>
    </message>
    <message>
        <source>(outside the districts)</source>
        <translation>(utanför områdena)</translation>
    </message>
    <message>
        <source>The other comparisons are in %1.</source>
        <translation>De övriga jämförelserna finns i %1.</translation>
    </message>
    <message>
        <source>Wrote %1, %2 and %3.</source>
        <translation>Skrev %1, %2 och %3.</translation>
    </message>
</context>
<context>
    <name>lb::cli::AnalyseWalks</name>
    <message>
        <source>Follow-up of safety-walk findings as of a date: counts by status, kind and responsible organisation, median days from walk to fix (FILE.csv) and findings open too long (FILE_overdue.csv). --from/--to select walks by date, --categories finding kinds, --sources responsible organisations, --district findings inside an area.</source>
        <translation>Uppföljning av iakttagelser från trygghetsvandringar per ett datum: antal per status, typ och ansvarig organisation, median antal dagar från vandring till åtgärd (FIL.csv) och iakttagelser som varit öppna för länge (FIL_overdue.csv). --from/--to väljer vandringar efter datum, --categories typer av iakttagelser, --sources ansvariga organisationer, --district iakttagelser inom ett område.</translation>
    </message>
    <message>
        <source>The store (a .gpkg file).</source>
        <translation>Datalagret (en .gpkg-fil).</translation>
    </message>
    <message>
        <source>Reference date (default: today).</source>
        <translation>Referensdatum (standard: i dag).</translation>
    </message>
    <message>
        <source>Open findings older than this are listed (default 90).</source>
        <translation>Öppna iakttagelser äldre än så listas (standard 90).</translation>
    </message>
    <message>
        <source>analyse walks needs a store and --out FILE.csv.</source>
        <translation>analyse walks kräver ett datalager och --out FIL.csv.</translation>
    </message>
    <message>
        <source>--overdue-days takes a whole number of days.</source>
        <translation>--overdue-days tar ett helt antal dagar.</translation>
    </message>
    <message>
        <source>No area called %1 in the store.</source>
        <translation>Inget område som heter %1 i datalagret.</translation>
    </message>
    <message>
        <source>%1: %2 findings open for more than %3 days.</source>
        <translation>%1: %2 iakttagelser öppna i mer än %3 dagar.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Skrev %1 och %2.</translation>
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
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan inte skapa %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the column %1 in %2.</source>
        <translation>Kan inte skapa kolumnen %1 i %2.</translation>
    </message>
    <message>
        <source>Cannot create the sheet %1 in %2.</source>
        <translation>Kan inte skapa bladet %1 i %2.</translation>
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
        <source>Cannot write a row to %1: %2</source>
        <translation>Kan inte skriva en rad till %1: %2</translation>
    </message>
    <message>
        <source>GDAL has no XLSX driver.</source>
        <translation>GDAL saknar drivrutin för XLSX.</translation>
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
<context>
    <name>lb::analysis::InterventionEvaluation</name>
    <message>
        <source>Source %1</source>
        <translation>Källa %1</translation>
    </message>
    <message>
        <source>%1 reported %2 incidents before the start and none after it: a change in reporting can look like an effect.</source>
        <translation>%1 rapporterade %2 händelser före starten och inga efter: en ändring i rapporteringen kan se ut som en effekt.</translation>
    </message>
    <message>
        <source>%1 reported no incidents before the start and %2 after it: a change in reporting can look like an effect.</source>
        <translation>%1 rapporterade inga händelser före starten och %2 efter: en ändring i rapporteringen kan se ut som en effekt.</translation>
    </message>
    <message>
        <source>Only %1 incidents in the target area over both periods (fewer than %2): too few to draw a conclusion.</source>
        <translation>Bara %1 händelser i insatsområdet under båda perioderna (färre än %2): för få för att dra en slutsats.</translation>
    </message>
    <message>
        <source>Only %1 incidents in the comparison area over both periods (fewer than %2): it cannot show reliably what would have happened without the intervention.</source>
        <translation>Bara %1 händelser i jämförelseområdet under båda perioderna (färre än %2): det kan inte visa säkert vad som hade hänt utan insatsen.</translation>
    </message>
    <message>
        <source>The data cover only %1 whole months on each side of the start, not the %2 asked for.</source>
        <translation>Uppgifterna täcker bara %1 hela månader på var sida om starten, inte de %2 som begärdes.</translation>
    </message>
    <message>
        <source>Each period is only %1 months long; at least %2 are needed to tell an effect from ordinary month-to-month variation.</source>
        <translation>Varje period är bara %1 månader lång; minst %2 behövs för att skilja en effekt från vanlig variation mellan månader.</translation>
    </message>
    <message>
        <source>The periods are not whole years, so they cover different seasons; only the comparison with the comparison area allows for that.</source>
        <translation>Perioderna är inte hela år och täcker därför olika årstider; bara jämförelsen med jämförelseområdet tar hänsyn till det.</translation>
    </message>
    <message>
        <source>Before the start the target area changed by %1 % a year and the comparison area by %2 % a year (difference p = %3): the comparison area moved differently, so the estimated effect may be biased.</source>
        <translation>Före starten förändrades insatsområdet med %1 % per år och jämförelseområdet med %2 % per år (skillnad p = %3): jämförelseområdet utvecklades annorlunda, så den skattade effekten kan vara snedvriden.</translation>
    </message>
    <message>
        <source>The intervention has no start date.</source>
        <translation>Insatsen har inget startdatum.</translation>
    </message>
    <message>
        <source>Every incident needs an area (target, buffer, comparison or outside).</source>
        <translation>Varje händelse behöver ett område (insats, buffert, jämförelse eller utanför).</translation>
    </message>
    <message>
        <source>The periods must be at least one month long.</source>
        <translation>Perioderna måste vara minst en månad långa.</translation>
    </message>
    <message>
        <source>There are no incidents to evaluate.</source>
        <translation>Det finns inga händelser att utvärdera.</translation>
    </message>
    <message>
        <source>The data do not cover a whole month both before and after the start (%1).</source>
        <translation>Uppgifterna täcker inte en hel månad både före och efter starten (%1).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>went from none to %1</source>
        <translation>gick från inga till %1</translation>
    </message>
    <message>
        <source>did not change (%1 in both periods)</source>
        <translation>förändrades inte (%1 i båda perioderna)</translation>
    </message>
    <message>
        <source>fell %1 % (from %2 to %3)</source>
        <translation>minskade %1 % (från %2 till %3)</translation>
    </message>
    <message>
        <source>rose %1 % (from %2 to %3)</source>
        <translation>ökade %1 % (från %2 till %3)</translation>
    </message>
    <message>
        <source>fell %1 % (%2 % CI %3–%4 %)</source>
        <translation>minskade %1 % (%2 % KI %3–%4 %)</translation>
    </message>
    <message>
        <source>rose %1 % (%2 % CI %3–%4 %)</source>
        <translation>ökade %1 % (%2 % KI %3–%4 %)</translation>
    </message>
    <message>
        <source>show no clear change: %1 % (%2 % CI %3 to %4 %)</source>
        <translation>visar ingen tydlig förändring: %1 % (%2 % KI %3 till %4 %)</translation>
    </message>
    <message>
        <source>the buffer zone improved even more than the target area (diffusion of benefits)</source>
        <translation>buffertzonen förbättrades ännu mer än insatsområdet (spridning av nyttan)</translation>
    </message>
    <message>
        <source>the buffer zone improved as well (diffusion of benefits)</source>
        <translation>buffertzonen förbättrades också (spridning av nyttan)</translation>
    </message>
    <message>
        <source>no displacement and no diffusion of benefits</source>
        <translation>ingen förflyttning och ingen spridning av nyttan</translation>
    </message>
    <message>
        <source>some displacement to the buffer zone, smaller than the gain in the target area</source>
        <translation>viss förflyttning till buffertzonen, mindre än vinsten i insatsområdet</translation>
    </message>
    <message>
        <source>displacement to the buffer zone larger than the gain in the target area</source>
        <translation>förflyttning till buffertzonen som är större än vinsten i insatsområdet</translation>
    </message>
    <message>
        <source>Compared: %1 months before the start (%2 – %3) with %1 months after it (%4 – %5).</source>
        <translation>Jämfört: %1 månader före starten (%2 – %3) med %1 månader efter (%4 – %5).</translation>
    </message>
    <message>
        <source>Incidents in the target area %1, while the comparison area %2.</source>
        <translation>Händelserna i insatsområdet %1, medan de i jämförelseområdet %2.</translation>
    </message>
    <message>
        <source>Relative to the comparison area, incidents in the target area %1.</source>
        <translation>Händelserna i insatsområdet %1 i förhållande till jämförelseområdet.</translation>
    </message>
    <message>
        <source>The monthly counts vary more than chance alone would make them (dispersion %1), so the interval has been widened accordingly.</source>
        <translation>Antalen per månad varierar mer än slumpen ensam ger (dispersion %1), så intervallet har vidgats i motsvarande grad.</translation>
    </message>
    <message>
        <source>The change relative to the comparison area cannot be estimated, because one of the areas has no incidents in one of the periods.</source>
        <translation>Förändringen i förhållande till jämförelseområdet kan inte skattas, eftersom ett av områdena saknar händelser under en av perioderna.</translation>
    </message>
    <message>
        <source>Signs of displacement: relative to the comparison area, incidents in the buffer zone %1.</source>
        <translation>Tecken på förflyttning: händelserna i buffertzonen %1 i förhållande till jämförelseområdet.</translation>
    </message>
    <message>
        <source>Signs of diffusion of benefits: relative to the comparison area, incidents in the buffer zone %1.</source>
        <translation>Tecken på spridning av nyttan: händelserna i buffertzonen %1 i förhållande till jämförelseområdet.</translation>
    </message>
    <message>
        <source>No sign of displacement to the buffer zone: relative to the comparison area, incidents there %1.</source>
        <translation>Inga tecken på förflyttning till buffertzonen: händelserna där %1 i förhållande till jämförelseområdet.</translation>
    </message>
    <message>
        <source>Weighted displacement quotient %1: %2 (a point estimate without an interval).</source>
        <translation>Viktad förflyttningskvot (WDQ) %1: %2 (en punktskattning utan intervall).</translation>
    </message>
    <message>
        <source>The target area did not improve relative to the comparison area, so the weighted displacement quotient does not apply.</source>
        <translation>Insatsområdet förbättrades inte i förhållande till jämförelseområdet, så den viktade förflyttningskvoten är inte tillämplig.</translation>
    </message>
    <message>
        <source>Weighted displacement quotient %1: %2; but the fall in the target area is itself uncertain, so this is only indicative.</source>
        <translation>Viktad förflyttningskvot (WDQ) %1: %2; men minskningen i insatsområdet är i sig osäker, så detta är bara en fingervisning.</translation>
    </message>
</context>
<context>
    <name>lb::analysis::ClassLabels</name>
    <message>
        <source>no pattern</source>
        <translation>inget mönster</translation>
    </message>
    <message>
        <source>new hot spot</source>
        <translation>nytt hett område</translation>
    </message>
    <message>
        <source>consecutive hot spot</source>
        <translation>sammanhängande hett område</translation>
    </message>
    <message>
        <source>intensifying hot spot</source>
        <translation>tilltagande hett område</translation>
    </message>
    <message>
        <source>persistent hot spot</source>
        <translation>ihållande hett område</translation>
    </message>
    <message>
        <source>diminishing hot spot</source>
        <translation>avtagande hett område</translation>
    </message>
    <message>
        <source>sporadic hot spot</source>
        <translation>sporadiskt hett område</translation>
    </message>
    <message>
        <source>oscillating hot spot</source>
        <translation>växlande hett område</translation>
    </message>
    <message>
        <source>historical hot spot</source>
        <translation>historiskt hett område</translation>
    </message>
    <message>
        <source>new cold spot</source>
        <translation>nytt kallt område</translation>
    </message>
    <message>
        <source>consecutive cold spot</source>
        <translation>sammanhängande kallt område</translation>
    </message>
    <message>
        <source>intensifying cold spot</source>
        <translation>tilltagande kallt område</translation>
    </message>
    <message>
        <source>persistent cold spot</source>
        <translation>ihållande kallt område</translation>
    </message>
    <message>
        <source>diminishing cold spot</source>
        <translation>avtagande kallt område</translation>
    </message>
    <message>
        <source>sporadic cold spot</source>
        <translation>sporadiskt kallt område</translation>
    </message>
    <message>
        <source>oscillating cold spot</source>
        <translation>växlande kallt område</translation>
    </message>
    <message>
        <source>historical cold spot</source>
        <translation>historiskt kallt område</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>ej signifikant</translation>
    </message>
    <message>
        <source>cluster of high values (HH)</source>
        <translation>kluster av höga värden (HH)</translation>
    </message>
    <message>
        <source>cluster of low values (LL)</source>
        <translation>kluster av låga värden (LL)</translation>
    </message>
    <message>
        <source>low value among high (LH)</source>
        <translation>lågt värde bland höga (LH)</translation>
    </message>
    <message>
        <source>high value among low (HL)</source>
        <translation>högt värde bland låga (HL)</translation>
    </message>
    <message>
        <source>no neighbours</source>
        <translation>utan grannar</translation>
    </message>
</context>
<context>
    <name>lb::analysis::InterventionSurvey</name>
    <message>
        <source>from %1 % (%2) to %3 % (%4), a change of %5 percentage points (95 % CI %6 to %7)</source>
        <translation>från %1 % (%2) till %3 % (%4), en förändring med %5 procentenheter (95 % KI %6 till %7)</translation>
    </message>
    <message>
        <source>%1: the target districts have no survey round both before %2 and after it, so the survey cannot show a change.</source>
        <translation>%1: områdena kring insatsområdet har ingen trygghetsmätning både före %2 och efter, så mätningen kan inte visa någon förändring.</translation>
    </message>
    <message>
        <source>%1 in the target districts: %2.</source>
        <translation>%1 i områdena kring insatsområdet: %2.</translation>
    </message>
    <message>
        <source>In the comparison area: %1.</source>
        <translation>I jämförelseområdet: %1.</translation>
    </message>
</context>
<context>
    <name>lb::analysis::WalkProposals</name>
    <message>
        <source>The walk has no date.</source>
        <translation>Vandringen har inget datum.</translation>
    </message>
    <message>
        <source>Choose a district or draw a route for the walk.</source>
        <translation>Välj ett område eller rita en sträcka för vandringen.</translation>
    </message>
    <message numerus="yes">
        <source>Still open: %1, noted on the walk of %2 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>Fortfarande öppen: %1, noterad vid vandringen %2 (för %Ln dag sedan)</numerusform>
            <numerusform>Fortfarande öppen: %1, noterad vid vandringen %2 (för %Ln dagar sedan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work in progress: %1, noted on the walk of %2 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>Åtgärd pågår: %1, noterad vid vandringen %2 (för %Ln dag sedan)</numerusform>
            <numerusform>Åtgärd pågår: %1, noterad vid vandringen %2 (för %Ln dagar sedan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) marked this place unsafe in %1</source>
        <translation>
            <numerusform>%Ln boende markerade platsen som otrygg i %1</numerusform>
            <numerusform>%Ln boende markerade platsen som otrygg i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in the %1 months before the walk, most often %2</source>
        <translation>
            <numerusform>%Ln händelse de %1 månaderna före vandringen: %2</numerusform>
            <numerusform>%Ln händelser de %1 månaderna före vandringen, oftast %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) in the e-service, the latest on %1: %2</source>
        <translation>
            <numerusform>%Ln anmälan i e-tjänsten, den %1: %2</numerusform>
            <numerusform>%Ln anmälningar i e-tjänsten, den senaste %1: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
