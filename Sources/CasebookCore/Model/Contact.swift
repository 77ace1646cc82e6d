/// A media contact named in site.yaml and printed at the end of releases.
package struct Contact: Hashable, Sendable {
    /// Slug by which releases name the contact.
    var id: String
    /// Full name.
    var name: String
    /// Role, such as "President of the Open Dialogue Foundation".
    var role: String?
    /// E-mail address.
    var email: String?
    /// Telephone number as it should be printed.
    var phone: String?

    /// Creates a contact.
    package init(id: String, name: String, role: String? = nil, email: String? = nil, phone: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }
}
