use super::{CaseRoles, Registration, SharingBasis};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A pseudonymous case code such as `GV-2026-014`. It becomes a folder name, so
/// it is restricted to letters, digits and dashes: no names, no paths.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CaseCode(String);

/// Why a text is not a case code; `i18n` says it in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseCodeError {
    Empty,
    TooLong,
    InvalidChar(char),
}

/// A case code that failed to load: the text and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidCaseCode {
    pub value: String,
    pub problem: CaseCodeError,
}

impl CaseCode {
    pub const MAX_LEN: usize = 40;

    pub fn new(code: &str) -> Result<Self, CaseCodeError> {
        let code = code.trim();
        if code.is_empty() {
            return Err(CaseCodeError::Empty);
        }
        if code.chars().count() > Self::MAX_LEN {
            return Err(CaseCodeError::TooLong);
        }
        if let Some(c) = code
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        {
            return Err(CaseCodeError::InvalidChar(c));
        }
        if code.starts_with('-') || code.starts_with('_') {
            return Err(CaseCodeError::InvalidChar(
                code.chars().next().unwrap_or('-'),
            ));
        }
        Ok(CaseCode(code.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CaseCode {
    type Error = InvalidCaseCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        CaseCode::new(&value).map_err(|problem| InvalidCaseCode { value, problem })
    }
}

impl From<CaseCode> for String {
    fn from(value: CaseCode) -> Self {
        value.0
    }
}

impl fmt::Display for CaseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The household a case is about. Pseudonymous: the code, not a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub code: CaseCode,
    /// Composition of the household in words ("moeder, vader, zoon 7").
    #[serde(default)]
    pub household: String,
    #[serde(default)]
    pub municipality: String,
    /// Do minor children live in the household?
    #[serde(default)]
    pub minor_children: bool,
    /// The MDA++ aanmeldingsformulier's answers, filled in when the case is
    /// registered with the expertoverleg.
    #[serde(default, skip_serializing_if = "Registration::is_empty")]
    pub registration: Registration,
    /// Names that must not show on the wall (with names as roles or
    /// initials) nor in a redacted export, besides the participants and
    /// household members: someone named only in free text, a school.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden_names: Vec<String>,
    /// The basis for sharing the case's data: consent, or no consent with
    /// a legal ground. `None`: not recorded yet (the plan check says so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing_basis: Option<SharingBasis>,
    /// Who holds casusregie and procesregie for this case.
    #[serde(default, skip_serializing_if = "CaseRoles::is_empty")]
    pub roles: CaseRoles,
    /// The kind of violence, when the partners have decided on it. Not on
    /// the wall unless the settings say so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub violence: Option<super::ViolenceKind>,
    /// The municipality is a name to hide (the family lives where someone
    /// must not learn): on the wall and in redacted exports it is replaced
    /// like a name.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hide_municipality: bool,
}

impl Case {
    pub fn new(code: CaseCode) -> Self {
        Case {
            code,
            household: String::new(),
            municipality: String::new(),
            minor_children: false,
            registration: Registration::default(),
            hidden_names: Vec::new(),
            sharing_basis: None,
            roles: CaseRoles::default(),
            violence: None,
            hide_municipality: false,
        }
    }
}
