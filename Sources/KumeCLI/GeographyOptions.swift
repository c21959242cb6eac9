import ArgumentParser
import Kume

/// The options of the `hull-buffer` economic geography, shared by `check` and `geography`.
struct GeographyOptions: ParsableArguments {
    /// The methods a user can name.
    enum Method: String, ExpressibleByArgument, CaseIterable {
        case hullBuffer = "hull-buffer", provinces
    }

    @Option(name: .customLong("geography"), help: "How to draw the economic geography: hull-buffer, or provinces (needs the district polygons).")
    var method: Method = .hullBuffer

    @Option(help: "provinces: the share of the firms (0–1] a province must hold to be included.")
    var minShare: Double = 0.1

    @Option(help: "Concave-hull ratio: 1 is the convex hull, 0 the most concave.")
    var concavity: Double = GeographyParameters().concavity

    @Option(name: .customLong("buffer-km"), help: "Buffer around the hull, in kilometres.")
    var bufferKilometres: Double = GeographyParameters().bufferKilometres

    @Flag(help: "Keep spatial outliers in the hull (they are reported either way).")
    var keepOutliers = false

    var parameters: GeographyParameters {
        GeographyParameters(concavity: concavity, bufferKilometres: bufferKilometres, keepOutliers: keepOutliers)
    }

    /// The chosen method with its parameters.
    var geographyMethod: GeographyMethod {
        switch method {
        case .hullBuffer: .hullBuffer(parameters)
        case .provinces: .provinces(minimumShare: minShare)
        }
    }

    func validate() throws {
        guard minShare > 0, minShare <= 1 else {
            throw ValidationError("'--min-share \(minShare)' must be above 0 and at most 1: use e.g. 0.1")
        }
        do {
            try parameters.validate()
        } catch {
            throw ValidationError("\(error) (use --concavity 0…1 and --buffer-km above 0)")
        }
    }
}
