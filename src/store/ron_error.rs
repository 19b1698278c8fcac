//! ron's errors, said in a sentence a facilitator understands.

use crate::i18n::T;
use ron::error::Error;

pub fn describe(e: &Error) -> String {
    match e {
        Error::Eof => T::RonEof.s().into(),
        Error::ExceededRecursionLimit => T::RonTooDeep.s().into(),
        Error::TrailingCharacters => T::RonTrailing.s().into(),
        Error::UnexpectedChar(c) => T::RonUnexpectedChar.fmt(&[&c.escape_debug()]),
        Error::Utf8Error(_) => T::ErrNotUtf8.s().into(),
        Error::ExpectedComma => T::RonExpected.fmt(&[&"','"]),
        Error::ExpectedArray => T::RonExpected.fmt(&[&"'['"]),
        Error::ExpectedArrayEnd => T::RonExpected.fmt(&[&"']'"]),
        // c-fix3: a word where the file should begin with '(' (the name
        // ron expected is one of the program's own types, never shown).
        Error::ExpectedDifferentStructName { found, .. } | Error::ExpectedStructName(found) => {
            T::RonNotOurs.fmt(&[found])
        }
        Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => {
            T::RonExpected.fmt(&[&"'('"])
        }
        Error::ExpectedStructLikeEnd => T::RonExpected.fmt(&[&"')'"]),
        Error::ExpectedString | Error::ExpectedStringEnd => T::RonExpectedText.s().into(),
        Error::ExpectedInteger | Error::IntegerOutOfBounds => T::RonExpectedNumber.s().into(),
        Error::ExpectedBoolean => T::RonExpectedBool.s().into(),
        Error::ExpectedOption => T::RonExpectedOption.s().into(),
        Error::ExpectedMapColon => T::RonExpected.fmt(&[&"':'"]),
        Error::ExpectedIdentifier => T::RonExpectedName.s().into(),
        Error::UnclosedBlockComment | Error::UnclosedLineComment => T::RonComment.s().into(),
        Error::NoSuchStructField {
            expected, found, ..
        } => T::RonUnknownField.fmt(&[found, &expected.join(", ")]),
        Error::MissingStructField { field, .. } => T::RonMissingField.fmt(&[field]),
        Error::DuplicateStructField { field, .. } => T::RonDuplicateField.fmt(&[field]),
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => T::RonUnknownValue.fmt(&[found, &expected.join(", ")]),
        Error::InvalidValueForType { expected, found } => T::RonWrongValue.fmt(&[expected, found]),
        Error::ExpectedDifferentLength { expected, found } => {
            T::RonWrongValue.fmt(&[expected, found])
        }
        Error::Message(m) => translate_message(m),
        other => other.to_string(),
    }
}

/// Messages from serde and chrono that reach us as free text.
fn translate_message(m: &str) -> String {
    let lower = m.to_ascii_lowercase();
    if lower.contains("premature end of input")
        || lower.contains("input contains invalid characters")
        || lower.contains("input is out of range")
        || lower.contains("input is not enough for unique date")
        || lower.contains("trailing input")
        || lower.contains("no possible date")
    {
        T::RonBadDate.s().into()
    } else {
        m.to_string()
    }
}
