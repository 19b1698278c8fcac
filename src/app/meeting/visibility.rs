//! The visibility key (who may see the selected item) and the wall's
//! audience key.

use super::Meeting;
use crate::app::Form;
use crate::app::visibility;
use crate::i18n::T;
use crate::model::Audience;

impl Meeting {
    /// Opens the form that sets who may see the selected item.
    pub(super) fn open_visibility(&mut self) -> Option<String> {
        let Some(item) = self.selected_item() else {
            return Some(T::VisNothingHere.s().to_string());
        };
        let Some(fields) = visibility::form_fields(item, &self.session) else {
            return Some(T::VisNothingHere.s().to_string());
        };
        let before = self.session.clone();
        self.editing = Some(item);
        self.visibility_form = true;
        self.form = Some(Form::new(T::FormVisibility, fields, before, false));
        None
    }

    /// Automatic → gezin → professionals → automatic. A setting of the
    /// screen, like the names on the wall: saved and undone, but a plan
    /// that is vastgesteld stays vastgesteld.
    pub(super) fn cycle_wall_audience(&mut self) -> String {
        self.history.record(self.session.clone());
        self.touch();
        self.session.wall_audience = Audience::cycle_wall(self.session.wall_audience);
        let now = crate::i18n::wall_audience_name(self.session.wall_audience());
        match self.session.wall_audience {
            None => T::WallAudienceAuto.fmt(&[&now]),
            Some(_) => T::WallAudienceSet.fmt(&[&now]),
        }
    }
}
