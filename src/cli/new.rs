use crate::i18n::T;
use crate::layout::{LayoutSet, layouts_dir};
use crate::model::{Case, CaseCode, Session, parse_date};
use crate::store::{new_session_path, save_session, sessions_dir};
use std::path::{Path, PathBuf};

/// `top3 new`: writes a new session file for a case.
pub fn run(
    layout: Option<&str>,
    case: Option<&str>,
    date: Option<&str>,
    dir: Option<&Path>,
    layouts_flag: Option<&Path>,
) -> Result<PathBuf, String> {
    let (layouts, _) = LayoutSet::load(layouts_dir(layouts_flag).as_deref());
    let layout_name = layout.ok_or_else(|| T::NeedLayout.fmt(&[&layouts.names().join(", ")]))?;
    let layout = layouts
        .get(layout_name)
        .ok_or_else(|| T::ErrUnknownLayout.fmt(&[&layout_name, &layouts.names().join(", ")]))?;
    let code = case.ok_or_else(|| T::NeedCase.s().to_string())?;
    let code = CaseCode::new(code)
        .map_err(|e| T::ErrCaseCode.fmt(&[&code, &crate::i18n::case_code_problem(&e)]))?;
    let date = match date {
        Some(d) => parse_date(d).ok_or_else(|| T::ErrBadDateArg.fmt(&[&d]))?,
        None => chrono::Local::now().date_naive(),
    };
    let dir = sessions_dir(dir);
    let path = new_session_path(&dir, code.as_str(), date, &layout.name);
    let session = Session::new(
        Case::new(code),
        layout.kind,
        layout.phase,
        &layout.name,
        date,
    );
    save_session(&path, &session).map_err(|e| T::ErrSave.fmt(&[&path.display(), &e]))?;
    println!("{}", T::Created.fmt(&[&path.display()]));
    Ok(path)
}
