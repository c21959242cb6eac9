import Foundation
import KumeGeo
import Testing
@testable import KumeGeography

/// Each branch of `knn-fence`: limit = max(Q3 + 3·IQR, 2·Q3, 10 km) over the distances to the 3rd nearest
/// firm, applied from 8 firms. Points are planar, in metres; every expected limit is worked out in the test.
@Suite("OutlierRule")
struct OutlierRuleTests {
    let rule = OutlierRule()

    /// The four corners of a square whose diagonal is `diagonalKilometres`, centred at (`x`, `y`) km: each
    /// corner's 3rd nearest neighbour within the square is the opposite corner, at the diagonal.
    func square(diagonalKilometres d: Double, x: Double, y: Double) -> [Coordinate] {
        let h = d * 1000 / 2 / 2.squareRoot()
        return [(-h, -h), (h, -h), (h, h), (-h, h)].map { Coordinate(x: x * 1000 + $0.0, y: y * 1000 + $0.1) }
    }

    /// A point east of a square's centre whose 3rd nearest corner is `kilometres` away: with half-side h and
    /// offset c, the two far corners are at √((c + h)² + h²), so c = √(k² − h²) − h.
    func pointEast(ofSquareWithDiagonal d: Double, x: Double, y: Double, thirdNeighbourKilometres k: Double) -> Coordinate {
        let h = d * 1000 / 2 / 2.squareRoot()
        let c = ((k * 1000) * (k * 1000) - h * h).squareRoot() - h
        return Coordinate(x: x * 1000 + c, y: y * 1000)
    }

    @Test("With 7 firms nobody is named, however far; from 8 firms the far one is")
    func minimumFirms() {
        let seven = square(diagonalKilometres: 1, x: 0, y: 0) + square(diagonalKilometres: 1, x: 0, y: 3).prefix(2)
            + [Coordinate(x: 200_000, y: 0)]
        #expect(seven.count == 7)
        #expect(rule.outliers(among: seven) == Array(repeating: false, count: 7))
        let eight = square(diagonalKilometres: 1, x: 0, y: 0) + square(diagonalKilometres: 1, x: 0, y: 3).prefix(3)
            + [Coordinate(x: 200_000, y: 0)]
        #expect(rule.outliers(among: eight) == Array(repeating: false, count: 7) + [true])
    }

    @Test("The 10 km floor: in a tight cluster a firm 9 km from its 3rd neighbour stays, at 11 km it is named")
    func floor() {
        // Four squares with 1 km diagonals, 50 km apart: 16 distances of 1 km, Q3 + 3·IQR = 1 km, 2·Q3 = 2 km,
        // so the limit is the floor, 10 km.
        let cluster = (0..<4).flatMap { square(diagonalKilometres: 1, x: Double($0) * 50, y: 0) }
        let near = cluster + [pointEast(ofSquareWithDiagonal: 1, x: 150, y: 0, thirdNeighbourKilometres: 9)]
        #expect(rule.outliers(among: near).last == false)
        let far = cluster + [pointEast(ofSquareWithDiagonal: 1, x: 150, y: 0, thirdNeighbourKilometres: 11)]
        #expect(rule.outliers(among: far).last == true)
        #expect(rule.outliers(among: far).dropLast().allSatisfy { !$0 })
    }

    @Test("The fence: with distances of 2, 4, 8 and 12 km the limit is Q3 + 3·IQR = 36 km")
    func fence() {
        // 16 distances (four each of 2, 4, 8, 12 km) and the tested firm's, 17 in all. R's type-7 quartiles:
        // Q1 = sorted[4] = 4 km, Q3 = sorted[12] = 12 km; IQR = 8 km, so Q3 + 3·IQR = 36 km, above 2·Q3 = 24 km
        // and the 10 km floor.
        let cluster = [2.0, 4, 8, 12].enumerated().flatMap { index, d in square(diagonalKilometres: d, x: Double(index) * 200, y: 0) }
        let inside = cluster + [pointEast(ofSquareWithDiagonal: 12, x: 600, y: 0, thirdNeighbourKilometres: 35)]
        #expect(rule.outliers(among: inside).allSatisfy { !$0 })
        let outside = cluster + [pointEast(ofSquareWithDiagonal: 12, x: 600, y: 0, thirdNeighbourKilometres: 37)]
        #expect(rule.outliers(among: outside) == Array(repeating: false, count: 16) + [true])
    }

    @Test("The spread floor: the ends of an evenly spaced line are not named; a firm beyond twice Q3 is")
    func spreadFloor() {
        // 25 firms 10 km apart: the 3rd neighbour is 20 km away for all but the two ends (30 km). Q1 = Q3 = 20 km,
        // IQR = 0, so Q3 + 3·IQR = 20 km would name the ends; 2·Q3 = 40 km does not.
        let line = (0..<25).map { Coordinate(x: Double($0) * 10_000, y: 0) }
        #expect(rule.outliers(among: line).allSatisfy { !$0 })
        // A 26th firm 45 km beyond the end: its 3rd neighbour is 45 + 20 = 65 km away, over 2·Q3 = 40 km.
        let beyond = line + [Coordinate(x: 240_000 + 45_000, y: 0)]
        #expect(rule.outliers(among: beyond) == Array(repeating: false, count: 25) + [true])
    }

    @Test("Firms at one point are never outliers")
    func duplicates() {
        let points = Array(repeating: Coordinate(x: 5, y: 5), count: 12)
        #expect(rule.outliers(among: points).allSatisfy { !$0 })
    }
}
