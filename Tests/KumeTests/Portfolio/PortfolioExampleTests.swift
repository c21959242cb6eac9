import Foundation
import KumeData
import Testing
@testable import Kume

/// The bundled portfolio `data/examples/portfolio` (six synthetic clusters, 2021–2023), with every
/// indicator worked out by hand, programme-wide and per cluster, for every year.
///
/// The hand count (see also data/examples/README.md):
/// - Coordinating bodies: the five accredited coordinators; Kayseri's is not accredited (0 there).
/// - Active universities: Bursa Uludağ Üniversitesi is in three clusters as "Bursa Uludağ Üniversitesi",
///   "Uludağ Üniv." and "T.C. Bursa Uludağ Üniversitesi Rektörlüğü" — one entity; with Bursa Teknik,
///   Eskişehir Teknik, Konya Teknik and Erciyes that is 5 (Anadolu is not active). Per cluster: rail has
///   Uludağ and Bursa Teknik (2), every other cluster 1.
/// - Active firms: automotive 2 (Farba says active no, Beyçelik did not commit), textile 2 (İpek Örme is
///   not active), the others 3 each: 16 records, but Ermetal is in automotive and rail under two spellings
///   with one tax number, so 15; the two Yıldız Kalıp firms have different tax numbers and stay two.
/// - Firms with more cooperation: 2021 {Ermetal, Coşkunöz, Durmazlar, TEI} = 4; 2022 {Ermetal (in two
///   clusters), Karsu, Yıldız Kalıp ×2} = 4 (Alp's row says no); 2023 {Coşkunöz, Karsu, Korteks, TEI, Alp,
///   Eskişehir Kalıp, İstikbal} = 7 (Bursa TSO is a chamber, not a firm).
/// - Shared facilities: the test centre (automotive, 2021), the composite workshop (aviation, 2022), the
///   casting laboratory (Konya, 2023, no users yet): 1, 2, 3.
/// - Their users, cumulative: 2021 {Coşkunöz}; 2022 + Durmazlar (a rail firm, so the automotive facility's)
///   + Ermetal + TEI (composite) = 4; 2023 + Alp = 5 (TEI also uses the test centre, still one firm;
///   ERMETAL's rail row is Ermetal again; Eskişehir Teknik is a university). The test centre's users are
///   automotive's: 1, 3, 4.
/// - New products: 2021 2 + 1 = 3; 2022 Ermetal 3 (automotive) and 2 (rail) count once as 3, + Tümosan 4 +
///   İstikbal 0 = 7; 2023 Korteks 5 + İstikbal 2 + Erciyes 1 + Ermetal 1 (in both clusters, once) = 9.
@Suite("Portfolio example")
struct PortfolioExampleTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/examples/portfolio")

    /// [scope: [year: [coordinating bodies, active universities, active firms, firms with more cooperation,
    /// shared facilities, facility users, new products]]], worked out by hand above.
    static let expected: [String: [Int: [Int]]] = [
        "programme": [2021: [5, 5, 15, 4, 1, 1, 3], 2022: [5, 5, 15, 4, 2, 4, 7], 2023: [5, 5, 15, 7, 3, 5, 9]],
        "bursa-automotive": [2021: [1, 1, 2, 2, 1, 1, 2], 2022: [1, 1, 2, 1, 1, 3, 3], 2023: [1, 1, 2, 1, 1, 4, 1]],
        "bursa-rail": [2021: [1, 2, 3, 1, 0, 0, 0], 2022: [1, 2, 3, 1, 0, 0, 2], 2023: [1, 2, 3, 0, 0, 0, 1]],
        "bursa-textile": [2021: [1, 1, 2, 0, 0, 0, 0], 2022: [1, 1, 2, 1, 0, 0, 0], 2023: [1, 1, 2, 2, 0, 0, 5]],
        "eskisehir-aviation": [2021: [1, 1, 3, 1, 0, 0, 1], 2022: [1, 1, 3, 0, 1, 1, 0], 2023: [1, 1, 3, 3, 1, 2, 0]],
        "kayseri-furniture": [2021: [0, 1, 3, 0, 0, 0, 0], 2022: [0, 1, 3, 1, 0, 0, 0], 2023: [0, 1, 3, 1, 0, 0, 3]],
        "konya-machinery": [2021: [1, 1, 3, 0, 0, 0, 0], 2022: [1, 1, 3, 1, 0, 0, 4], 2023: [1, 1, 3, 0, 1, 0, 0]],
    ]

    static func review(year: Int?) async throws -> PortfolioReview {
        let clusters = try await PortfolioFolder.clusters(in: folder.path)
        let table = try MonitoringTableReader.read(path: folder.appendingPathComponent("monitoring.csv").path)
        return try await PortfolioReview.make(clusters: clusters, monitoring: table, year: year)
    }

    @Test("Every indicator equals the hand value for every year, programme-wide and per cluster", arguments: [2021, 2022, 2023])
    func indicators(year: Int) async throws {
        let review = try await Self.review(year: year)
        #expect(review.year == year)
        #expect(review.clusters.map(\.name) == ["bursa-automotive", "bursa-rail", "bursa-textile", "eskisehir-aviation",
                                               "kayseri-furniture", "konya-machinery"])
        let scopes = [("programme", review.indicators, review.change)]
            + review.clusters.map { ($0.name, $0.indicators, $0.change) }
        for (scope, indicators, change) in scopes {
            let hand = try #require(Self.expected[scope]?[year])
            #expect(PortfolioIndicator.allCases.map { indicators[$0] } == hand, "\(scope) \(year)")
            // The change from the year before: unknown for the rosters' indicators, and for 2021, the
            // table's first year; otherwise the difference of the hand values.
            let before = Self.expected[scope]?[year - 1]
            let handChange = PortfolioIndicator.allCases.enumerated().map { position, indicator in
                indicator.isFromRosters ? nil : before.map { hand[position] - $0[position] }
            }
            #expect(PortfolioIndicator.allCases.map { change[$0] } == handChange, "\(scope) \(year) change")
        }
    }

    @Test("The default year is the table's latest, 2023")
    func defaultYear() async throws {
        #expect(try await Self.review(year: nil).year == 2023)
    }

    @Test("Ermetal's two spellings merge by tax number, Uludağ's three by name; the two Yıldız Kalıp firms are a near-miss")
    func entities() async throws {
        let matching = try await Self.review(year: 2023).matching
        #expect(matching.records.count == 34)
        #expect(matching.entityCount == 31)
        let merges = matching.merges.map { "\($0.rule.rawValue) \(matching.records[$0.first].reference)=\(matching.records[$0.second].reference)" }
        #expect(merges == ["tax_id bursa-automotive/F01=bursa-rail/F01", "name bursa-automotive/U01=bursa-rail/U01",
                           "name bursa-automotive/U01=bursa-textile/U01"])
        let misses = matching.nearMisses.map { "\($0.reason.rawValue) \(matching.records[$0.first].reference)≠\(matching.records[$0.second].reference)" }
        #expect(misses == ["different_tax_ids kayseri-furniture/F01≠konya-machinery/F01"])
    }

    @Test("The warnings name the coordinator not accredited, the rows that count nothing and the products reported twice")
    func warnings() async throws {
        let messages = try await Self.review(year: 2023).warnings.map(\.message)
        #expect(messages == [
            "kayseri-furniture's coordinating body Kayseri Mobilya Kümelenme Derneği (K01) is not accredited: not counted among the accredited coordinating bodies",
            "bursa-textile/C01 (Bursa Ticaret ve Sanayi Odası) is a chamber_of_commerce_and_industry, not a firm: not counted among the firms that raised their cooperation",
            "eskisehir-aviation/U01 (Eskişehir Teknik Üniversitesi) is a university, not a firm: not counted among the firms using shared facilities",
            "Ermetal Otomotiv ve Eşya San. Tic. A.Ş. reported products more than once in 2023 (1 under bursa-automotive, 1 under bursa-rail): counted once, at the largest (1)",
        ])
    }
}

@Suite("PortfolioReport")
struct PortfolioReportTests {
    @Test("The HTML page of the example fetches nothing and draws every cluster's geography")
    func html() async throws {
        let clusters = try await PortfolioFolder.clusters(in: PortfolioExampleTests.folder.path)
        let review = try await PortfolioExampleTests.review(year: 2023)
        let geographies = try await PortfolioMap.geographies(clusters)
        #expect(geographies.allSatisfy { $0 != nil })
        let document = try PortfolioReport.htmlDocument(review, geographies: geographies)
        #expect(document.fetchedReferences.isEmpty)
        let page = try document.render()
        // One hatched area and one point per cluster (labels that would overlap are left out by the map).
        for cluster in review.clusters {
            #expect(page.contains("data-id=\"\(cluster.name)\""), "\(cluster.name)")
            #expect(page.contains("data-id=\"\(cluster.name)-point\""), "\(cluster.name)")
        }
        #expect(page.contains(">konya-machinery</text>"))
        #expect(page.contains("<td class=\"number\">1 (+1)</td>"))  // Konya's shared facilities, 0 in 2022
    }

    @Test("CSV and JSON agree with the review: the programme first, then the clusters in name order")
    func csvAndJSON() async throws {
        let review = try await PortfolioExampleTests.review(year: 2022)
        let csv = PortfolioReport.csv(review).split(separator: "\n")
        #expect(csv[1] == "programme,,2022,5,5,15,4,2,4,7,,,,0,1,3,4")
        #expect(csv[7] == "cluster,konya-machinery,2022,1,1,3,1,0,0,4,,,,1,0,0,4")
        let json = PortfolioReport.json(review, pretty: false)
        #expect(json.hasPrefix("{\"year\":2022,\"previous_year\":2021,\"monitoring\":{\"file\":"))
        #expect(json.contains("\"indicators\":{\"coordinating_bodies\":5,\"active_universities\":5,\"active_firms\":15,\"firms_more_cooperation\":4,\"shared_facilities\":2,\"facility_users\":4,\"new_products\":7},\"change\":{\"coordinating_bodies\":null,\"active_universities\":null,\"active_firms\":null,\"firms_more_cooperation\":0,\"shared_facilities\":1,\"facility_users\":3,\"new_products\":4}"))
    }
}
