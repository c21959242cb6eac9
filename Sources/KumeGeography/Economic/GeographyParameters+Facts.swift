extension GeographyParameters {
    /// The parameters as the outputs record them, in order.
    var facts: [GeographyFacts.Parameter] {
        [
            .init(name: "concavity", value: .number(concavity)),
            .init(name: "buffer_km", value: .number(bufferKilometres)),
            .init(name: "keep_outliers", value: .flag(keepOutliers)),
            .init(name: "outlier_rule", value: .text(outlierRule.summary), valueTR: outlierRule.summaryTR),
            .init(name: "group_distance_km", value: .number(groupDistanceKilometres)),
        ]
    }
}
