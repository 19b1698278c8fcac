//! The method's terms: one glossary that the texts, the screens and the
//! exports share (issue 14; DOMAIN.md §8 has the method's own glossary).
//!
//! | the thing | Dutch (nl) | English (en) | texts |
//! |---|---|---|---|
//! | the room's view, on the projector or a second screen | de projectie | the projection | `CliPresent`, `HintsTitle`, `WallNames*` |
//! | the facilitator's own view | de begeleidersweergave | the facilitator view | `ViewFacilitator`, `CmdView` |
//! | who leads a meeting | de voorzitter (expertoverleg), de coördinator of gespreksleider (netwerk- en casusoverleg) | the chair, the coordinator or facilitator | `TitleVoorzitter`, `TitleCoordinator`, `TitleGespreksleider` |
//! | the roles around a case | casusregie (de casusregisseur), de procesregisseur | case direction, the process director | `RoleCasusregie`, `RoleProcesregisseur` |
//! | an agreement that was carried out | nagekomen / niet nagekomen | kept / not kept | `StatusDone`, `StatusNotKept` |
//! | a condition that held | nageleefd / niet nageleefd | kept / broken | `StatusKept`, `StatusBroken` |
//! | the plan has no open points | compleet | complete | `ChkFirm`, `PlanCheckClean` |
//! | the check of the plan | de plancontrole | the plan check | `PlanCheck*` |
//! | finalising the plan | vaststellen, vastgesteld | make final, final | `CmdFinalize`, `DocStatus*` |
//! | vastgesteld although open points remain | met open punten (reden: …) | with open points (reason: …) | `PlanStatusFixedOverride`, `DocStatusOverride` |
//! | making a file of the plan | exporteren, opgeslagen | export, saved | `CmdExport`, `PlanWritten` |
//! | what happens when it is not kept | als het niet wordt nagekomen / nageleefd | if it is not kept / broken | `ColIfBroken`, `DocColIfBroken` (agreements), `ColIfBrokenCondition`, `DocColIfBrokenCondition`, `DocConditionMeta` (conditions) |
//! | the third scale question | Wat is er nodig voor een cijfer hoger? | What is needed for one point higher? | `FieldOneHigher`, `DocColOneHigher` |
//! | free notes | aantekeningen | notes | `SumNotes`, `DocNotes` |
//! | the due date of an agreement | Wanneer (uiterlijk …, doorlopend …) | By when / When | `ColDue`, `DocColDue`, `TermBy` |
//!
//! Terms that follow the phase, as the step titles of the shipped layouts do
//! (phase 1 words such as "onveilige situaties", "feiten" and
//! "veiligheidsvoorwaarden" never appear in a Hulpverlenings- or Herstelplan):
//!
//! | phase | TOP 3 of | facts | conditions |
//! |---|---|---|---|
//! | directe veiligheid | onveilige situaties | Feiten | Veiligheidsvoorwaarden |
//! | stabiele veiligheid | risicofactoren | Feiten en risicofactoren | Doelen en voorwaarden |
//! | herstel | herstelbehoeften | Gevolgen | Hersteldoelen |
//!
//! A text with a count has a text for one and one for many (`HistHeaderOne`,
//! [`count`]); Dutch never reads "1 voorwaarden".

use super::T;
use crate::model::Phase;

/// The heading of the TOP 3 in this phase.
pub fn top3_heading(phase: Phase) -> T {
    match phase {
        Phase::DirecteVeiligheid => T::DocTop3Direct,
        Phase::StabieleVeiligheid => T::DocTop3Stable,
        Phase::Herstel => T::DocTop3Herstel,
    }
}

/// The heading of the facts in this phase.
pub fn facts_heading(phase: Phase) -> T {
    match phase {
        Phase::DirecteVeiligheid => T::DocFacts,
        Phase::StabieleVeiligheid => T::DocFactsStable,
        Phase::Herstel => T::DocFactsHerstel,
    }
}

/// The heading of the conditions in this phase.
pub fn conditions_heading(phase: Phase) -> T {
    match phase {
        Phase::DirecteVeiligheid => T::DocConditions,
        Phase::StabieleVeiligheid => T::DocConditionsStable,
        Phase::Herstel => T::DocConditionsHerstel,
    }
}

/// "There are no conditions yet", in the words of this phase.
pub fn no_conditions(phase: Phase) -> T {
    match phase {
        Phase::Herstel => T::DocNoConditionsHerstel,
        _ => T::DocNoConditions,
    }
}

/// The title of the form of one TOP-3 item in this phase.
pub fn situation_form(phase: Phase) -> T {
    match phase {
        Phase::DirecteVeiligheid => T::FormSituation,
        Phase::StabieleVeiligheid => T::FormSituationStable,
        Phase::Herstel => T::FormSituationHerstel,
    }
}

/// The title of the form of one condition in this phase.
pub fn condition_form(phase: Phase) -> T {
    match phase {
        Phase::DirecteVeiligheid => T::FormCondition,
        Phase::StabieleVeiligheid => T::FormConditionStable,
        Phase::Herstel => T::FormConditionHerstel,
    }
}

/// The question of a condition's first field in this phase.
pub fn condition_question(phase: Phase) -> T {
    match phase {
        Phase::Herstel => T::FieldConditionHerstel,
        _ => T::FieldCondition,
    }
}

/// `n` with the text for one or the text for many ("1 voorwaarde",
/// "3 voorwaarden"); `many` holds `{0}`.
pub fn count(n: usize, one: T, many: T) -> String {
    if n == 1 {
        one.s().to_string()
    } else {
        many.fmt(&[&n])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    #[test]
    fn one_and_many() {
        set_lang(Lang::Nl);
        assert_eq!(
            count(1, T::CountConditionsOne, T::CountConditions),
            "1 voorwaarde"
        );
        assert_eq!(
            count(0, T::CountConditionsOne, T::CountConditions),
            "0 voorwaarden"
        );
        assert_eq!(
            count(3, T::CountOpenActionsOne, T::CountOpenActions),
            "3 open afspraken"
        );
    }

    #[test]
    fn phase_one_words_stay_in_phase_one() {
        set_lang(Lang::Nl);
        for phase in [Phase::StabieleVeiligheid, Phase::Herstel] {
            for t in [
                top3_heading(phase),
                facts_heading(phase),
                conditions_heading(phase),
                no_conditions(phase),
                situation_form(phase),
                condition_form(phase),
            ] {
                let s = t.s().to_lowercase();
                assert!(
                    !s.contains("onveilig") && !s.contains("veiligheidsvoorwaarde"),
                    "{phase:?}: {s}"
                );
            }
            assert_ne!(facts_heading(phase).s(), "Feiten");
        }
        assert_eq!(conditions_heading(Phase::Herstel).s(), "Hersteldoelen");
    }

    /// Words the glossary replaced never come back in a Dutch text.
    #[test]
    fn the_glossary_words_are_used() {
        let banned = [
            ("muur", "de projectie"),
            ("wegschrij", "exporteren / opslaan"),
            ("weggeschreven", "opgeslagen"),
            ("plancheck", "plancontrole"),
            ("één hoger", "een cijfer hoger"),
            ("als het niet lukt", "als de afspraak niet wordt nagekomen"),
            ("notities", "aantekeningen"),
            ("voorzitterweergave", "begeleidersweergave"),
            // The facilitator of a network meeting is no voorzitter.
            ("voorzittersweergave", "begeleidersweergave"),
            ("ondanks open punten", "met open punten (reden: …)"),
            ("bestand(en)", "one and many"),
            ("gedaan", "nagekomen"),
        ];
        for t in T::ALL {
            let s = t.nl().to_lowercase();
            for (word, instead) in banned {
                // "ongedaan maken" is undo, not an agreement.
                let s = s.replace("ongedaan", "").replace("opnieuw gedaan", "");
                assert!(
                    !s.contains(word),
                    "{t:?} says '{word}'; the glossary says '{instead}': {s}"
                );
            }
        }
    }
}
