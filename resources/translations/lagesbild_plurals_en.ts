<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>lb::app::AnalysisPanel</name>
    <message numerus="yes">
        <source>%n incident(s) spread over a radius of %1 m (%2 kernel) on %3 m cells.</source>
        <translation>
            <numerusform>%Ln incident spread over a radius of %1 m (%2 kernel) on %3 m cells.</numerusform>
            <numerusform>%Ln incidents spread over a radius of %1 m (%2 kernel) on %3 m cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) placed only at a district&apos;s or the municipality&apos;s centre left out: they would paint a false hot spot there.</source>
        <translation>
            <numerusform>%Ln incident placed only at a district&apos;s or the municipality&apos;s centre left out: it would paint a false hot spot there.</numerusform>
            <numerusform>%Ln incidents placed only at a district&apos;s or the municipality&apos;s centre left out: they would paint a false hot spot there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::AnalysisTrendsView</name>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n incident(s)</source>
        <translation>
            <numerusform>%1 %2:00–%2:59: %Ln incident</numerusform>
            <numerusform>%1 %2:00–%2:59: %Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %1 %, evening %2 %, night %3 % of %n incident(s) with a clock time.</source>
        <translation>
            <numerusform>Day %1 %, evening %2 %, night %3 % of %Ln incident with a clock time.</numerusform>
            <numerusform>Day %1 %, evening %2 %, night %3 % of %Ln incidents with a clock time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::ImportBatchesDialog</name>
    <message numerus="yes">
        <source>Undo the import of %1 from %2? This deletes the %n record(s) it added.</source>
        <translation>
            <numerusform>Undo the import of %1 from %2? This deletes the %Ln record it added.</numerusform>
            <numerusform>Undo the import of %1 from %2? This deletes the %Ln records it added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::ImportCategoryPage</name>
    <message numerus="yes">
        <source>%n distinct value(s) in %1 rows.</source>
        <translation>
            <numerusform>%Ln distinct value in %1 rows.</numerusform>
            <numerusform>%Ln distinct values in %1 rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) without a category; their %1 rows will be rejected.</source>
        <translation>
            <numerusform>%Ln value without a category; their %1 rows will be rejected.</numerusform>
            <numerusform>%Ln values without a category; their %1 rows will be rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::ImportFilePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::ImportMappingPage</name>
    <message numerus="yes">
        <source>Repair the %n invalid polygon(s) found in the first rows (rings that cross themselves or are not closed); without repair they are rejected.</source>
        <translation>
            <numerusform>Repair the %Ln invalid polygon found in the first rows (rings that cross themselves or are not closed); without repair they are rejected.</numerusform>
            <numerusform>Repair the %Ln invalid polygons found in the first rows (rings that cross themselves or are not closed); without repair they are rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::ImportPreviewPage</name>
    <message numerus="yes">
        <source>Of the first %n row(s): </source>
        <translation>
            <numerusform>Of the first %Ln row: </numerusform>
            <numerusform>Of the first %Ln rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported</source>
        <translation>
            <numerusform>%Ln will be imported</numerusform>
            <numerusform>%Ln will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store</source>
        <translation>
            <numerusform>%Ln already in the store</numerusform>
            <numerusform>%Ln already in the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical to an earlier row of the file</source>
        <translation>
            <numerusform>%Ln identical to an earlier row of the file</numerusform>
            <numerusform>%Ln identical to an earlier row of the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::ImportRejectsDialog</name>
    <message numerus="yes">
        <source>%n rejected row(s). Hover over a reason for the details.</source>
        <translation>
            <numerusform>%Ln rejected row. Hover over a reason for the details.</numerusform>
            <numerusform>%Ln rejected rows. Hover over a reason for the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::ImportRunPage</name>
    <message numerus="yes">
        <source>Imported %n record(s) as %1.</source>
        <translation>
            <numerusform>Imported %Ln record as %1.</numerusform>
            <numerusform>Imported %Ln records as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data: %n value(s) replaced with markers such as [personnummer].</source>
        <translation>
            <numerusform>Personal data: %Ln value replaced with markers such as [personnummer].</numerusform>
            <numerusform>Personal data: %Ln values replaced with markers such as [personnummer].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid polygon(s) were repaired before they were imported.</source>
        <translation>
            <numerusform>%Ln invalid polygon was repaired before it was imported.</numerusform>
            <numerusform>%Ln invalid polygons were repaired before they were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>“%1” (%Ln row)</numerusform>
            <numerusform>“%1” (%Ln rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::Analyse</name>
    <message numerus="yes">
        <source>%Ln incident(s) placed only at a district&apos;s or the municipality&apos;s centre left out.</source>
        <translation>
            <numerusform>%Ln incident placed only at a district&apos;s or the municipality&apos;s centre left out.</numerusform>
            <numerusform>%Ln incidents placed only at a district&apos;s or the municipality&apos;s centre left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::Import</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n value(s) with markers such as [personnummer].</source>
        <translation>
            <numerusform>Replaced %Ln value with markers such as [personnummer].</numerusform>
            <numerusform>Replaced %Ln values with markers such as [personnummer].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown event type &quot;%1&quot;: %n row(s)</source>
        <translation>
            <numerusform>Unknown event type &quot;%1&quot;: %Ln row</numerusform>
            <numerusform>Unknown event type &quot;%1&quot;: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::Info</name>
    <message numerus="yes">
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln feature</numerusform>
            <numerusform>%Ln features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::PersonalData</name>
    <message numerus="yes">
        <source>Changed %n row(s) in one transaction; each change is in the edit log.</source>
        <translation>
            <numerusform>Changed %Ln row in one transaction; each change is in the edit log.</numerusform>
            <numerusform>Changed %Ln rows in one transaction; each change is in the edit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::FeaturePanel</name>
    <message numerus="yes">
        <source>%n incident(s) at the same position (%1).</source>
        <translation>
            <numerusform>%Ln incident at the same position (%1).</numerusform>
            <numerusform>%Ln incidents at the same position (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) placed at this centre (%1); their real places are not known.</source>
        <translation>
            <numerusform>%Ln incident placed at this centre (%1); its real place is not known.</numerusform>
            <numerusform>%Ln incidents placed at this centre (%1); their real places are not known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::render::MapFilter</name>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n precision levels</source>
        <translation>
            <numerusform>%Ln precision level</numerusform>
            <numerusform>%Ln precision levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n districts</source>
        <translation>
            <numerusform>%Ln district</numerusform>
            <numerusform>%Ln districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey rounds</source>
        <translation>
            <numerusform>%Ln survey round</numerusform>
            <numerusform>%Ln survey rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%Ln kind</numerusform>
            <numerusform>%Ln kinds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walks</source>
        <translation>
            <numerusform>%Ln walk</numerusform>
            <numerusform>%Ln walks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::Report</name>
    <message numerus="yes">
        <source>%n value(s) or row(s) suppressed.</source>
        <translation>
            <numerusform>%Ln value or row suppressed.</numerusform>
            <numerusform>%Ln values or rows suppressed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::report::AnalysisLayers</name>
    <message numerus="yes">
        <source>%Ln incident(s) placed only at an area&apos;s centre are left out of the heat map.</source>
        <translation>
            <numerusform>%Ln incident placed only at an area&apos;s centre is left out of the heat map.</numerusform>
            <numerusform>%Ln incidents placed only at an area&apos;s centre are left out of the heat map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heat map: %n incident(s) spread over a radius of %1 m (quartic kernel) on %2 m cells.</source>
        <translation>
            <numerusform>Heat map: %Ln incident spread over a radius of %1 m (quartic kernel) on %2 m cells.</numerusform>
            <numerusform>Heat map: %Ln incidents spread over a radius of %1 m (quartic kernel) on %2 m cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::report::Chart</name>
    <message numerus="yes">
        <source>Public version: counts under %1 are suppressed; %n value(s) shown as –.</source>
        <translation>
            <numerusform>Public version: counts under %1 are suppressed; %Ln value shown as –.</numerusform>
            <numerusform>Public version: counts under %1 are suppressed; %Ln values shown as –.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::report::ChartBuilder</name>
    <message numerus="yes">
        <source>%1 with fewer than %2 events in all, left out: %n.</source>
        <translation>
            <numerusform>%1 with fewer than %2 events in all, left out: %Ln.</numerusform>
            <numerusform>%1 with fewer than %2 events in all, left out: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::Interventions</name>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%Ln district</numerusform>
            <numerusform>%Ln districts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::WalkFollowup</name>
    <message numerus="yes">
        <source>Wrote %1: %2 findings open or in progress as of %3, %4 overdue, for %n organisation(s).</source>
        <translation>
            <numerusform>Wrote %1: %2 findings open or in progress as of %3, %4 overdue, for %n organisation.</numerusform>
            <numerusform>Wrote %1: %2 findings open or in progress as of %3, %4 overdue, for %n organisations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::WalkPrint</name>
    <message numerus="yes">
        <source>Wrote %1: %2 %3, %n page(s).</source>
        <translation>
            <numerusform>Wrote %1: %2 %3, %n page.</numerusform>
            <numerusform>Wrote %1: %2 %3, %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::report::WalkPrint</name>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::analysis::WalkProposals</name>
    <message numerus="yes">
        <source>Still open: %1, noted on the walk of %2 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>Still open: %1, noted on the walk of %2 (%Ln day ago)</numerusform>
            <numerusform>Still open: %1, noted on the walk of %2 (%Ln days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work in progress: %1, noted on the walk of %2 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>Work in progress: %1, noted on the walk of %2 (%Ln day ago)</numerusform>
            <numerusform>Work in progress: %1, noted on the walk of %2 (%Ln days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) marked this place unsafe in %1</source>
        <translation>
            <numerusform>%Ln resident marked this place unsafe in %1</numerusform>
            <numerusform>%Ln residents marked this place unsafe in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in the %1 months before the walk, most often %2</source>
        <translation>
            <numerusform>%Ln incident in the %1 months before the walk: %2</numerusform>
            <numerusform>%Ln incidents in the %1 months before the walk, most often %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) in the e-service, the latest on %1: %2</source>
        <translation>
            <numerusform>%Ln report in the e-service, on %1: %2</numerusform>
            <numerusform>%Ln reports in the e-service, the latest on %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::store::WalkStore</name>
    <message numerus="yes">
        <source>The walk %1 has %n finding(s); delete them or move them to another walk first.</source>
        <translation>
            <numerusform>The walk %1 has %n finding; delete it or move it to another walk first.</numerusform>
            <numerusform>The walk %1 has %n findings; delete them or move them to another walk first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::Create</name>
    <message numerus="yes">
        <source>%Ln road(s)</source>
        <translation>
            <numerusform>%Ln road</numerusform>
            <numerusform>%Ln roads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln water area(s)</source>
        <translation>
            <numerusform>%Ln water area</numerusform>
            <numerusform>%Ln water areas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::WalkPanel</name>
    <message numerus="yes">
        <source>Proposed %n point(s) in walking order; drop or reorder them, then save the plan.</source>
        <translation>
            <numerusform>Proposed %n point in walking order; drop or reorder it, then save the plan.</numerusform>
            <numerusform>Proposed %n points in walking order; drop or reorder them, then save the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan: %n point(s).</source>
        <translation>
            <numerusform>Saved the plan: %n point.</numerusform>
            <numerusform>Saved the plan: %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The saved plan: %n point(s).</source>
        <translation>
            <numerusform>The saved plan: %n point.</numerusform>
            <numerusform>The saved plan: %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::WalkPrintPreview</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::ReportDialog</name>
    <message numerus="yes">
        <source>%n values and rows suppressed</source>
        <translation>
            <numerusform>%n value or row suppressed</numerusform>
            <numerusform>%n values and rows suppressed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::NewStoreDialog</name>
    <message numerus="yes">
        <source>%n district(s) imported; %1 rejected, with their reasons in File › Import batches.</source>
        <translation>
            <numerusform>%n district imported; %1 rejected, with their reasons in File › Import batches.</numerusform>
            <numerusform>%n districts imported; %1 rejected, with their reasons in File › Import batches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::app::MainWindow</name>
    <message numerus="yes">
        <source> and %n more change(s)</source>
        <translation>
            <numerusform> and %n more change</numerusform>
            <numerusform> and %n more changes</numerusform>
        </translation>
    </message>
</context>
</TS>
