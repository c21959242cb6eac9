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

    @Option(name: .customLong("min-share"), help: "The share of the firms (0–1] a province must hold to count for the chamber rule and, with --geography provinces, to be part of the geography (default 0.1).")
    var minShareOption: Double?

    @Option(name: .customLong("concavity"), help: "hull-buffer: concave-hull ratio: 1 is the convex hull, 0 the most concave (default \(GeographyParameters.evaluation.concavity)).")
    var concavityOption: Double?

    @Option(name: .customLong("buffer-km"), help: "hull-buffer: buffer around the hull, in kilometres (default \(NumberText.plain(GeographyParameters.evaluation.bufferKilometres))).")
    var bufferKilometresOption: Double?

    @Flag(help: "hull-buffer: keep spatial outliers in the hull (they are reported either way).")
    var keepOutliers = false

    @Option(name: .customLong("declared-geography"), help: "The economic geography the application declares: provinces or Province/District names separated by commas (\"Manisa\", \"Bursa/Gemlik,Bursa/Nilüfer\"), or a text file of them (one or more per line, # comments). check reads the chamber and university rules against it and reports how the firms fit it; geography draws it. District names need the district polygons.")
    var declaredGeographyOption: String?

    /// The declaration given to `--declared-geography`, matched against the province and district tables.
    /// - Throws: ``InputError`` (exit 2) for an unknown name, with the nearest known one.
    func declaredGeography() throws -> DeclaredGeography? {
        try declaredGeographyOption.map { try DeclaredGeography.read($0, option: "--declared-geography") }
    }

    var minShare: Double { minShareOption ?? 0.1 }
    var concavity: Double { concavityOption ?? GeographyParameters.evaluation.concavity }
    var bufferKilometres: Double { bufferKilometresOption ?? GeographyParameters.evaluation.bufferKilometres }

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
        switch method {
        case .hullBuffer:
            break
        case .provinces:
            if concavityOption != nil || bufferKilometresOption != nil || keepOutliers {
                throw ValidationError("'--concavity', '--buffer-km' and '--keep-outliers' are for the hull-buffer geography; --geography provinces takes --min-share")
            }
        }
        guard minShare > 0, minShare <= 1 else {
            throw ValidationError("'--min-share \(minShare)' must be above 0 and at most 1: use e.g. 0.1")
        }
        do {
            try parameters.validate()
        } catch {
            throw ValidationError("\(Setting.flagged(error)) (use --concavity 0…1 and --buffer-km above 0)")
        }
    }
}
