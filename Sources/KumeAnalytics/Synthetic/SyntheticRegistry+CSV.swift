import Foundation
import KumeData

extension SyntheticRegistry {
    /// The registry as CSV in the input contract's columns, `id,name,type,nace,lat,lon,employees,province,district`
    /// (RFC 4180 quoting where needed, coordinates with 6 decimals, one line per firm, `\n` line ends).
    package var csv: String {
        var lines = ["id,name,type,nace,lat,lon,employees,province,district"]
        lines.reserveCapacity(members.count + 1)
        for member in members {
            let latitude = member.location.map { String(format: "%.6f", $0.latitude) } ?? ""
            let longitude = member.location.map { String(format: "%.6f", $0.longitude) } ?? ""
            let fields = [
                member.id, member.name, member.type.rawValue, member.nace?.code ?? "", latitude, longitude,
                member.employees.map(String.init) ?? "", member.province ?? "", member.district ?? "",
            ]
            lines.append(fields.map(CSVText.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
