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
    ErrCriterionRange => "het formulier kent criteria 1 tot en met 8, niet {0}", "the form has criteria 1 to 8, not {0}";
    GoalDirect => "het geweld stopt onmiddellijk", "the violence stops immediately";
    GoalStable => "de oorzaken van het geweld worden weggenomen of teruggedrongen", "the causes of the violence are removed or reduced";
    GoalHerstel => "de negatieve gevolgen van het geweld worden hersteld of beperkt", "the harmful effects of the violence are repaired or limited";
    DocCase => "Casus", "Case";
    DocHousehold => "Huishouden", "Household";
    DocMunicipality => "Gemeente", "Municipality";
    DocMeeting => "Overleg", "Meeting";
    DocDateTime => "{0} om {1}", "{0} at {1}";
    DocPhase => "Fase", "Phase";
    DocGoal => "Doel", "Goal";
    DocChair => "Voorzitter", "Chair";
    DocStatus => "Status", "Status";
    DocStatusConcept => "concept, nog niet vastgesteld", "draft, not yet final";
    DocStatusFixed => "vastgesteld op {0}", "final since {0}";
    DocStatusOverride => "vastgesteld op {0}, ondanks open punten: {1}", "final since {0}, despite open points: {1}";
    DocNone => "—", "—";
    DocParticipants => "Deelnemers", "Participants";
    DocColName => "Naam", "Name";
    DocColRole => "Rol", "Role";
    DocColOrganisation => "Organisatie", "Organisation";
    DocColRelation => "Relatie", "Relation";
    DocColAttendance => "Aanwezig", "Attendance";
    DocNoParticipants => "Er zijn geen deelnemers vastgelegd.", "No participants were recorded.";
    DocReview => "Terugblik op het vorige overleg", "Review of the previous meeting";
    DocReviewOf => "Terugblik op het overleg van {0}", "Review of the meeting of {0}";
    DocNoReview => "Geen terugblik: er is geen vorig overleg besproken.", "No review: no previous meeting was discussed.";
    DocColItem => "Onderdeel", "Item";
    DocColWhat => "Wat", "What";
    DocColOutcome => "Uitkomst", "Outcome";
    DocColNote => "Toelichting", "Comment";
    DocItemCondition => "voorwaarde", "condition";
    DocItemAction => "afspraak", "agreement";
    DocNotDiscussed => "niet besproken", "not discussed";
    DocFacts => "Feiten", "Facts";
    DocColWhen => "Wanneer", "When";
    DocColReportedBy => "Gemeld door", "Reported by";
    DocColSource => "Bron", "Source";
    DocNoFacts => "Geen feiten vastgelegd.", "No facts recorded.";
    DocFactRefEerste => "eerste feit", "first fact";
    DocFactRefErgste => "ergste feit", "worst fact";
    DocFactRefActuele => "actueel feit", "current fact";
    DocFactRefWhen => "{0} ({1})", "{0} ({1})";
    DocBasedOn => "op grond van: {0}", "based on: {0}";
    DocTop3Direct => "TOP 3 onveilige situaties", "TOP 3 unsafe situations";
    DocTop3Stable => "TOP 3 risicofactoren", "TOP 3 risk factors";
    DocTop3Herstel => "TOP 3 herstelbehoeften", "TOP 3 recovery needs";
    DocNoTop3 => "Er is nog geen TOP 3 gekozen.", "No TOP 3 has been chosen yet.";
    DocScales => "Schaalvragen", "Scale questions";
    DocScale => "Schaalvraag: {0}", "Scale question: {0}";
    DocNoScales => "Er is geen schaalvraag gesteld.", "No scale question was asked.";
    DocThreshold => "Drempel", "Threshold";
    DocThresholdValue => "minimaal een {0}", "at least {0}";
    DocScaleSummary => "Samen", "Together";
    DocScaleStats => "laagste {0}, mediaan {1}, hoogste {2}; {3} van de {4} cijfers op of boven de drempel", "lowest {0}, median {1}, highest {2}; {3} of {4} scores at or above the threshold";
    DocNoScores => "nog geen cijfers", "no scores yet";
    DocColWho => "Wie", "Who";
    DocColScore => "Cijfer", "Score";
    DocColWhyNotLower => "Waarom niet lager", "Why not lower";
    DocColWhyNotHigher => "Waarom niet hoger", "Why not higher";
    DocColOneHigher => "Wat maakt het één hoger", "What would make it one higher";
    DocTrend => "Verloop van deze schaalvraag", "This scale question over time";
    DocColDate => "Datum", "Date";
    DocColCount => "Cijfers", "Scores";
    DocColLowest => "Laagste", "Lowest";
    DocColMedian => "Mediaan", "Median";
    DocColHighest => "Hoogste", "Highest";
    DocConditions => "Veiligheidsvoorwaarden", "Safety conditions";
    DocNoConditionsFor => "Nog geen voorwaarden voor deze situatie.", "No conditions for this situation yet.";
    DocUntied => "Niet aan een situatie gekoppeld", "Not tied to a situation";
    DocNoConditions => "Er zijn nog geen voorwaarden.", "There are no conditions yet.";
    DocActions => "Afspraken", "Agreements";
    DocNoActions => "Er zijn nog geen afspraken.", "There are no agreements yet.";
    DocColDue => "Uiterlijk", "By";
    DocColCheck => "Controle", "Check";
    DocColMonitoredBy => "Bewaakt door", "Monitored by";
    DocColIfBroken => "Als het niet lukt", "If it is broken";
    DocSignalling => "Signaleringsplan: wie belt wie", "Signalling plan: who calls whom";
    DocSignallingIntro => "Als een voorwaarde niet wordt nageleefd of een afspraak niet wordt nagekomen:", "When a condition is broken or an agreement is not kept:";
    DocNoSignalling => "Nog niet afgesproken wie wie belt.", "Not yet agreed who calls whom.";
    DocColAgreementOf => "Afspraak van", "Agreement of";
    DocColThen => "Wat er dan gebeurt", "What happens then";
    DocNotes => "Notities", "Notes";
    DocNextMeeting => "Volgend overleg", "Next meeting";
    DocNoNextMeeting => "Er is nog geen datum afgesproken.", "No date has been agreed yet.";
    DocOpenPoints => "Wat het plan nog niet rond maakt", "What keeps the plan from being firm";
    DocPageOf => "pagina {0} van {1}", "page {0} of {1}";
    DocRedacted => "Geanonimiseerd: namen zijn vervangen door rollen, datums door weken vanaf het eerste overleg (week 0).", "Anonymised: names are replaced by roles, dates by weeks from the first meeting (week 0).";
    DocNamesRedacted => "Geanonimiseerd: namen zijn vervangen door rollen.", "Anonymised: names are replaced by roles.";
    RedWeek => "week {0}", "week {0}";
    RedYear => "jaar {0}", "year {0}";
    RedPerson => "deelnemer {0}", "participant {0}";
    RedMember => "gezinslid {0}", "household member {0}";
    RedChair => "voorzitter", "chair";
    RedPlace => "(plaats)", "(place)";
    RedMunicipality => "(gemeente weggelaten)", "(municipality left out)";
    ChkActionIncomplete => "Afspraak {0} ({1}) mist: {2}.", "Agreement {0} ({1}) lacks: {2}.";
    ChkPartWho => "wie", "who";
    ChkPartWhat => "wat", "what";
    ChkPartWhen => "wanneer", "when";
    ChkPartCheck => "controle", "check";
    ChkPartIfBroken => "wat er gebeurt als het niet lukt", "what happens if it is broken";
    ChkConditionUntied => "Voorwaarde {0} ({1}) hoort nog bij geen TOP-3 situatie.", "Condition {0} ({1}) is not tied to a TOP-3 situation.";
    ChkSituationBare => "TOP-3 situatie {0} ({1}) heeft nog geen voorwaarden.", "TOP-3 situation {0} ({1}) has no conditions yet.";
    ChkScaleMissing => "Schaalvraag '{0}' mist het cijfer van: {1}.", "Scale question '{0}' lacks the score of: {1}.";
    ChkNoScale => "Er is geen schaalvraag gesteld.", "No scale question was asked.";
    ChkNoTop3 => "Er is nog geen TOP 3 gekozen.", "No TOP 3 has been chosen yet.";
    ChkNoActions => "Er zijn nog geen afspraken gemaakt.", "No agreements have been made yet.";
    ChkNoNextMeeting => "Er is geen datum voor het volgende overleg.", "There is no date for the next meeting.";
    ChkFirm => "Het plan is rond: het kan worden vastgesteld.", "The plan is firm: it can be made final.";
    ChkNeedReason => "Het plan is nog niet rond; vaststellen kan alleen met een reden.", "The plan is not firm yet; it can only be made final with a reason.";
    FormTitle => "Aanmeldingsformulier MDA++", "MDA++ registration form";
    FormAnonymous => "Geanonimiseerd ingevuld: alleen initialen en rollen.", "Filled in anonymously: initials and roles only.";
    FormReferrer => "Naam en contactgegevens aanmelder", "Name and contact details of the referrer";
    FormInitials => "Initialen één van de betrokkenen", "Initials of one of those involved";
    FormInitialsRole => "Rol van degene van wie de initialen zijn", "Role of the person with these initials";
    FormComposition => "Samenstelling van het gezin", "Composition of the family";
    FormSameAddress => "Wonen deze gezinsleden allemaal op hetzelfde adres?", "Do these family members all live at the same address?";
    FormSituation => "Korte omschrijving van de situatie", "Short description of the situation";
    FormCriteria => "Criteria", "Criteria";
    FormColCriterion => "Criterium", "Criterion";
    FormColApplies => "Ja/Nee", "Yes/No";
    FormUnanswered => "nog niet ingevuld", "not yet answered";
    FormToFill => "(in te vullen)", "(to be filled in)";
    FormRequiredMissing => "Let op: criterium 1, structurele onveiligheid, moet altijd van toepassing zijn. Het staat nu niet op ja; zonder dat kan de casus niet worden aangemeld.", "Note: criterion 1, structural unsafety, must always apply. It is not yes now; without it the case cannot be registered.";
    FormZvh => "Is het Zorg- en Veiligheidshuis betrokken?", "Is the Zorg- en Veiligheidshuis (Care and Safety House) involved?";
    FormZvhHeading => "Zorg- en Veiligheidshuis", "Zorg- en Veiligheidshuis (Care and Safety House)";
    FormZvhFor => "Voor welk gezinslid", "For which family member";
    FormAttachment => "Bijlage: {0}", "Attachment: {0}";
    Criterion1 => "Structurele onveiligheid", "Structural unsafety";
    Criterion2 => "Hulp is vastgelopen of dreigt vast te lopen", "Help has stalled or threatens to stall";
    Criterion3 => "Ernstig actueel en/of chronisch geweld of verwaarlozing", "Severe current and/or chronic violence or neglect";
    Criterion4 => "Hoog risico gezin dat telkens terugkomt bij politie/ hulpverlening/ VT", "High-risk family that keeps coming back to police/ care/ VT";
    Criterion5 => "Intergenerationele overdracht", "Intergenerational transmission";
    Criterion6 => "Overstijgende problematiek (verslaving, psychiatrie, eer, schulden)", "Overarching problems (addiction, psychiatry, honour, debts)";
    Criterion7 => "Ernstige gevolgen zoals trauma of ontwikkeling kinderen ernstig in gevaar", "Severe consequences such as trauma or children's development seriously at risk";
    Criterion8 => "Reguliere interventies/ trajecten onvoldoende resultaat", "Regular interventions/ programmes insufficient result";
    ExpWritten => "Geschreven: {0}", "Written: {0}";
    ExpNoSessions => "in {0} staat geen sessie om een plan van te maken", "there is no session in {0} to make a plan from";
    ExpWriteFailed => "{0} kan niet worden geschreven: {1}", "{0} cannot be written: {1}";
    ExpDocxFailed => "het Word-bestand kan niet worden gemaakt: {0}", "the Word file cannot be made: {0}";
    ExpDocxToStdout => "een Word-bestand kan niet naar het scherm; geef met -o een bestandsnaam", "a Word file cannot go to the screen; give a file name with -o";
    ArgCheck => "alleen controleren of het plan rond is (exit 1 als het niet rond is)", "only check whether the plan is firm (exit 1 when it is not)";
    ArgForm => "welk document: plan (standaard) of aanmelding (het MDA++ aanmeldingsformulier, met het plan als bijlage)", "which document: plan (default) or aanmelding (the MDA++ registration form, with the plan attached)";
    ArgRedact => "anonimiseren: namen worden rollen, datums worden weken", "anonymise: names become roles, dates become weeks";

    // ---- history and carry-forward (issue 6): add texts below this line ----
    HistoryPlaceholder6 => "", "";

    // ---- wall, clock and training (issue 7): add texts below this line ----
    WallPlaceholder7 => "", "";
}
