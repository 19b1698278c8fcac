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
    ArgTheme => "kleuren: dark (standaard), light (lichte zaal), contrast, mono", "colours: dark (default), light (bright room), contrast, mono";
    ArgConfig => "instellingenbestand (anders $TOP3_CONFIG of config.ron in de instellingenmap)", "settings file (else $TOP3_CONFIG or config.ron in the settings folder)";
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
    KeySpace => "spatie", "space";
    ErrBadKey => "'{0}' is geen toets die top3 kent (bijvoorbeeld: a, Ctrl-s, Right, PageDown, F1)", "'{0}' is not a key top3 knows (for example: a, Ctrl-s, Right, PageDown, F1)";
    CmdNextStep => "volgende stap", "next step";
    CmdPrevStep => "vorige stap", "previous step";
    CmdUp => "omhoog", "up";
    CmdDown => "omlaag", "down";
    CmdAdd => "toevoegen", "add";
    CmdEdit => "bewerken", "edit";
    CmdDelete => "verwijderen", "delete";
    CmdUndo => "ongedaan maken", "undo";
    CmdRedo => "opnieuw", "redo";
    CmdToggle => "wisselen (aanwezig, nageleefd, privé)", "toggle (present, kept, private)";
    CmdCycle => "soort of situatie wisselen", "change kind or situation";
    CmdMoveUp => "hoger plaatsen", "move up";
    CmdMoveDown => "lager plaatsen", "move down";
    CmdSwitchPane => "wissel tussen TOP 3 en feiten", "switch between TOP 3 and facts";
    CmdExport => "plan wegschrijven", "write the plan";
    CmdBlank => "scherm leeg (elke toets: terug)", "blank the screen (any key: back)";
    CmdHelp => "hulp", "help";
    CmdEscape => "klaar met bewerken / sluiten", "done editing / close";
    CmdSave => "nu opslaan", "save now";
    CmdQuit => "opslaan en stoppen", "save and quit";
    CmdNew => "nieuw overleg", "new meeting";
    FormHousehold => "Huishouden", "Household";
    FieldHousehold => "Samenstelling", "Composition";
    FieldMunicipality => "Gemeente", "Municipality";
    FieldMinorChildren => "Minderjarige kinderen (ja/nee)", "Minor children (yes/no)";
    FormParticipant => "Deelnemer", "Participant";
    FieldName => "Naam", "Name";
    FieldRole => "Rol", "Role";
    FieldOrganisation => "Organisatie", "Organisation";
    FieldRelation => "Relatie tot het huishouden", "Relation to the household";
    FormFact => "Feit", "Fact";
    FieldWhat => "Wat is er gebeurd?", "What happened?";
    FieldWhen => "Wanneer? (datum of bijvoorbeeld 'voorjaar 2021')", "When? (a date or e.g. 'spring 2021')";
    FieldReportedBy => "Gemeld door", "Reported by";
    FieldSource => "Bron", "Source";
    FormSituation => "Onveilige situatie", "Unsafe situation";
    FieldSituation => "Situatie", "Situation";
    FormAnswer => "Schaalvraag", "Scale question";
    FieldWhyNotLower => "Waarom niet lager?", "Why not lower?";
    FieldWhyNotHigher => "Waarom niet hoger?", "Why not higher?";
    FieldOneHigher => "Wat maakt het één hoger?", "What would make it one higher?";
    FormCondition => "Veiligheidsvoorwaarde", "Safety condition";
    FieldCondition => "Wat is er te zien als het veilig is?", "What can be seen when it is safe?";
    FormAction => "Afspraak", "Agreement";
    FieldWho => "Wie", "Who";
    FieldWhatAction => "Doet wat", "Does what";
    FieldDue => "Wanneer klaar (dd-mm-jjjj)", "By when (dd-mm-yyyy)";
    FieldHowChecked => "Hoe controleren we het?", "How is it checked?";
    FieldMonitoredBy => "Wie bewaakt het?", "Who monitors it?";
    FieldIfBroken => "Wat gebeurt er als het niet lukt? Wie belt wie?", "What happens if it fails? Who calls whom?";
    FormReview => "Terugblik", "Review";
    FieldReviewNote => "Toelichting", "Note";
    FormNote => "Aantekening", "Note";
    FieldNote => "Tekst", "Text";
    FormNextMeeting => "Volgend overleg", "Next meeting";
    FieldNextMeeting => "Datum (dd-mm-jjjj)", "Date (dd-mm-yyyy)";
    FormChair => "Voorzitter", "Chair";
    FieldChair => "Naam of rol", "Name or role";
    YesNoNotRecognised => "schrijf ja of nee", "write yes or no";
    DateNotRecognised => "'{0}' is geen datum die top3 herkent; schrijf dd-mm-jjjj", "'{0}' is not a date top3 recognises; write dd-mm-yyyy";
    Undone => "Ongedaan gemaakt", "Undone";
    NothingToUndo => "Er is niets om ongedaan te maken", "Nothing to undo";
    Redone => "Opnieuw gedaan", "Redone";
    NothingToRedo => "Er is niets om opnieuw te doen", "Nothing to redo";
    NoParticipantsPresent => "Er is niemand aanwezig om een cijfer te geven; voeg deelnemers toe bij de eerste stap", "Nobody is present to give a score; add participants in the first step";
    Top3Full => "De TOP 3 is vol: verwijder eerst een situatie", "The TOP 3 is full: remove a situation first";
    AddedToTop3 => "Toegevoegd aan de TOP 3", "Added to the TOP 3";
    Deleted => "Verwijderd; {0} zet het terug", "Deleted; {0} brings it back";

    CmdView => "wissel muur / voorzitterweergave (aanwijzingen, privé)", "switch wall / facilitator view (hints, private)";
    ShortNext => "volgende", "next";
    ShortSteps => "stap", "step";
    ShortPrev => "vorige", "previous";
    ShortToggle => "wisselen", "toggle";
    ShortCycle => "soort", "kind";
    ShortPane => "TOP 3 / feiten", "TOP 3 / facts";
    ShortBlank => "leeg", "blank";
    ShortQuit => "stoppen", "quit";
    ShortMove => "hoger", "up";
    TooSmall => "Maak het venster groter: top3 heeft minstens {0}×{1} nodig (nu {2}×{3}).", "Make the window larger: top3 needs at least {0}×{1} (now {2}×{3}).";
    NotSavedYet => "● wordt opgeslagen", "● saving";
    Saved => "✓ opgeslagen", "✓ saved";
    ViewFacilitator => "voorzitterweergave · ", "facilitator view · ";
    HintsTitle => "Voor de voorzitter (niet op de muur)", "For the facilitator (not on the wall)";
    Step => "stap", "step";
    FooterNextField => "volgend veld", "next field";
    FooterEnterForm => "volgend veld / klaar", "next field / done";
    FooterNewLine => "nieuwe regel", "new line";
    FooterDone => "klaar", "done";
    FooterScore => "cijfer", "score";
    FooterChoose => "kiezen", "choose";
    FooterOpen => "openen", "open";
    FooterStop => "stoppen", "quit";
    FooterChooseLayout => "opzet kiezen", "choose layout";
    FooterStart => "beginnen", "start";
    FooterCancel => "annuleren", "cancel";
    HelpTitle => "Toetsen", "Keys";
    HelpScore => "cijfer geven bij een schaalvraag (t = 10)", "give a score on a scale question (t = 10)";
    HelpFormTab => "volgend / vorig veld in een formulier", "next / previous field in a form";
    HelpClose => "Esc of een andere toets sluit deze hulp.", "Esc or any other key closes this help.";
    Missing => "⚠ ontbreekt", "⚠ missing";
    Unnamed => "(leeg)", "(empty)";
    HouseholdEmpty => "nog niet beschreven (Enter om in te vullen)", "not described yet (Enter to fill in)";
    MinorChildrenYes => "met minderjarige kinderen", "with minor children";
    MinorChildrenNo => "zonder minderjarige kinderen", "without minor children";
    EmptyParticipants => "Nog niemand genoteerd. Druk op {0} om iemand toe te voegen.", "Nobody noted yet. Press {0} to add someone.";
    PresentCount => "{0} van {1} aanwezig", "{0} of {1} present";
    EmptyFacts => "nog geen feiten", "no facts yet";
    EmptyFactsAll => "Nog geen feiten. Druk op {0} om een feit toe te voegen; {1} wisselt tussen eerste, ergste en actuele feiten.", "No facts yet. Press {0} to add a fact; {1} switches between first, worst and current facts.";
    Top3Heading => "TOP 3 onveilige situaties", "TOP 3 unsafe situations";
    Top3PickHeading => "Kies uit de feiten", "Choose from the facts";
    Top3Free => "nog vrij", "still free";
    Top3Empty => "{0} gaat naar de feiten om er een te kiezen; {1} typt een situatie zelf.", "{0} goes to the facts to choose one; {1} types a situation yourself.";
    ConditionsNeedTop3 => "Kies eerst de TOP 3; voorwaarden horen bij een situatie.", "Choose the TOP 3 first; conditions belong to a situation.";
    NoConditionsYet => "nog geen voorwaarden ({0} voegt toe)", "no conditions yet ({0} adds)";
    LooseConditions => "Nog niet gekoppeld aan een situatie (k koppelt)", "Not yet tied to a situation (k ties)";
    EmptyActions => "Nog geen afspraken. Druk op {0} om er een toe te voegen.", "No agreements yet. Press {0} to add one.";
    ColDue => "Wanneer", "By when";
    ColCheck => "Controle", "Check";
    ColMonitor => "Bewaakt door", "Monitored by";
    ColIfBroken => "Als het niet lukt", "If broken";
    ReviewFirstMeeting => "Dit is het eerste overleg van deze casus: er is nog niets om op terug te blikken.", "This is the first meeting of this case: there is nothing to look back on yet.";
    ReviewNothing => "Het vorige overleg had geen voorwaarden of afspraken om op terug te blikken.", "The previous meeting had no conditions or agreements to look back on.";
    ReviewOf => "Afspraken en voorwaarden van het overleg van {0}", "Agreements and conditions of the meeting of {0}";
    ReviewHowTo => "{0} zet de uitkomst, {1} voegt een toelichting toe", "{0} sets the outcome, {1} adds a note";
    ReviewCondition => "Voorwaarde", "Condition";
    ReviewAction => "Afspraak", "Agreement";
    ReviewOpen => "nog bespreken", "to discuss";
    EmptyNotes => "Nog geen aantekeningen. {0} voegt toe; {1} maakt een aantekening privé.", "No notes yet. {0} adds; {1} makes a note private.";
    PrivateHidden => "privé-aantekening (niet zichtbaar op de muur)", "private note (not shown on the wall)";
    PrivateLabel => "privé:", "private:";
    NotPlanned => "nog niet gepland", "not planned yet";
    NoScoreYet => "nog geen cijfer", "no score yet";
    BelowThreshold => "onder de {0}", "below {0}";
    AtOrAboveThreshold => "{0} of hoger", "{0} or higher";
    ScaleStats => "Laagste {0} · mediaan {1} · hoogste {2} · {3} van {4} aanwezigen gaven een cijfer · drempel {5}", "Lowest {0} · median {1} · highest {2} · {3} of {4} present gave a score · threshold {5}";
    ScaleNoScores => "Nog geen cijfers · drempel {0}", "No scores yet · threshold {0}";
    ReasonsOf => "{0} — {1} om toe te lichten", "{0} — {1} to explain";
    SumParticipants => "Deelnemers", "Participants";
    SumFacts => "Feiten", "Facts";
    SumScale => "Schaalvraag", "Scale question";
    SumActions => "Afspraken", "Agreements";
    SumNotes => "Aantekeningen", "Notes";
    SummaryPage => "regel {0}–{1} van {2} · ↑/↓ bladeren", "lines {0}–{1} of {2} · ↑/↓ to page";
    StartTagline => "TOP-3 overleg: feiten, TOP 3, schaalvraag, voorwaarden en afspraken", "TOP-3 meeting: facts, TOP 3, scale question, conditions and agreements";
    StartEmpty => "Nog geen overleggen gevonden. Druk op {0} voor een nieuw overleg.", "No meetings found yet. Press {0} for a new meeting.";
    Case => "Casus", "Case";
    NewMeetingTitle => "Nieuw overleg", "New meeting";
    FieldLayout => "Opzet", "Layout";
    FieldCaseCode => "Casuscode (pseudoniem, bijv. GV-2026-014)", "Case code (pseudonym, e.g. GV-2026-014)";
    FieldDate => "Datum", "Date";
    NeedTerminal => "dit scherm heeft een terminal nodig; gebruik top3 check of top3 export in een script", "this screen needs a terminal; use top3 check or top3 export in a script";
    SaveFailed => "Opslaan mislukt: {0}. top3 probeert het opnieuw; stop niet.", "Saving failed: {0}. top3 tries again; do not quit.";
    OpenedTookOverLock => "Een achtergebleven slot van een gestopt programma is overgenomen.", "A lock left by a program that stopped was taken over.";
    ErrConfig => "het instellingenbestand klopt niet: {0}", "the settings file is not right: {0}";

    // ---- plan and exports (issue 5): add texts below this line ----
    PlanPlaceholder5 => "", "";

    // ---- history and carry-forward (issue 6): add texts below this line ----
    HistoryPlaceholder6 => "", "";

    // ---- wall, clock and training (issue 7): add texts below this line ----
    WallPlaceholder7 => "", "";
    TrainCaseOne => "Volwassen zoon bedreigt zijn ouders en perst hen af (ouderenmishandeling, geen minderjarige kinderen)", "Adult son threatens and extorts his parents (elder abuse, no minor children)";
    TrainCaseTwo => "Ex-partner blijft terugkomen bij het huis (stalking, zoon van 7)", "Ex-partner keeps coming back to the house (stalking, son aged 7)";
    TrainUnknownCase => "de oefencasus '{0}' bestaat niet; kies uit: {1}", "the practice case '{0}' does not exist; choose from: {1}";
    TrainIo => "de oefencasus kan niet worden klaargezet in {0}: {1}", "the practice case cannot be prepared in {0}: {1}";
    TrainNotAFolder => "{0} is geen gewone map; verwijder het en probeer het opnieuw", "{0} is not a plain folder; remove it and try again";
    TrainInUse => "de oefencasus is nog geopend in een ander programma ({0}); sluit dat eerst en begin dan opnieuw", "the practice case is still open in another program ({0}); close that first, then start over";
    TrainUnreadable => "de oefensessie kan niet gelezen worden ({0}); begin opnieuw met top3 train --reset", "the practice session cannot be read ({0}); start over with top3 train --reset";
    TrainReady => "Oefencasus {0} staat klaar: {1}", "Practice case {0} is ready: {1}";
    TrainKept => "Het eerdere oefenwerk is bewaard. Opnieuw beginnen: {0}", "The earlier practice work is kept. To start over: {0}";
    TrainLayout => "De oefensessie gebruikt de opzet '{0}'.", "The practice session uses the layout '{0}'.";
    TrainNoScreen => "Er is geen terminal om het overleg te tonen; open de oefencasus met top3 open en het pad hierboven.", "There is no terminal to show the meeting; open the practice case with top3 open and the path above.";
    CliTrain => "oefenen met een verzonnen casus, in een tijdelijke map", "practise with a fictional case, in a temporary folder";
    ArgTrainCase => "code van de oefencasus (zie top3 train --list); standaard de eerste", "code of the practice case (see top3 train --list); the first by default";
    ArgTrainLayout => "opzet voor de oefensessie (standaard die van de casus)", "layout for the practice session (default: the case's own)";
    ArgReset => "opnieuw beginnen: het eerdere oefenwerk wordt weggegooid", "start over: the earlier practice work is thrown away";
    ArgList => "de oefencasussen tonen, één per regel", "list the practice cases, one per line";
}
