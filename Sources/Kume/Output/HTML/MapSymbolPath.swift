import Foundation

extension MapSymbol.Shape {
    /// SVG path data of the shape centred on (0, 0), `size` pixels across.
    func pathData(size: Double) -> String {
        let r = size / 2
        func f(_ v: Double) -> String { SVGNumber.format(v, decimals: 2) }
        switch self {
        case .circle:
            return "M\(f(-r)) 0A\(f(r)) \(f(r)) 0 1 0 \(f(r)) 0A\(f(r)) \(f(r)) 0 1 0 \(f(-r)) 0Z"
        case .square:
            let s = r * 0.9
            return "M\(f(-s)) \(f(-s))H\(f(s))V\(f(s))H\(f(-s))Z"
        case .triangle:
            // Equilateral, pointing up, its centroid on the point.
            let h = r * 1.15
            return "M0 \(f(-h))L\(f(h * 0.866)) \(f(h * 0.5))L\(f(-h * 0.866)) \(f(h * 0.5))Z"
        case .diamond:
            let d = r * 1.15
            return "M0 \(f(-d))L\(f(d)) 0L0 \(f(d))L\(f(-d)) 0Z"
        case .cross:
            // A diagonal cross drawn as one outlined polygon, so "filled" and "hollow" both read.
            let a = r, b = r * 0.3
            let points: [(Double, Double)] = [
                (-a, -a + b), (-a + b, -a), (0, -b), (a - b, -a), (a, -a + b), (b, 0),
                (a, a - b), (a - b, a), (0, b), (-a + b, a), (-a, a - b), (-b, 0),
            ]
            return "M" + points.map { "\(f($0.0)) \(f($0.1))" }.joined(separator: "L") + "Z"
        case .star:
            var points: [String] = []
            for k in 0..<10 {
                let radius = k.isMultiple(of: 2) ? r * 1.2 : r * 0.5
                let angle = Double(k) * .pi / 5 - .pi / 2
                points.append("\(f(radius * cos(angle))) \(f(radius * sin(angle)))")
            }
            return "M" + points.joined(separator: "L") + "Z"
        }
    }
}
