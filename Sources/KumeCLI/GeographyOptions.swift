import ArgumentParser
import Kume

/// The options of the `hull-buffer` economic geography, shared by `check` and `geography`.
struct GeographyOptions: ParsableArguments {
    @Option(help: "Concave-hull ratio: 1 is the convex hull, 0 the most concave.")
    var concavity: Double = GeographyParameters().concavity

    @Option(name: .customLong("buffer-km"), help: "Buffer around the hull, in kilometres.")
    var bufferKilometres: Double = GeographyParameters().bufferKilometres

    @Flag(help: "Keep spatial outliers in the hull (they are reported either way).")
    var keepOutliers = false

    var parameters: GeographyParameters {
        GeographyParameters(concavity: concavity, bufferKilometres: bufferKilometres, keepOutliers: keepOutliers)
    }

    func validate() throws {
        do {
            try parameters.validate()
        } catch {
            throw ValidationError("\(error) (use --concavity 0…1 and --buffer-km above 0)")
        }
    }
}
