import ArgumentParser
import Foundation
import Kume

/// `kume related`: the sectors × sectors relatedness of a regions × sectors matrix, or one sector's top related.
struct Related: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Relatedness between sectors from their co-location across regions.",
        discussion: """
            Without --sector, writes the sectors × sectors matrix as CSV (to -o FILE or standard output). \
            With --sector S, lists the sectors most related to S, each with the number of regions where \
            both have a location quotient ≥ 1 (the regions the value rests on); a warning says when the \
            matrix has too few regions or too sparse a presence for co-location to say much. With --portfolio A,B,…, lists every other \
            sector's relatedness density to that cluster portfolio (100 · its relatedness to the portfolio over \
            its relatedness to all sectors). Methods: proximity (Hidalgo et al. 2007: \
            min of the conditional probabilities of RCA ≥ 1), prob, association, cosine, jaccard \
            (EconGeo's normalisations of co-occurrence), correlation (Pearson correlation of location \
            quotients across regions, Delgado, Porter & Stern 2016).
            """
    )

    @OptionGroup var input: MatrixInputOptions

    @Option(help: "How relatedness is measured.")
    var method: RelatedSectors.Method = .proximity

    @Option(help: "List the sectors most related to this sector label.")
    var sector: String?

    @Option(help: "Comma-separated sectors of a cluster: list every other sector's relatedness density (0–100) to them.")
    var portfolio: String?

    @Option(help: "With --sector or --portfolio, list only the first N.")
    var top: Int?

    @Option(help: "Output format of a --sector or --portfolio list (the matrix itself is always CSV).")
    var format: MeasureTable.Format?

    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        try input.requireInput()
        if format != nil, sector == nil, portfolio == nil {
            throw ValidationError("--format applies to a --sector or --portfolio list; the whole matrix is always CSV")
        }
        if top != nil, sector == nil, portfolio == nil {
            throw ValidationError("--top needs --sector or --portfolio; give --sector 29.10 --top 10")
        }
        if sector != nil, portfolio != nil {
            throw ValidationError("give either --sector or --portfolio, not both")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1; give --top 10, for example") }
    }

    func run() async throws {
        let matrix = try await input.loadMatrix()
        if let sector, matrix.sectorIndex(of: sector) == nil {
            throw ValidationError("sector \"\(sector)\" is not in \(input.matrix ?? "the matrix"); use one of its sector labels")
        }
        let related = RelatedSectors.matrix(matrix, method: method)
        let support = RelatednessSupport(matrix)
        for warning in support.warnings { StandardError.line("warning: \(warning)") }
        let text: String
        if let portfolio {
            let members = portfolio.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            for member in members where matrix.sectorIndex(of: member) == nil {
                throw ValidationError("portfolio sector \"\(member)\" is not in the matrix; use its sector labels")
            }
            text = try RelatedSectors.portfolio(members, in: related, top: top).rendered(format ?? .table)
        } else if let sector {
            text = try RelatedSectors.top(sector, in: related, support: support, top: top).rendered(format ?? .table)
        } else {
            text = related.csvText()
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        try AtomicFile.write(text, to: output)
    }
}

extension RelatedSectors.Method: ExpressibleByArgument {}
