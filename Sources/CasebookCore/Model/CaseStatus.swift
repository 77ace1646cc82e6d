/// Where a person stands now; the order of the cases is the order on the index page.
package enum CaseStatus: String, CaseIterable, Sendable, Hashable {
    case preTrialDetention = "pre-trial-detention"
    case imprisoned
    case houseArrest = "house-arrest"
    case restrictedFreedom = "restricted-freedom"
    case psychiatricDetention = "psychiatric-detention"
    case released
    case abroad
    case deceased

    /// True while the person is held (in custody, prison, under house arrest or in a psychiatric
    /// hospital), so that the time since `detained` is still running; restricted freedom is
    /// not detention, and for the released, those abroad and the dead the count has stopped.
    var isHeld: Bool {
        switch self {
        case .preTrialDetention, .imprisoned, .houseArrest, .psychiatricDetention: return true
        case .restrictedFreedom, .released, .abroad, .deceased: return false
        }
    }

    /// The heading a reader sees ("Pre-trial detention").
    var label: String {
        switch self {
        case .preTrialDetention: return "Pre-trial detention"
        case .imprisoned: return "Imprisoned"
        case .houseArrest: return "House arrest"
        case .restrictedFreedom: return "Restricted freedom"
        case .psychiatricDetention: return "Psychiatric detention"
        case .released: return "Released"
        case .abroad: return "Abroad"
        case .deceased: return "Deceased"
        }
    }
}
