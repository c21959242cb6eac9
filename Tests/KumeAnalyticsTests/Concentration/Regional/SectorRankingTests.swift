import KumeAnalytics
import Testing

@Suite("SectorRanking")
struct SectorRankingTests {
    /// Two regions × three sectors, values chosen so the measures are easy by hand.
    static func small() throws -> RegionSectorMatrix {
        // Totals: regions 10 and 30 (grand 40); sectors A 10, B 10, C 20.
        try RegionSectorMatrix(regions: ["r1", "r2"], sectors: ["A", "B", "C"], rows: [[8, 2, 0], [2, 8, 20]])
    }

    /// The ranking `kume rank` makes of ``small()``: an aggregated table (no firm counts), no thresholds.
    static func ranking(_ measure: SectorRanking.Measure, top: Int? = nil) throws -> MeasureTable {
        let input = SectorRanking.Input(matrix: try small(), valuesAreEmployment: false)
        let settings = SectorRanking.Settings(minimumFirms: 0, minimumEmployment: 0, top: top)
        return try SectorRanking.table(input, measure: measure, settings: settings).table
    }

    @Test("LQ ranks region × sector pairs with a value, highest first")
    func lqRanking() throws {
        // LQ(r1, A) = (8/10)/(10/40) = 3.2; LQ(r2, C) = (20/30)/(20/40) = 4/3; LQ(r2, B) = (8/30)/(10/40) = 16/15;
        // LQ(r1, B) = (2/10)/(10/40) = 0.8; LQ(r2, A) = (2/30)/(10/40) = 4/15. (r1, C) is 0 and left out.
        let table = try Self.ranking(.lq, top: 3)
        // A, B and C are also NACE Rev.2 sections, so the ranking names them in a `name` column.
        #expect(table.header == ["region", "sector", "name", "lq", "value"])
        #expect(table.rows.count == 3)
        #expect(table.rows[0][0] == .text("r1") && table.rows[0][1] == .text("A"))
        #expect(table.rows[1][0] == .text("r2") && table.rows[1][1] == .text("C"))
        #expect(table.rows[2][1] == .text("B"))
        if case .number(let lq) = table.rows[0][3] { #expect(abs(lq - 3.2) < 1e-12) } else { Issue.record("no LQ") }
    }

    @Test("Herfindahl ranks the sector in a single region first")
    func herfindahlRanking() throws {
        // A: 0.8² + 0.2² = 0.68; B: 0.68; C: 1. C first, then A and B in input order.
        let table = try Self.ranking(.herfindahl)
        #expect(table.rows.map { $0[0] } == [.text("C"), .text("A"), .text("B")])
    }

    @Test("Tables render as CSV, JSON and aligned text")
    func rendering() {
        let table = MeasureTable(header: ["sector", "value"], rows: [[.text("29.10"), .number(0.5)], [.text("a,b"), .number(.nan)]])
        #expect(table.rendered(.csv) == "sector,value\n29.10,0.5\n\"a,b\",NaN\n")
        #expect(table.rendered(.json) == "[\n  {\"sector\":\"29.10\",\"value\":0.5},\n  {\"sector\":\"a,b\",\"value\":null}\n]\n")
        #expect(table.rendered(.table) == "sector     value\n29.10   0.500000\na,b          NaN\n")
    }

    @Test("A related-sector list leaves the sector out and orders by relatedness")
    func relatedTop() throws {
        let labels = ["a", "b", "c"]
        let r = try LabeledMatrix(rows: labels, columns: labels, values: [1, 0.2, 0.7, 0.2, 1, 0.1, 0.7, 0.1, 1])
        let top = try RelatedSectors.top("a", in: r, top: 5)
        #expect(top.rows.map { $0[0] } == [.text("c"), .text("b")])
        #expect(throws: RegionalMeasureError.unknownLabel("z")) { try RelatedSectors.top("z", in: r) }
    }

    @Test("A byte-order mark, tab delimiter and quoted labels are read")
    func readerVariants() throws {
        let text = "\u{FEFF}Region\tNACE\tFirms\n\"Kahramanmaraş\"\t13.10\t4\nBursa\t\"13.10\"\t2\n"
        let result = try RegionSectorTableReader.read(text: text, file: "x.tsv")
        #expect(result.matrix.regions == ["Kahramanmaraş", "Bursa"])
        #expect(result.matrix.values == [4, 2])
    }

    @Test("A portfolio table lists the other sectors by their density to the portfolio")
    func portfolioTable() throws {
        // Relatedness columns: c is 0.7 to a, 0.1 to b (total 0.8) → 100 · 0.7 / 0.8 = 87.5 to {a};
        // b is 0.2 to a, 0.1 to c (total 0.3) → 100 · 0.2 / 0.3 = 66.67.
        let labels = ["a", "b", "c"]
        let r = try LabeledMatrix(rows: labels, columns: labels, values: [0, 0.2, 0.7, 0.2, 0, 0.1, 0.7, 0.1, 0])
        let table = try RelatedSectors.portfolio(["a"], in: r)
        #expect(table.rows.map { $0[0] } == [.text("c"), .text("b")])
        if case .number(let d) = table.rows[0][1] { #expect(abs(d - 87.5) < 1e-12) } else { Issue.record("no density") }
        if case .number(let d) = table.rows[1][1] { #expect(abs(d - 200.0 / 3) < 1e-12) } else { Issue.record("no density") }
    }
}

@Suite("SectorRanking with minimum counts, names and star ratings")
struct SectorRankingRequestTests {
    /// Ten regions × two sectors (29 and 13). Region totals: r0 200, r1–r9 100 each (grand 1100); sector 29:
    /// 150 in r0 and 10 in each other region (240); sector 13: 50 in r0, 90 in each other (860).
    static func input() throws -> SectorRanking.Input {
        let regions = (0..<10).map { "r\($0)" }
        let values = [[150.0, 50]] + Array(repeating: [10.0, 90], count: 9)
        let firms = [[12.0, 3]] + Array(repeating: [2.0, 20], count: 9)
        return SectorRanking.Input(
            matrix: try RegionSectorMatrix(regions: regions, sectors: ["29", "13"], rows: values),
            firmCounts: try RegionSectorMatrix(regions: regions, sectors: ["29", "13"], rows: firms))
    }

    /// (r0, 29): LQ = (150/200)/(240/1100) = 3.4375 ≥ 2; largest employment of 29 (top ⌈0.1·10⌉ = 1 region);
    /// largest share of its region (0.75): three stars. (r0, 13) has 3 firms (< 10) and the nine (rk, 29)
    /// 2 firms: left out. The nine (rk, 13) have LQ (90/100)/(860/1100) = 1.151 (no specialisation star), and
    /// 90 employees and a share of 0.9 that no region exceeds (ties share the top place): size and focus,
    /// two stars each, after r0.
    @Test("A star rating by hand: size, specialisation and focus, with the minimum firms")
    func stars() throws {
        let (table, leftOut) = try SectorRanking.table(try Self.input(), measure: .stars,
                                                       settings: SectorRanking.Settings(minimumEmployment: 0))
        #expect(table.header == ["region", "sector", "name", "stars", "size", "specialisation", "focus", "lq", "firms", "value"])
        try #require(table.rows.count == 10)
        #expect(table.rows[0][0] == .text("r0") && table.rows[0][1] == .text("29"))
        #expect(table.rows.dropFirst().allSatisfy { $0[1] == .text("13") && $0[3] == .number(2) && $0[4] == .text("yes")
            && $0[5] == .text("no") && $0[6] == .text("yes") })
        #expect(table.rows[0][2] == .text("Manufacture of motor vehicles, trailers and semi-trailers"))
        #expect(table.rows[0][3] == .number(3))
        if case .number(let lq) = table.rows[0][7] { #expect(abs(lq - 3.4375) < 1e-12) } else { Issue.record("no LQ") }
        #expect(table.rows[0][8] == .number(12))
        #expect(leftOut == 10) // (r0, 13) and the nine 2-firm cells of 29
    }

    @Test("LQ rows carry the firm count; cells below the minimum firms or employment are left out")
    func lqMinimums() throws {
        let (table, leftOut) = try SectorRanking.table(try Self.input(), measure: .lq, settings: SectorRanking.Settings())
        // Kept: (r0, 29) with 12 firms and 150 employees; (rk, 13) have 20 firms but 90 < 100 employees.
        #expect(table.rows.count == 1)
        #expect(leftOut == 19)
        #expect(table.header.contains("firms"))
        let sector = try SectorRanking.table(try Self.input(), measure: .lq,
                                             settings: SectorRanking.Settings(minimumEmployment: 0, sector: "13"))
        #expect(sector.table.rows.count == 9)
        #expect(sector.table.rows.allSatisfy { $0[1] == .text("13") })
    }

    @Test("Measure names are read in any letter case")
    func caseInsensitive() {
        #expect(SectorRanking.Measure(name: "LQ") == .lq)
        #expect(SectorRanking.Measure(name: "Locational-Gini") == .locationalGini)
        #expect(SectorRanking.Measure(name: "EG") == .eg)
        #expect(SectorRanking.Measure(name: "stars") == .stars)
    }
}
