/// Undo and redo of whole snapshots. A session is small, so a snapshot per
/// domain change is simple and always correct.
#[derive(Debug, Clone)]
pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
    limit: usize,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(limit: usize) -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            limit,
        }
    }

    /// Records the state from before a change.
    pub fn record(&mut self, before: T) {
        if self.undo.last() == Some(&before) {
            return;
        }
        self.undo.push(before);
        if self.undo.len() > self.limit {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// The state to go back to, given the current one.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let prev = self.undo.pop()?;
        self.redo.push(current);
        Some(prev)
    }

    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_then_redo_restores() {
        let mut h = History::new(10);
        h.record(1);
        assert_eq!(h.undo(2), Some(1));
        assert_eq!(h.redo(1), Some(2));
        assert_eq!(h.redo(2), None);
    }

    #[test]
    fn a_new_change_clears_redo_and_the_limit_holds() {
        let mut h = History::new(2);
        h.record(1);
        h.record(2);
        h.record(3);
        assert_eq!(h.undo(4), Some(3));
        h.record(5);
        assert_eq!(h.redo(9), None);
        assert_eq!(h.undo(6), Some(5));
        assert_eq!(h.undo(5), Some(2));
        assert_eq!(h.undo(2), None);
    }
}
