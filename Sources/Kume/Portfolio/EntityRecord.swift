import KumeData

/// A roster member as the portfolio matches it: which cluster it is in, how it is named, its tax number.
package struct EntityRecord: Hashable, Sendable {
    /// The cluster's name (its roster's file name without the extension).
    package var cluster: String
    /// The member's id in that roster.
    package var id: String
    /// The name as the roster writes it.
    package var name: String
    /// The member's type.
    package var type: MemberType
    /// The tax number (VKN or TCKN) when the roster gives one.
    package var taxNumber: String?
    /// The province: as the roster states it, else the one of the district point nearest the member's point.
    package var province: String?

    /// Creates a record.
    package init(cluster: String, id: String, name: String, type: MemberType, taxNumber: String? = nil, province: String? = nil) {
        self.cluster = cluster
        self.id = id
        self.name = name
        self.type = type
        self.taxNumber = taxNumber
        self.province = province
    }

    /// `CLUSTER/ID`, the form a person writes in `--same` and `--different`.
    package var reference: String { "\(cluster)/\(id)" }

    /// The words that identify the record's entity (``EntityName``), and its name without legal-form words
    /// only (for comparing across types), from one cutting of the name into words.
    var names: (entity: EntityName, firmStyle: EntityName) {
        let words = EntityName.words(of: name)
        let firmStyle = EntityName.firm(words: words)
        guard type != .firm else { return (firmStyle, firmStyle) }
        return (EntityName.institution(words: words, type: type, province: province.map(TurkishText.folded)), firmStyle)
    }
}
