import Foundation
import KumeData
import KumeGeo

/// A synthetic registry of firms, deterministic from a seed: a population-proportional background plus
/// planted clusters, for testing and demonstrating detection where real registries cannot be shared.
///
/// Background firms: a place is drawn with probability proportional to its weight, the firm is scattered
/// around it by a Gaussian of the place's spread (kilometres, converted to degrees locally), and takes
/// the place's province and district. Its NACE class is drawn from the given classes, weighted by section
/// (see ``sectionWeight(ofDivision:)``), uniformly within a section. Planted firms: `share × firms` per
/// cluster, drawn from a Gaussian of standard deviation radius/2 around the centre, truncated at the
/// radius, each with one of the cluster's classes; province and district are those of the nearest place.
/// Employees follow a discretised lognormal (heavy-tailed): round(exp(μ + 1.2·Z)), at least 1, with
/// μ = ln 3 for background firms (median 3) and μ = ln 8 for planted ones (median 8).
/// Names are "<surname or place> <sector word> San. ve Tic. A.Ş." (or "Ltd. Şti."). All text is synthetic.
package struct SyntheticRegistry: Sendable, Equatable {
    /// The firms, with ids `S000001`, `S000002`, …: background firms first, then each planted cluster's.
    package let members: [Member]
    /// For each member, the name of the planted cluster it came from, or `nil` for background firms.
    package let plantedClusterName: [String?]

    /// Generates a registry.
    /// - Parameters:
    ///   - firms: the total number of firms; non-negative.
    ///   - seed: the random seed; the same inputs and seed always give the same registry.
    ///   - places: where background firms go, weighted (for example districts by population).
    ///   - plantedClusters: concentrations to plant; their shares must sum to at most 1.
    ///   - naceClasses: the NACE Rev.2 classes background firms draw from.
    /// - Returns: the registry.
    /// - Throws: ``DetectionError/invalidSyntheticInput(problem:remedy:)`` for a negative firm count, shares
    ///   above 1 in total, background firms with no place of positive weight or no class, or a bad cluster.
    package static func generate(
        firms: Int, seed: UInt64, places: [WeightedPlace], plantedClusters: [PlantedCluster],
        naceClasses: [NaceCode]
    ) throws(DetectionError) -> SyntheticRegistry {
        guard firms >= 0 else {
            throw .invalidSyntheticInput(problem: "firm count is \(firms)", remedy: "ask for 0 or more firms")
        }
        let planted = plantedClusters.map { Int(($0.share * Double(firms)).rounded()) }
        let totalShare = plantedClusters.reduce(0) { $0 + $1.share }
        guard totalShare <= 1, planted.reduce(0, +) <= firms else {
            throw .invalidSyntheticInput(
                problem: "planted shares sum to \(totalShare)", remedy: "keep the shares' sum at or below 1")
        }
        for cluster in plantedClusters where cluster.naceClasses.isEmpty || !(cluster.radiusKilometres > 0) {
            throw .invalidSyntheticInput(
                problem: "planted cluster \(cluster.name) has no class or a radius of \(cluster.radiusKilometres) km",
                remedy: "give it at least one NACE class and a positive radius")
        }
        let background = firms - planted.reduce(0, +)
        var cumulativePlaces: [Double] = []
        var running = 0.0
        for place in places {
            running += max(0, place.weight)
            cumulativePlaces.append(running)
        }
        let classWeights = naceClasses.map { sectionWeight(ofDivision: Int($0.code.prefix(2)) ?? 0) }
        let sectionCounts = Dictionary(grouping: naceClasses.indices) { NaceTaxonomy.section(of: naceClasses[$0]) ?? "" }
            .mapValues(\.count)
        var cumulativeClasses: [Double] = []
        running = 0
        for (index, code) in naceClasses.enumerated() {
            let count = sectionCounts[NaceTaxonomy.section(of: code) ?? ""] ?? 1
            running += classWeights[index] / Double(count)
            cumulativeClasses.append(running)
        }
        if background > 0 {
            guard let placeTotal = cumulativePlaces.last, placeTotal > 0 else {
                throw .invalidSyntheticInput(
                    problem: "\(background) background firms but no place of positive weight",
                    remedy: "pass weighted places (for example districts with their population)")
            }
            guard let classTotal = cumulativeClasses.last, classTotal > 0 else {
                throw .invalidSyntheticInput(
                    problem: "\(background) background firms but no NACE class to draw from",
                    remedy: "pass the NACE Rev.2 classes")
            }
        }
        var random = SeededGenerator(directSeed: seed)
        var members: [Member] = []
        var origin: [String?] = []
        members.reserveCapacity(firms)
        func add(_ code: NaceCode, _ longitude: Double, _ latitude: Double, _ place: WeightedPlace?, _ median: Double, _ cluster: String?) {
            let id = "S" + String(members.count + 1).leftPadded(to: 6)
            let employees = max(1, Int(exp(log(median) + 1.2 * random.nextGaussian()).rounded()))
            members.append(Member(
                id: id, name: SyntheticNames.firmName(nace: code, place: place?.district, random: &random),
                type: .firm, nace: code, location: Coordinate(longitude: longitude, latitude: latitude),
                employees: min(employees, 50_000), province: place?.province, district: place?.district))
            origin.append(cluster)
        }
        for _ in 0 ..< background {
            let place = places[pick(cumulativePlaces, &random)]
            let code = naceClasses[pick(cumulativeClasses, &random)]
            let (longitude, latitude) = offset(
                longitude: place.longitude, latitude: place.latitude,
                eastKilometres: place.spreadKilometres * random.nextGaussian(),
                northKilometres: place.spreadKilometres * random.nextGaussian())
            add(code, longitude, latitude, place, 3, nil)
        }
        for (cluster, count) in zip(plantedClusters, planted) {
            for _ in 0 ..< count {
                var east = 0.0, north = 0.0
                repeat {
                    east = cluster.radiusKilometres / 2 * random.nextGaussian()
                    north = cluster.radiusKilometres / 2 * random.nextGaussian()
                } while east * east + north * north > cluster.radiusKilometres * cluster.radiusKilometres
                let code = cluster.naceClasses[Int(random.next(upperBound: UInt64(cluster.naceClasses.count)))]
                let (longitude, latitude) = offset(
                    longitude: cluster.centreLongitude, latitude: cluster.centreLatitude,
                    eastKilometres: east, northKilometres: north)
                add(code, longitude, latitude, nearest(places, longitude, latitude), 8, cluster.name)
            }
        }
        return SyntheticRegistry(members: members, plantedClusterName: origin)
    }

    /// The relative weight of a NACE division's section among registered firms, a rough shape of a
    /// business register: trade (G) 0.30, manufacturing (C) 0.22, construction (F) 0.10, transport (H) 0.07,
    /// accommodation and food (I) 0.06, professional services (M) 0.05, administrative services (N) 0.04,
    /// other services (S) 0.03, information (J) 0.03, real estate (L) 0.03, agriculture (A) 0.02, and 0.01
    /// for each other section.
    /// - Parameter division: the two-digit NACE division (1–99).
    /// - Returns: the section's weight.
    package static func sectionWeight(ofDivision division: Int) -> Double {
        let weights: [Character: Double] = [
            "G": 0.30, "C": 0.22, "F": 0.10, "H": 0.07, "I": 0.06, "M": 0.05, "N": 0.04, "S": 0.03, "J": 0.03,
            "L": 0.03, "A": 0.02,
        ]
        return NaceTaxonomy.section(ofDivision: division).flatMap { weights[Character($0)] } ?? 0.01
    }

    /// The index drawn from cumulative weights.
    private static func pick(_ cumulative: [Double], _ random: inout SeededGenerator) -> Int {
        let target = random.nextUnit() * (cumulative.last ?? 0)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// A point moved by kilometres east and north (local spherical approximation, radius 6371.0088 km).
    private static func offset(
        longitude: Double, latitude: Double, eastKilometres: Double, northKilometres: Double
    ) -> (Double, Double) {
        let kilometresPerDegree = 6371.0088 * Double.pi / 180
        let newLatitude = latitude + northKilometres / kilometresPerDegree
        let newLongitude = longitude + eastKilometres / (kilometresPerDegree * cos(latitude * Double.pi / 180))
        return (newLongitude, newLatitude)
    }

    /// The place nearest a point (equirectangular distance), or `nil` when there are none.
    private static func nearest(_ places: [WeightedPlace], _ longitude: Double, _ latitude: Double) -> WeightedPlace? {
        let scale = cos(latitude * Double.pi / 180)
        return places.min { a, b in
            let da = pow((a.longitude - longitude) * scale, 2) + pow(a.latitude - latitude, 2)
            let db = pow((b.longitude - longitude) * scale, 2) + pow(b.latitude - latitude, 2)
            return da < db
        }
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
