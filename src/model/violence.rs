use serde::{Deserialize, Serialize};

/// The kind of violence, as the method card distinguishes it: the type of
/// violence decides the approach (DOMAIN.md §6). Optional on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ViolenceKind {
    /// Coercive control: separate trajectories, no system therapy.
    IntiemTerrorisme,
    SituationeelGeweld,
    /// Other forms of relational violence.
    AnderRelationeelGeweld,
    Stalking,
    Eergerelateerd,
    Ouderenmishandeling,
    ComplexeScheiding,
    Kindermishandeling,
    SeksueelGeweld,
    Mensenhandel,
}

impl ViolenceKind {
    pub const ALL: [ViolenceKind; 10] = [
        ViolenceKind::IntiemTerrorisme,
        ViolenceKind::SituationeelGeweld,
        ViolenceKind::AnderRelationeelGeweld,
        ViolenceKind::Stalking,
        ViolenceKind::Eergerelateerd,
        ViolenceKind::Ouderenmishandeling,
        ViolenceKind::ComplexeScheiding,
        ViolenceKind::Kindermishandeling,
        ViolenceKind::SeksueelGeweld,
        ViolenceKind::Mensenhandel,
    ];
}
