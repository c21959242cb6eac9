import KumeGeo

/// The steps of the `hull-buffer` geography that happen in the local projection (metres): the outliers
/// named, the kept firms grouped and prepared (``HullInput``), and a hull at any concavity. Built once per
/// roster, so that the geography and every reading of the robustness grid share the outliers, the groups
/// and the triangulation checks; ``HullBufferBuilder`` adds the projection around it.
struct PlanarHullBuffer {
    /// Per firm: named an outlier by the rule.
    let outliers: [Bool]
    /// The firms the hull is built from (indices into the firms' points).
    let kept: [Int]
    /// The kept firms, grouped and prepared.
    let input: HullInput

    /// Names outliers among `firms` and prepares the kept firms' groups.
    /// - Parameters:
    ///   - firms: The firms' points in the local projection, metres.
    ///   - parameters: The outlier rule, whether outliers are kept, and the group distance (the concavity and
    ///     the buffer are chosen per hull).
    ///   - context: The GEOS context every geometry lives in.
    /// - Throws: ``GeometryError`` when GEOS fails.
    init(firms: [Coordinate], parameters: GeographyParameters, context: GeometryContext) throws {
        let flags = parameters.outlierRule.outliers(among: firms)
        let keptIndices = firms.indices.filter { parameters.keepOutliers || !flags[$0] }
        outliers = flags
        kept = keptIndices
        input = try HullInput(
            points: keptIndices.map { firms[$0] }, groupDistanceMetres: parameters.groupDistanceKilometres * 1000,
            context: context)
    }

    /// The note that the firms form separate groups, when they do.
    func groupNote(distanceKilometres: Double) -> GeographyNote? {
        input.groups.count > 1
            ? .separateGroups(firmsPerGroup: input.groups.map(\.firms.count), distanceKilometres: distanceKilometres)
            : nil
    }
}
