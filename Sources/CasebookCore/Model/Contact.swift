/// A media contact named in site.yaml and printed at the end of releases.
public struct Contact: Hashable, Sendable {
    /// Slug by which releases name the contact.
    public var id: String
    /// Full name.
    public var name: String
    /// Role, such as "President of the Open Dialogue Foundation".
    public var role: String?
    /// E-mail address.
    public var email: String?
    /// Telephone number as it should be printed.
    public var phone: String?

    /// Creates a contact.
    public init(id: String, name: String, role: String? = nil, email: String? = nil, phone: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }
}
