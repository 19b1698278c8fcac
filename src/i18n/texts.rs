//! The text table. One line per text: key, Dutch, English.

macro_rules! texts {
    ($($key:ident => $nl:expr, $en:expr;)*) => {
        /// A user-facing text. See the table in `texts.rs`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T { $($key),* }

        impl T {
            pub const ALL: &'static [T] = &[$(T::$key),*];

            pub fn nl(self) -> &'static str {
                match self { $(T::$key => $nl),* }
            }

            pub fn en(self) -> &'static str {
                match self { $(T::$key => $en),* }
            }
        }
    };
}

texts! {
    Yes => "ja", "yes";
    No => "nee", "no";

    // Domain names
    KindNetwerk => "TOP-3 netwerkoverleg", "TOP-3 network meeting";
    KindCasus => "TOP-3 casusoverleg", "TOP-3 case meeting";
    KindExpert => "MDA++ expertoverleg", "MDA++ expert meeting";
    KindTraining => "Training", "Training";
    PhaseDirect => "directe veiligheid", "immediate safety";
    PhaseStable => "stabiele veiligheid", "stable safety";
    PhaseHerstel => "herstel (duurzame veiligheid)", "recovery (lasting safety)";
    PlanVeiligheid => "TOP 3 Veiligheidsplan", "TOP 3 Safety plan";
    PlanHulpverlening => "TOP 3 Hulpverleningsplan", "TOP 3 Care plan";
    PlanHerstel => "TOP 3 Herstelplan", "TOP 3 Recovery plan";
    FactEerste => "eerste feiten", "first facts";
    FactErgste => "ergste feiten", "worst facts";
    FactActuele => "actuele feiten", "current facts";
    Present => "aanwezig", "present";
    Absent => "afwezig", "absent";
    Informed => "achteraf geïnformeerd", "informed afterwards";
    StatusKept => "nageleefd", "kept";
    StatusBroken => "niet nageleefd", "broken";
    StatusDone => "gedaan", "done";
    StatusLate => "te laat", "late";

    // Validation of values
    CaseCodeEmpty => "de casuscode is leeg", "the case code is empty";
    CaseCodeTooLong => "de casuscode is langer dan 40 tekens", "the case code is longer than 40 characters";
    CaseCodeBadChar => "de casuscode mag alleen letters, cijfers, - en _ bevatten, niet '{0}'", "the case code may only hold letters, digits, - and _, not '{0}'";
    ErrCaseCode => "'{0}' is geen geldige casuscode: {1}", "'{0}' is not a valid case code: {1}";
    ErrScoreRange => "een cijfer loopt van 0 tot en met 10, {0} kan niet", "a score runs from 0 to 10, {0} is not possible";
    ErrTop3TooMany => "een TOP 3 heeft hoogstens drie situaties, hier staan er {0}", "a TOP 3 holds at most three situations, this one has {0}";

    // Files
    ErrIo => "het bestand kan niet gelezen worden: {0}", "the file cannot be read: {0}";
    IoNotFound => "het bestand bestaat niet", "the file does not exist";
    IoDenied => "geen toestemming om het bestand te lezen", "no permission to read the file";
    ErrEmpty => "het bestand is leeg", "the file is empty";
    ErrIsDir => "dit is een map, geen bestand", "this is a folder, not a file";
    ErrTooLarge => "het bestand is te groot ({0} MB); een sessie is nooit zo groot", "the file is too large ({0} MB); a session is never that large";
    ErrNotUtf8 => "dit is geen tekstbestand in UTF-8 (misschien binair of UTF-16)", "this is not a UTF-8 text file (perhaps binary or UTF-16)";
    ErrNoVersion => "het veld 'version' ontbreekt; is dit wel een top3-sessie?", "the field 'version' is missing; is this a top3 session?";
    ErrNewerVersion => "deze sessie is gemaakt met een nieuwere top3 (versie {0}); dit programma leest tot versie {1}, werk top3 bij", "this session was made by a newer top3 (version {0}); this program reads up to version {1}, please update top3";
    ErrUnknownVersion => "versie {0} van het sessieformaat bestaat niet", "version {0} of the session format does not exist";
    ErrLocked => "deze sessie is al geopend in een ander programma ({0}); sluit dat eerst", "this session is already open in another program ({0}); close that first";
    ErrLockIo => "de sessie kan niet vergrendeld worden: {0}", "the session cannot be locked: {0}";
    RonEof => "het bestand houdt onverwacht op; is het afgekapt?", "the file ends unexpectedly; was it cut off?";
    RonTooDeep => "het bestand is te diep genest", "the file is nested too deeply";
    RonTrailing => "na het einde van de inhoud staat nog tekst", "there is more text after the end of the content";
    RonUnexpectedChar => "onverwacht teken '{0}'", "unexpected character '{0}'";
    RonExpected => "hier hoort {0}", "expected {0} here";
    RonExpectedText => "hier hoort een tekst tussen aanhalingstekens", "expected a text in double quotes here";
    RonExpectedNumber => "hier hoort een geheel getal", "expected a whole number here";
    RonExpectedBool => "hier hoort true of false", "expected true or false here";
    RonExpectedOption => "hier hoort Some(...) of None", "expected Some(...) or None here";
    RonExpectedName => "hier hoort een veldnaam", "expected a field name here";
    RonComment => "een commentaar wordt niet afgesloten", "a comment is not closed";
    RonUnknownField => "onbekend veld '{0}'; bedoeld is een van: {1}", "unknown field '{0}'; expected one of: {1}";
    RonMissingField => "het veld '{0}' ontbreekt", "the field '{0}' is missing";
    RonDuplicateField => "het veld '{0}' staat er twee keer", "the field '{0}' appears twice";
    RonUnknownValue => "'{0}' is geen geldige waarde; kies uit: {1}", "'{0}' is not a valid value; choose from: {1}";
    RonWrongValue => "verwacht {0}, maar gevonden {1}", "expected {0}, but found {1}";
    RonBadDate => "dit is geen geldige datum; schrijf jjjj-mm-dd, bijvoorbeeld \"2026-03-01\"", "this is not a valid date; write yyyy-mm-dd, for example \"2026-03-01\"";

    // Layouts
    LayoutBadName => "de naam '{0}' van een opzet mag alleen kleine letters, cijfers en - bevatten", "the layout name '{0}' may only hold lowercase letters, digits and -";
    LayoutNoSteps => "deze opzet heeft geen stappen", "this layout has no steps";
    LayoutStepNoTitle => "stap {0} heeft geen Nederlandse titel", "step {0} has no Dutch title";
    LayoutScaleKeyMisplaced => "stap {0} heeft een 'scale' maar is geen Scale-stap", "step {0} has a 'scale' but is not a Scale step";

    // Session consistency
    ErrDuplicateId => "het nummer {0} wordt door twee onderdelen gebruikt", "the id {0} is used by two items";
    ErrUnknownFact => "situatie {0} verwijst naar feit {1}, dat niet bestaat", "situation {0} refers to fact {1}, which does not exist";
    ErrUnknownSituation => "voorwaarde {0} hoort bij situatie {1}, die niet in de TOP 3 staat", "condition {0} belongs to situation {1}, which is not in the TOP 3";
    ErrUnknownParticipant => "schaalvraag '{0}' heeft een antwoord van deelnemer {1}, die niet bestaat", "scale question '{0}' has an answer from participant {1}, who does not exist";
    ErrDoubleAnswer => "schaalvraag '{0}' heeft twee antwoorden van deelnemer {1}", "scale question '{0}' has two answers from participant {1}";
    ErrDoubleScale => "de schaalvraag '{0}' staat er twee keer", "the scale question '{0}' appears twice";
    ErrDoubleReview => "onderdeel {0} wordt twee keer teruggeblikt", "item {0} is reviewed twice";
    ErrUnknownLayout => "de opzet '{0}' bestaat niet; bekende opzetten: {1}", "the layout '{0}' does not exist; known layouts: {1}";
    ErrNotTop3File => "dit is geen top3-sessie en geen opzet (er staat geen 'version' en geen 'steps' in)", "this is neither a top3 session nor a layout (it has no 'version' and no 'steps')";

    // Command line
    CliAbout => "Een TOP-3 overleg leiden op een projectiescherm en er het TOP 3 plan van maken.", "Run a TOP-3 meeting on a projected screen and turn it into the TOP 3 plan.";
    CliNew => "een nieuw overleg beginnen en openen", "start a new meeting and open it";
    CliOpen => "een bestaande sessie leiden", "facilitate an existing session";
    CliPresent => "de muur: alleen-lezen weergave die de sessie live volgt", "the wall: a read-only view that follows the session live";
    CliCheck => "sessies en opzetten controleren; fouten als bestand:regel:kolom", "validate sessions and layouts; errors as file:line:column";
    CliExport => "het plan maken als Markdown, HTML of Word", "make the plan as Markdown, HTML or Word";
    CliHistory => "cijfers door de tijd, open afspraken, opschalingssignaal", "scores over time, open actions, escalation signal";
    CliLayouts => "alle opzetten, één per regel", "all layouts, one per line";
    ArgDir => "map met sessies (anders $TOP3_DIR, ./sessions of de gegevensmap)", "sessions folder (else $TOP3_DIR, ./sessions or the data folder)";
    ArgLayouts => "map met eigen opzetten (anders $TOP3_LAYOUTS of ./layouts)", "folder with own layouts (else $TOP3_LAYOUTS or ./layouts)";
    ArgLang => "taal: nl (standaard) of en", "language: nl (default) or en";
    ArgLayout => "naam van de opzet (zie top3 layouts)", "name of the layout (see top3 layouts)";
    ArgCase => "casuscode, een pseudoniem zoals GV-2026-014", "case code, a pseudonym such as GV-2026-014";
    ArgDate => "datum van het overleg (standaard vandaag)", "date of the meeting (default today)";
    ArgNoOpen => "alleen het bestand maken, niet openen", "only create the file, do not open it";
    ArgFile => "het sessiebestand", "the session file";
    ArgPaths => "bestanden of mappen", "files or folders";
    ArgTarget => "een sessiebestand of een casusmap", "a session file or a case folder";
    ArgFormat => "formaat: md, html of docx", "format: md, html or docx";
    ArgOutput => "waar het resultaat heen gaat", "where the result goes";
    ArgCaseDir => "de map van een casus", "the folder of a case";
    SourceBuiltin => "ingebouwd", "built-in";
    NotYet => "{0} is nog niet beschikbaar in deze versie", "{0} is not available yet in this version";
    InternalError => "er ging iets mis in het programma zelf ({0}); wat opgeslagen was, is bewaard", "something went wrong inside the program ({0}); what was saved is kept";
    NeedLayout => "kies een opzet met --layout; bekende opzetten: {0}", "choose a layout with --layout; known layouts: {0}";
    NeedCase => "geef een casuscode met --case, bijvoorbeeld --case GV-2026-014", "give a case code with --case, for example --case GV-2026-014";
    ErrBadDateArg => "'{0}' is geen datum; schrijf jjjj-mm-dd of dd-mm-jjjj", "'{0}' is not a date; write yyyy-mm-dd or dd-mm-yyyy";
    ErrSave => "{0} kan niet worden opgeslagen: {1}", "{0} cannot be saved: {1}";
    Created => "Nieuwe sessie: {0}", "New session: {0}";
    NoSessions => "Geen sessies gevonden in {0}. Begin er een met: top3 new --layout casusoverleg --case CODE", "No sessions found in {0}. Start one with: top3 new --layout casusoverleg --case CODE";

    // ---- meeting screen (issue 4): add texts below this line ----
    UiPlaceholder4 => "", "";

    // ---- plan and exports (issue 5): add texts below this line ----
    PlanPlaceholder5 => "", "";

    // ---- history and carry-forward (issue 6): add texts below this line ----
    HistNotFound => "{0} bestaat niet; geef de map van een casus, zoals sessions/TR-2026-001", "{0} does not exist; give the folder of a case, such as sessions/TR-2026-001";
    HistNotFolder => "{0} is een bestand, geen casusmap; geef de map van een casus, zoals sessions/TR-2026-001", "{0} is a file, not a case folder; give the folder of a case, such as sessions/TR-2026-001";
    HistUnreadable => "de map {0} kan niet gelezen worden: {1}", "the folder {0} cannot be read: {1}";
    HistSessionsFolder => "{0} is de map met alle casussen; geef de map van één casus, zoals {1}", "{0} is the folder of all cases; give the folder of one case, such as {1}";
    HistNoSessions => "in {0} staan geen sessies, dus dit is geen casusmap", "{0} holds no sessions, so it is not a case folder";
    HistNoneReadable => "geen enkel overleg in {0} kan gelezen worden", "no meeting in {0} can be read";
    HistOtherCase => "deze sessie hoort bij casus {0}, niet bij {1}, en telt hier niet mee", "this session belongs to case {0}, not to {1}, and is not counted here";
    HistSkipped => "{0} bestand(en) overgeslagen; de andere overleggen worden wel getoond.", "{0} file(s) skipped; the other meetings are shown.";
    SigEscalateDirect => "Binnen {1} maanden na het eerste overleg in directe veiligheid ({0}) is geen {2} bereikt; de termijn liep af op {3}. Meld de casus aan bij het MDA++ expertoverleg, met het aanmeldingsformulier en het TOP 3 Veiligheidsplan.", "No {2} was reached within {1} months of the first meeting in immediate safety ({0}); the period ended on {3}. Register the case with the MDA++ expert meeting, with the registration form and the TOP 3 Safety plan.";
    SigEscalateStable => "Binnen {1} maanden na het eerste overleg in stabiele veiligheid ({0}) waren er geen {4} overleggen op rij met een {2} of hoger en alle voorwaarden nageleefd; de termijn liep af op {3}. Meld de casus aan bij het MDA++ expertoverleg, met het aanmeldingsformulier en het TOP 3 Hulpverleningsplan.", "Within {1} months of the first meeting in stable safety ({0}) there were no {4} meetings in a row with a {2} or higher and all conditions kept; the period ended on {3}. Register the case with the MDA++ expert meeting, with the registration form and the TOP 3 Care plan.";
    SigAheadDirect => "Nog geen {1} voor directe veiligheid (eerste overleg {0}); is die er op {2} niet, dan gaat de casus naar het MDA++ expertoverleg.", "No {1} yet for immediate safety (first meeting {0}); if it is not there by {2}, the case goes to the MDA++ expert meeting.";
    SigAheadStable => "Stabiele veiligheid is nog niet in zicht (eerste overleg {0}); zijn er op {2} geen {3} overleggen op rij met een {1} of hoger en alle voorwaarden nageleefd, dan gaat de casus naar het MDA++ expertoverleg.", "Stable safety is not in sight yet (first meeting {0}); if by {2} there are no {3} meetings in a row with a {1} or higher and all conditions kept, the case goes to the MDA++ expert meeting.";
    SigGoalDirect => "Het doel van directe veiligheid is bereikt: sinds {0} is de mediaan {1} overleggen op rij een {2} of hoger.", "The goal of immediate safety is reached: since {0} the median has been {2} or higher in {1} meetings in a row.";
    SigGoalStable => "Stabiele veiligheid is bereikt: sinds {0}, ten minste {1} maanden lang, is de mediaan steeds een {2} of hoger en zijn alle voorwaarden nageleefd.", "Stable safety is reached: since {0}, for at least {1} months, the median has always been {2} or higher and all conditions were kept.";
    SigNextPhase => "Het volgende overleg kan in {0} beginnen, met het {1}; het huidige plan blijft samengevat bewaard.", "The next meeting can start in {0}, with the {1}; the current plan is kept in summary.";
    SigBelowAgain => "In het overleg van {0} was de mediaan {1}, onder de {2}, terwijl de drempel eerder in {3} wel gehaald werd: bespreek de terugval en versterk het veiligheidsplan.", "In the meeting of {0} the median was {1}, below {2}, while the threshold was reached earlier in {3}: discuss the relapse and strengthen the safety plan.";
    ArgToday => "peildatum voor te late afspraken en signalen (standaard vandaag)", "reference date for overdue actions and signals (default today)";
    HistHeader => "Casus {0}: {1} overleggen, van {2} tot en met {3}", "Case {0}: {1} meetings, from {2} to {3}";
    HistHeaderOne => "Casus {0}: één overleg, op {1}", "Case {0}: one meeting, on {1}";
    HistScaleTitle => "Schaalvraag '{0}'", "Scale question '{0}'";
    HistThreshold => "drempel {0}", "threshold {0}";
    HistLegend => "{0} mediaan   {1} spreiding, laagste tot hoogste cijfer   {2} drempel", "{0} median   {1} spread, lowest to highest score   {2} threshold";
    HistOnlyLast => "(de grafiek toont de laatste {0} overleggen; de tabel toont ze alle)", "(the chart shows the last {0} meetings; the table shows all of them)";
    HistColDate => "datum", "date";
    HistColPhase => "fase", "phase";
    HistColMedian => "mediaan", "median";
    HistColSpread => "laagste–hoogste", "lowest–highest";
    HistColCount => "cijfers", "scores";
    HistNoScores => "geen cijfers", "no scores";
    HistNoScale => "In geen enkel overleg is een schaalvraag gesteld.", "No meeting asked a scale question.";
    HistPhases => "Fasen", "Phases";
    HistPhaseLine => "{0}: {1} tot en met {2}, {3} overleggen", "{0}: {1} to {2}, {3} meetings";
    HistPhaseLineOne => "{0}: {1}, één overleg", "{0}: {1}, one meeting";
    HistOpenActions => "Open afspraken op {0}", "Open actions on {0}";
    HistNoOpenActions => "Geen open afspraken.", "No open actions.";
    HistOverdue => "te laat", "overdue";
    HistNoDue => "geen datum", "no date";
    HistAgreed => "afgesproken {0}", "agreed {0}";
    HistLastReview => "vorige keer: {0}", "last review: {0}";
    HistSignals => "Signalen", "Signals";
    HistNoSignals => "Geen signalen.", "No signals.";
    HistFormOffer => "Het aanmeldingsformulier, gevuld uit de casus: {0}", "The registration form, filled from the case: {0}";
    HistNewOffer => "Een overleg in {0} beginnen: {1}", "Start a meeting in {0}: {1}";
    NewCarried => "Voortgezet vanuit het overleg van {0}: {1} deelnemers, {2} voorwaarden en {3} open afspraken overgenomen om terug te blikken.", "Continued from the meeting of {0}: {1} participants, {2} conditions and {3} open actions carried forward for review.";
    NewPhaseChange => "Nieuwe fase: {0}. Het plan van {1} is samengevat bewaard; kies een nieuwe TOP 3.", "New phase: {0}. The plan of {1} is kept in summary; choose a new TOP 3.";
    NewCorruptNewest => "het nieuwste overleg van deze casus kan niet gelezen worden ({0}); er is niets geschreven", "the newest meeting of this case cannot be read ({0}); nothing was written";
    NewDateBeforeNewest => "de datum {0} ligt vóór het laatste overleg van deze casus ({1}); kies die datum of een latere", "the date {0} is before the last meeting of this case ({1}); choose that date or a later one";
    NewSkippedOld => "Let op: een ouder overleg kan niet gelezen worden en is overgeslagen: {0}", "Note: an older meeting cannot be read and was skipped: {0}";

    // ---- wall, clock and training (issue 7): add texts below this line ----
    WallPlaceholder7 => "", "";
}
