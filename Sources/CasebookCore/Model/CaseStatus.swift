/// Where a person stands now; the order of the cases is the order on the index page.
public enum CaseStatus: String, CaseIterable, Sendable, Hashable {
    case preTrialDetention = "pre-trial-detention"
    case imprisoned
    case houseArrest = "house-arrest"
    case restrictedFreedom = "restricted-freedom"
    case psychiatricDetention = "psychiatric-detention"
    case released
    case abroad
    case deceased

    /// The heading a reader sees ("Pre-trial detention").
    public var label: String {
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
