import Foundation
import KumeData

/// The outcome of one check: its status, a sentence in English and in Turkish, and typed evidence.
public struct CheckResult: Sendable, Hashable {
    /// Which check.
    public var id: CheckID
    /// Pass, fail, unknown or skipped.
    public var status: CheckStatus
    /// One or two English sentences saying why, naming members, chambers and distances.
    public var message: String
    /// The same in Turkish.
    public var messageTR: String
    /// The facts behind the status, in a fixed order (keys are snake_case, as written in JSON).
    public var evidence: [Evidence]
    /// For the geography-dependent checks (`chamber`, `university`): the outcome under every reading of the
    /// ``RobustnessGrid``; `nil` for the others, or when no geography was built.
    public var robustness: Robustness? = nil

    /// Creates a result.
    public init(id: CheckID, status: CheckStatus, message: String, messageTR: String, evidence: [Evidence] = []) {
        self.id = id
        self.status = status
        self.message = message
        self.messageTR = messageTR
        self.evidence = evidence
    }

    /// The evidence value under a key, if any.
    public subscript(evidence key: String) -> EvidenceValue? {
        evidence.first { $0.key == key }?.value
    }

    /// The message in the given language.
    public func message(turkish: Bool) -> String { turkish ? messageTR : message }
}

/// One named fact behind a check's status.
public struct Evidence: Sendable, Hashable {
    /// The fact's name, snake_case (`nearest_university`, `distance_km`, `counted`).
    public var key: String
    /// The fact.
    public var value: EvidenceValue

    /// Creates a fact.
    public init(_ key: String, _ value: EvidenceValue) {
        self.key = key
        self.value = value
    }
}

/// A typed evidence value; the case carries the unit, so reports can round and label it.
public indirect enum EvidenceValue: Sendable, Hashable {
    /// A count.
    case integer(Int)
    /// A distance in kilometres (reports round to 0.01 km).
    case kilometres(Double)
    /// An amount of money in Turkish lira (reports round to 0.01 TL).
    case liras(Decimal)
    /// A share in percent.
    case percent(Decimal)
    /// A text: an id, a name, a NACE code, a province.
    case text(String)
    /// A yes/no fact.
    case flag(Bool)
    /// A calendar day.
    case date(CalendarDate)
    /// A list of values.
    case list([EvidenceValue])
    /// A record of named values (a member with its type and distance, a budget breach).
    case record([Evidence])
    /// No value (written as `null`).
    case null

    /// A list of texts.
    public static func texts(_ values: [String]) -> EvidenceValue { .list(values.map { .text($0) }) }

    /// The text, when this is a text.
    public var textValue: String? { if case .text(let value) = self { value } else { nil } }
    /// The count, when this is a count.
    public var integerValue: Int? { if case .integer(let value) = self { value } else { nil } }
    /// The distance in kilometres, when this is a distance.
    public var kilometresValue: Double? { if case .kilometres(let value) = self { value } else { nil } }
    /// The elements, when this is a list.
    public var listValue: [EvidenceValue]? { if case .list(let value) = self { value } else { nil } }
    /// The field under a key, when this is a record.
    public subscript(field key: String) -> EvidenceValue? {
        if case .record(let fields) = self { fields.first { $0.key == key }?.value } else { nil }
    }
}
