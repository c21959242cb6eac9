import KumeData
import KumeGeography

extension Rules {
    /// The chamber or university check tried under every reading of ``RobustnessGrid`` that can change it,
    /// with the threshold in words; `nil` when the check is not required, no geography was built, or no
    /// reading settles it.
    static func robustness(_ id: CheckID, input: CheckInput, grid: RobustnessGrid) -> Robustness? {
        guard let facts = input.geography, id == .chamber || id == .university else { return nil }
        let requirement: Call.RequiredPartner = id == .chamber ? .chamber : .university
        guard input.call.requires(requirement) else { return nil }
        let evaluate = { (variant: GeographyFacts) -> CheckStatus in
            var reading = input
            reading.geography = variant
            return id == .chamber ? chamber(reading).status : university(reading).status
        }
        var readings: [Robustness.Reading] = []
        var thresholds: [(concavity: Double, km: Double?)] = []
        if id == .university, let hulls = facts.hullReadings?.hulls {
            for hull in hulls {
                for buffer in grid.bufferKilometres {
                    readings.append(Robustness.Reading(
                        method: RobustnessGrid.Method.hullBuffer.rawValue,
                        parameters: [.init(name: "concavity", value: .number(hull.concavity)),
                                     .init(name: "buffer_km", value: .number(buffer))],
                        status: evaluate(GridReading.hullBuffer(facts, hull: hull, bufferKm: buffer))))
                }
                let distances = input.roster.members.filter { $0.type == .university }.compactMap { hull.distanceKm[$0.id] }
                thresholds.append((hull.concavity, distances.min()))
            }
        }
        let firms = input.roster.firms
        var byShare: [RobustnessGrid.Method: [(share: Double, status: CheckStatus)]] = [:]
        for method in [RobustnessGrid.Method.provinces, .districts] {
            for share in grid.minimumShares {
                let variant = GridReading.administrative(facts, firms: firms, districts: method == .districts, minimumShare: share)
                let status = evaluate(variant)
                byShare[method, default: []].append((share, status))
                readings.append(Robustness.Reading(
                    method: method.rawValue, parameters: [.init(name: "min_share", value: .number(share))], status: status))
            }
        }
        let words = RobustnessText(id: id, grid: grid, thresholds: thresholds, byShare: byShare, readings: readings.count,
                                    passes: readings.filter { $0.status == .pass }.count)
        return Robustness(readings: readings, note: words.sentence(turkish: false), noteTR: words.sentence(turkish: true))
    }
}

/// The geography's facts as one reading of the grid sees them.
enum GridReading {
    /// The hull at one concavity buffered by `bufferKm`: inside when the distance to the hull is at most the
    /// buffer, the distance beyond it otherwise.
    static func hullBuffer(_ facts: GeographyFacts, hull: HullReadings.Hull, bufferKm: Double) -> GeographyFacts {
        var variant = facts
        for (id, placement) in facts.members {
            guard let distance = hull.distanceKm[id] else { continue }
            var moved = placement
            moved.inside = distance <= bufferKm + 1e-9
            moved.distanceKm = max(0, distance - bufferKm)
            variant.members[id] = moved
        }
        return variant
    }

    /// The provinces (or districts) holding at least `minimumShare` of the firms: a member is inside when its
    /// place is one of them, and the chamber rule counts those provinces (of those districts).
    static func administrative(_ facts: GeographyFacts, firms: [Member], districts: Bool, minimumShare: Double) -> GeographyFacts {
        let places = facts.memberPlaces
        let counts = FirmShares.counts(of: firms, places: places) { districts ? ($0.district == nil ? nil : $0.key) : $0.province }
        let counted = FirmShares.counted(counts, minimumShare: minimumShare)
        let countedProvinces = districts
            ? Set(counted.compactMap { key in key.split(separator: "/").first.map(String.init) })
            : counted
        var variant = facts
        for (id, placement) in facts.members {
            var moved = placement
            if let place = places[id] {
                let inside = counted.contains(districts ? place.key : place.province)
                moved.inside = inside
                moved.distanceKm = inside ? 0 : placement.distanceKm
            } else if placement.inside != nil {
                moved.inside = false  // a point outside Türkiye's districts
            }
            variant.members[id] = moved
        }
        variant.provinceShares = facts.provinceShares.map { row in
            var copy = row
            copy.counts = countedProvinces.contains(row.province)
            return copy
        }
        for province in countedProvinces where !variant.provinceShares.contains(where: { $0.province == province }) {
            variant.provinceShares.append(ProvinceShare(
                province: province, areaShare: nil, firms: 0, firmShare: 0, counts: true,
                chamberOfIndustry: ChambersOfIndustry.shared.chambers.first { $0.province == province }?.name))
        }
        return variant
    }
}
