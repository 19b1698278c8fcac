//! The model's typed errors in words. The model returns what is wrong; this
//! is where it is said, so `model/` needs no texts.

use super::{T, case_code_problem};
use crate::model::{CriterionError, InvalidCaseCode, Mismatch, ScoreError, Top3Error};
use std::fmt;

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&T::ErrScoreRange.fmt(&[&self.0]))
    }
}

impl fmt::Display for Top3Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&T::ErrTop3TooMany.fmt(&[&self.0]))
    }
}

impl fmt::Display for InvalidCaseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&T::ErrCaseCode.fmt(&[&self.value, &case_code_problem(&self.problem)]))
    }
}

impl fmt::Display for CriterionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&T::ErrCriterionRange.fmt(&[&self.0]))
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Mismatch::DuplicateId(id) => T::ErrDuplicateId.fmt(&[&id.0]),
            Mismatch::UnknownFact { situation, fact } => {
                T::ErrUnknownFact.fmt(&[&situation.0, &fact.0])
            }
            Mismatch::UnknownSituation {
                condition,
                situation,
            } => T::ErrUnknownSituation.fmt(&[&condition.0, &situation.0]),
            Mismatch::UnknownParticipant { scale, participant } => {
                T::ErrUnknownParticipant.fmt(&[scale, &participant.0])
            }
            Mismatch::DoubleAnswer { scale, participant } => {
                T::ErrDoubleAnswer.fmt(&[scale, &participant.0])
            }
            Mismatch::DoubleScale(key) => T::ErrDoubleScale.fmt(&[key]),
            Mismatch::DoubleReview(id) => T::ErrDoubleReview.fmt(&[&id.0]),
            Mismatch::UnknownNotFor { item, participant } => {
                T::ErrUnknownNotFor.fmt(&[&item.0, &participant.0])
            }
        };
        f.write_str(&s)
    }
}
