// nwd JShell startup: imports the API and loads the sample cohort.
// Open it from the repository root (see the README):
//   jshell --class-path "$(cat examples/target/classpath.txt)" --startup DEFAULT --startup examples/src/main/jshell/nwd.jsh
import java.nio.file.*;
import java.time.*;
import java.math.BigDecimal;
import org.nwd.*;
import org.nwd.model.*;
import org.nwd.stats.*;
import org.nwd.impact.*;
import org.nwd.cost.*;
import org.nwd.report.*;
import org.nwd.json.*;
import org.nwd.fidelity.*;
// org.nwd.impact and org.nwd.cost both have an EventsAvoided: the wildcards above would make the name
// ambiguous, so it means the cost model's input (EventsAvoided.fromImpact, .of, .counterfactual).
// The impact one is what RateChange.eventsAvoided() returns: org.nwd.impact.EventsAvoided.
import org.nwd.cost.EventsAvoided;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.CohortSettings;
import org.nwd.examples.*;

// The sample: 355 synthetic young people, seed 20150401 (org.nwd.examples.SampleCohort).
Cohort cohort = SampleCohort.cohort();
DatePeriod coverage = SampleCohort.dataCoverage();
ImpactAnalysis analysis = Analysis.impactAnalysis("NWD sample", coverage);

// Print any text (tables, explanations) as it is.
void show(Object o) { System.out.println(o); }

System.out.println("nwd: " + cohort.size() + " synthetic young people loaded as `cohort` (seed "
    + SampleCohort.SEED + "); `analysis` is the before/after impact analysis of "
    + Analysis.MEASURES.size() + " measures.");
System.out.println("Try: ImpactResult r = analysis.run(cohort); show(Analysis.impactTable(r));");
