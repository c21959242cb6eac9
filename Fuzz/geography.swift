// libFuzzer target: the hull-buffer economic geography on degenerate point sets.
// Built and run by scripts/fuzz, compiled together with KumeGeography's sources (so the planar hull steps
// are reachable); any crash, sanitizer report, timeout or broken invariant is a bug.
//
// The input's bytes choose a family of point sets — collinear, within a tolerance of a line (0.1 mm to
// 100 m), evenly spaced on a line, a few distinct points repeated, two or three far groups, one or two
// firms, a compact group with a straight tail — and its size, scale, direction, concavity and buffer.
// Each set is checked in the projection's frame (PlanarHullBuffer: outliers, groups, the guarded hull at one
// of five concavities, the buffer), and one in 64 also through the whole HullBufferBuilder from longitude, latitude.
import Foundation
import KumeData
import KumeGeo

/// Reads the input's bytes in order, then a generator seeded from them once they run out.
struct ByteStream {
    let bytes: [UInt8]
    var position = 0
    var state: UInt64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        state = bytes.reduce(0x9E37_79B9_7F4A_7C15) { ($0 ^ UInt64($1)) &* 0x1000_0000_01B3 }
    }

    /// A value in [0, 1].
    mutating func unit() -> Double {
        if position < bytes.count {
            defer { position += 1 }
            return Double(bytes[position]) / 255
        }
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }

    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + min(Int(unit() * Double(range.count)), range.count - 1)
    }
}

enum Family: Int, CaseIterable {
    case collinear, nearLine, evenLine, duplicates, twoGroups, threeGroups, oneOrTwo, tail
}

/// A point set in metres around the origin.
func pointSet(_ stream: inout ByteStream) -> [Coordinate] {
    let family = Family(rawValue: stream.integer(0...Family.allCases.count - 1)) ?? .collinear
    let length = pow(10, 1 + stream.unit() * 4.7)            // 10 m to 500 km
    let angle = stream.unit() * .pi
    let (ux, uy) = (cos(angle), sin(angle))
    func line(count: Int, width: Double, even: Bool, from origin: Coordinate = .init(x: 0, y: 0)) -> [Coordinate] {
        (0..<count).map { index in
            let t = even ? (count == 1 ? 0.5 : Double(index) / Double(count - 1)) : stream.unit()
            let across = width == 0 ? 0 : (stream.unit() * 2 - 1) * width
            return Coordinate(x: origin.x + (t - 0.5) * length * ux - across * uy, y: origin.y + (t - 0.5) * length * uy + across * ux)
        }
    }
    func blob(count: Int, radius: Double, at centre: Coordinate) -> [Coordinate] {
        (0..<count).map { _ in
            let r = radius * stream.unit().squareRoot(), a = stream.unit() * 2 * .pi
            return Coordinate(x: centre.x + r * cos(a), y: centre.y + r * sin(a))
        }
    }
    switch family {
    case .collinear:
        return line(count: stream.integer(3...40), width: 0, even: false)
    case .nearLine:
        return line(count: stream.integer(3...40), width: pow(10, -4 + stream.unit() * 6), even: false)
    case .evenLine:
        return line(count: stream.integer(3...40), width: 0, even: true)
    case .duplicates:
        let distinct = blob(count: stream.integer(1...4), radius: length, at: .init(x: 0, y: 0))
        return (0..<stream.integer(2...30)).map { _ in distinct[stream.integer(0...distinct.count - 1)] }
    case .twoGroups, .threeGroups:
        let groups = family == .twoGroups ? 2 : 3
        let separation = 60_000 + stream.unit() * 540_000
        return (0..<groups).flatMap { group -> [Coordinate] in
            let centre = Coordinate(x: Double(group) * separation * ux, y: Double(group) * separation * uy + stream.unit() * 50_000)
            let count = stream.integer(1...15)
            return stream.unit() < 0.5
                ? blob(count: count, radius: 500 + stream.unit() * 15_000, at: centre)
                : line(count: count, width: stream.unit() < 0.5 ? 0 : 1, even: false, from: centre)
        }
    case .oneOrTwo:
        return blob(count: stream.integer(1...2), radius: length, at: .init(x: 0, y: 0))
    case .tail:
        return blob(count: stream.integer(3...25), radius: 300 + stream.unit() * 10_000, at: .init(x: -length / 2 * ux, y: -length / 2 * uy))
            + line(count: stream.integer(2...25), width: pow(10, -3 + stream.unit() * 5), even: false)
    }
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(message())") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var stream = ByteStream(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    let planar = pointSet(&stream)
    let concavity = [0, 0.1, 0.3, 0.5, 1][stream.integer(0...4)]
    let bufferKilometres = 0.1 + stream.unit() * 30
    let keepOutliers = stream.unit() < 0.25
    let centre = Coordinate(longitude: 27 + stream.unit() * 16, latitude: 37 + stream.unit() * 4)

    // 1. In the projection's frame, exactly as generated: every kept firm lies in the hull at the chosen
    //    concavity (so inside the geography at any buffer), and the buffered hull has an area.
    let parameters = GeographyParameters(concavity: concavity, bufferKilometres: bufferKilometres, keepOutliers: keepOutliers)
    do {
        let context = try GeometryContext()
        let frame = try PlanarHullBuffer(firms: planar, parameters: parameters, context: context)
        let keptPoints = frame.kept.map { planar[$0] }
        check(!keptPoints.isEmpty, "no firm kept of \(planar.count)")
        let hull = try frame.input.hull(concavity: concavity)
        let distances = try HullDistances.metres(from: keptPoints, to: hull.geometry, context: context)
        check(distances.allSatisfy { $0 <= 1e-3 }, "a kept firm outside the hull at concavity \(concavity): \(distances.max() ?? 0) m")
        let area = try hull.buffered(metres: bufferKilometres * 1000).area()
        check(area.isFinite && area > 0, "buffered area \(area) at concavity \(concavity)")
    } catch {
        fatalError("planar hull failed: \(error)")
    }

    // 2. One set in 64 through the whole builder, from longitude, latitude (a PROJ transformer costs about
    //    20 ms, so every set would take hours): every firm that is not an outlier is inside the geography.
    guard stream.unit() < 1.0 / 64 else { return 0 }
    let metresPerDegree = 111_320.0
    let firms = planar.enumerated().map { index, point in
        Member(id: "F\(index)", name: "F\(index)", type: .firm,
               location: Coordinate(longitude: centre.x + point.x / (metresPerDegree * cos(centre.y * .pi / 180)),
                                    latitude: centre.y + point.y / metresPerDegree))
    }
    do {
        let geography = try HullBufferBuilder(parameters: parameters).build(firms: firms, members: firms, source: "fuzz")
        check(geography.areaSquareKilometres.isFinite && geography.areaSquareKilometres > 0, "area \(geography.areaSquareKilometres)")
        for id in geography.firmsUsed {
            check(geography.placements[id]?.inside == true, "kept firm \(id) outside: \(String(describing: geography.placements[id]))")
        }
        check(geography.parts >= 1 && !geography.polygons.isEmpty, "no polygon")
    } catch {
        fatalError("builder failed: \(error)")
    }
    return 0
}
