import Foundation
import KumeData

extension VerdictReport {
    /// A JSON value whose objects keep their keys in the order written, so reports read the same every
    /// run (Foundation's `JSONEncoder` can only sort keys alphabetically).
    indirect enum JSONValue: Equatable {
        case null
        case bool(Bool)
        case integer(Int)
        /// A number written with exactly `decimals` digits after the point (`12.30`).
        case fixed(Decimal, decimals: Int)
        /// A number written in its shortest round-tripping form.
        case double(Double)
        case string(String)
        case array([JSONValue])
        case object([(String, JSONValue)])

        static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
            lhs.serialized(indent: nil) == rhs.serialized(indent: nil)
        }

        /// The JSON text; `indent` spaces per level, or compact on one line when `nil`.
        func serialized(indent: Int?) -> String {
            var out = ""
            write(to: &out, level: 0, indent: indent)
            return out
        }

        private func write(to out: inout String, level: Int, indent: Int?) {
            let newline = indent == nil ? "" : "\n"
            func pad(_ depth: Int) -> String { String(repeating: " ", count: (indent ?? 0) * depth) }
            switch self {
            case .null: out += "null"
            case .bool(let value): out += value ? "true" : "false"
            case .integer(let value): out += String(value)
            case .fixed(let value, let decimals):
                out += NumberText.decimal(value, digits: decimals, turkish: false, group: false)
            case .double(let value):
                out += value.isFinite ? "\(value)" : "null"
            case .string(let value): out += JSONText.quoted(value)
            case .array(let values):
                guard !values.isEmpty else { out += "[]"; return }
                out += "[" + newline
                for (index, value) in values.enumerated() {
                    out += pad(level + 1)
                    value.write(to: &out, level: level + 1, indent: indent)
                    out += (index < values.count - 1 ? "," : "") + newline
                }
                out += pad(level) + "]"
            case .object(let fields):
                guard !fields.isEmpty else { out += "{}"; return }
                out += "{" + newline
                for (index, (key, value)) in fields.enumerated() {
                    out += pad(level + 1) + JSONText.quoted(key) + (indent == nil ? ":" : ": ")
                    value.write(to: &out, level: level + 1, indent: indent)
                    out += (index < fields.count - 1 ? "," : "") + newline
                }
                out += pad(level) + "}"
            }
        }
    }
}
