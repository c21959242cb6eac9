import Foundation
import KumeData

/// A robustness note in words, English or Turkish: how many readings pass, and where the outcome changes —
/// the buffer from which the university is inside at each concavity (its exact distance to that hull), and the
/// minimum shares at which the province and district readings pass.
struct RobustnessText {
    let id: CheckID
    let grid: RobustnessGrid
    /// Per concavity, the university's smallest distance to the hull (km), `nil` without a point.
    let thresholds: [(concavity: Double, km: Double?)]
    /// Per administrative method, each minimum share's status.
    let byShare: [RobustnessGrid.Method: [(share: Double, status: CheckStatus)]]
    /// The number of readings.
    let readings: Int
    /// The number of passing readings.
    let passes: Int

    init(id: CheckID, grid: RobustnessGrid, thresholds: [(concavity: Double, km: Double?)],
         byShare: [RobustnessGrid.Method: [(share: Double, status: CheckStatus)]], readings: Int, passes: Int) {
        self.id = id
        self.grid = grid
        self.thresholds = thresholds
        self.byShare = byShare
        self.readings = readings
        self.passes = passes
    }

    /// The whole note.
    func sentence(turkish: Bool) -> String {
        let passing = passes
        let head: String
        if passing == readings {
            head = turkish ? "\(readings) okumanın tümünde geçiyor" : "Passes under all \(readings) readings"
        } else if passing == 0 {
            head = turkish ? "\(readings) okumanın hiçbirinde geçmiyor" : "Fails under all \(readings) readings"
        } else {
            head = turkish ? "\(readings) okumanın \(passing) tanesinde geçiyor" : "Passes under \(passing) of \(readings) readings"
        }
        var parts: [String] = []
        if let hull = hullPart(turkish: turkish) { parts.append(hull) }
        for method in [RobustnessGrid.Method.provinces, .districts] {
            if let statuses = byShare[method] { parts.append(sharePart(method, statuses, turkish: turkish)) }
        }
        if id == .chamber {
            parts.append(turkish
                ? "oda kuralı yetki alanını (firmaların illerini) okur; içbükeylik ve tampon onu değiştirmez"
                : "the chamber rule reads jurisdictions (the firms' provinces), which no concavity or buffer changes")
        }
        return head + ": " + parts.joined(separator: "; ") + "."
    }

    private func number(_ value: Double, turkish: Bool) -> String {
        NumberText.plain(value).replacingOccurrences(of: ".", with: turkish ? "," : ".")
    }

    private func percent(_ share: Double, turkish: Bool) -> String {
        NumberText.percent(Decimal(share * 100), turkish: turkish)
    }

    /// `hull-buffer: passes from a 7.42 km buffer on at concavity 0.1 and 0.3, …`.
    private func hullPart(turkish: Bool) -> String? {
        let known = thresholds.compactMap { item in item.km.map { (item.concavity, $0) } }
        guard !known.isEmpty else { return nil }
        let maximum = grid.bufferKilometres.last ?? 0
        // Concavities with the same phrase are named together, in the grid's order.
        var groups: [(phrase: String, concavities: [Double])] = []
        for (concavity, km) in known {
            let phrase: String
            if km <= 1e-9 {
                phrase = turkish ? "her tamponda geçiyor (zarfın içinde)" : "at every buffer (inside the hull itself)"
            } else if km <= maximum + 1e-9 {
                let distance = NumberText.kilometres(km, turkish: turkish)
                phrase = turkish ? "\(distance) ve üzeri tamponda geçiyor" : "from a \(distance) buffer on"
            } else {
                let distance = NumberText.kilometres(km, turkish: turkish)
                let limit = number(maximum, turkish: turkish)
                phrase = turkish ? "zarfa \(distance) uzakta, \(limit) km'ye kadar hiçbir tamponda geçmiyor"
                    : "never up to a \(limit) km buffer (\(distance) from the hull)"
            }
            if let index = groups.firstIndex(where: { $0.phrase == phrase }) {
                groups[index].concavities.append(concavity)
            } else {
                groups.append((phrase, [concavity]))
            }
        }
        let described = groups.enumerated().map { index, group in
            let names = RulesText.list(group.concavities.map { number($0, turkish: turkish) }, turkish: turkish)
            if groups.count == 1 && group.concavities.count == thresholds.count {
                return turkish ? "her içbükeylikte \(group.phrase)" : "\(group.phrase) at every concavity"
            }
            if turkish { return "içbükeylik \(names) iken \(group.phrase)" }
            return "\(group.phrase) at \(index == 0 ? "concavity " : "")\(names)"
        }
        return (turkish ? "zarf-tampon: " : "hull-buffer: passes ") + RulesText.list(described, turkish: turkish)
    }

    /// `provinces: passes at a minimum share of 5 % and 10 %, fails at 20 %`.
    private func sharePart(_ method: RobustnessGrid.Method, _ statuses: [(share: Double, status: CheckStatus)], turkish: Bool) -> String {
        let label = switch (method, turkish) {
        case (.provinces, false): "provinces"
        case (.provinces, true): "iller"
        case (.districts, false): "districts"
        case (.districts, true): "ilçeler"
        case (.hullBuffer, false): "hull-buffer"
        case (.hullBuffer, true): "zarf-tampon"
        }
        let pass = statuses.filter { $0.status == .pass }.map { percent($0.share, turkish: turkish) }
        let other = statuses.filter { $0.status != .pass }.map { percent($0.share, turkish: turkish) }
        let all = RulesText.list(statuses.map { percent($0.share, turkish: turkish) }, turkish: turkish)
        let text: String
        if other.isEmpty {
            text = turkish ? "firmaların en az \(all) payında her okumada geçiyor" : "passes at every minimum share of the firms (\(all))"
        } else if pass.isEmpty {
            text = turkish ? "firmaların en az \(all) payında hiçbir okumada geçmiyor" : "fails at every minimum share of the firms (\(all))"
        } else {
            let passList = RulesText.list(pass, turkish: turkish)
            let otherList = RulesText.list(other, turkish: turkish)
            text = turkish ? "asgari pay \(passList) iken geçiyor, \(otherList) iken geçmiyor"
                : "passes at a minimum share of \(passList), not at \(otherList)"
        }
        return "\(label): \(text)"
    }
}
