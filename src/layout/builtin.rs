//! The layouts shipped inside the binary; the same files are in `layouts/`.

/// (file name, contents) of every built-in layout.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "netwerkoverleg-veiligheidsplan.ron",
        include_str!("../../layouts/netwerkoverleg-veiligheidsplan.ron"),
    ),
    (
        "casusoverleg.ron",
        include_str!("../../layouts/casusoverleg.ron"),
    ),
    (
        "expertoverleg.ron",
        include_str!("../../layouts/expertoverleg.ron"),
    ),
    (
        "hulpverleningsplan.ron",
        include_str!("../../layouts/hulpverleningsplan.ron"),
    ),
    (
        "herstelplan.ron",
        include_str!("../../layouts/herstelplan.ron"),
    ),
    ("training.ron", include_str!("../../layouts/training.ron")),
    (
        "signs-of-safety.ron",
        include_str!("../../layouts/signs-of-safety.ron"),
    ),
];
