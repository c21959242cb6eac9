import Foundation
import HeadlessChromium
import Kume
import Testing

/// The bundled examples and the district polygons, read once for the report tests.
enum ReportExamples {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }()

    static let examples = repositoryRoot.appendingPathComponent("data/examples")

    /// Every bundled roster and its documented verdict (data/examples/README.md).
    static let rosters: [(file: String, eligible: Bool)] = [
        ("bursa-automotive.csv", true), ("bursa-automotive.geojson", true), ("aksehir-food-tso-only.csv", false),
        ("denizli-textiles-far-university.csv", false), ("kayseri-furniture-19-committed.csv", false),
        ("eskisehir-rail-ineligible-member.csv", false), ("konya-machinery-excel-1254.csv", true),
        ("manisa-white-goods-1254.csv", true),
    ]

    /// The district polygons of `boundaries/` (scripts/test fetches them), read once; nil when absent.
    static let boundaries: AdministrativeBoundaries? = {
        let folder = repositoryRoot.appendingPathComponent("boundaries").path
        guard FileManager.default.fileExists(atPath: folder + "/tur_polbna_adm2.shp") else { return nil }
        return try? AdministrativeBoundaries.loadDistricts(directory: folder)
    }()

    /// The check of a bundled roster, with the polygons when `withBoundaries`.
    static func outcome(_ file: String, withBoundaries: Bool = true) async throws -> ClusterCheck.Outcome {
        let roster = try RosterReader.read(path: examples.appendingPathComponent(file).path)
        var options = ClusterCheck.Options(call: try Call.builtIn(id: "2017-3"))
        options.boundaries = withBoundaries ? boundaries : nil
        return try await ClusterCheck.run(roster, options: options)
    }

    static func page(_ file: String, language: VerdictReport.Language = .english, withBoundaries: Bool = true)
        async throws -> (CheckReportPage, HTMLDocument)
    {
        let path = examples.appendingPathComponent(file).path
        let page = CheckReportPage(
            outcome: try await outcome(file, withBoundaries: withBoundaries),
            boundaries: withBoundaries ? boundaries : nil,
            provenance: try ReportProvenance.of(files: [("roster", path)], arguments: ["check", path, "--format", "html"]),
            language: language)
        return (page, try page.document())
    }
}

extension HTMLInBrowserTests {
    @Suite("CheckReportPage in Chromium")
    struct CheckReportBrowserTests {
        static let polygons = ReportExamples.boundaries != nil

        @Test("Every bundled example's report shows its verdict, every check, every member and the map, offline",
              .enabled(if: polygons, "the district polygons are missing: run scripts/fetch-boundaries"),
              arguments: ReportExamples.rosters)
        func examples(file: String, eligible: Bool) async throws {
            let (page, document) = try await ReportExamples.page(file)
            let verdict = page.outcome.verdict
            #expect(verdict.eligible == eligible)
            try BrowserPageFixture.withPage(document) { browser, _ throws in
                let banner = try browser.evaluate("document.querySelector('[data-section=verdict] .verdict').textContent")
                #expect(banner == .string(eligible ? "ELIGIBLE" : "NOT ELIGIBLE"))
                let checks = try browser.evaluate(
                    "[...document.querySelectorAll('[data-table=checks] tbody tr')].map(r => [r.dataset.id, r.querySelector('[data-status]').dataset.status])")
                #expect(checks == .array(verdict.checks.map { [.string($0.id.rawValue), .string($0.status.rawValue)] }))
                let members = try browser.evaluate(
                    "[...document.querySelectorAll('[data-table=members] tbody tr')].map(r => r.dataset.id)")
                #expect(members == .array(verdict.members.map { .string($0.id) }))
                // The map: one geography, district and province outlines, every drawn member once, furniture.
                #expect(try browser.evaluate("document.querySelectorAll('svg.kume-map [data-layer=economic-geography] path').length") == 1)
                #expect(try browser.evaluate("document.querySelectorAll('svg.kume-map g[data-layer=districts] path').length").integer ?? 0 > 3)
                #expect(try browser.evaluate("document.querySelectorAll('svg.kume-map g[data-layer=provinces] path').length").integer ?? 0 >= 1)
                for role in ["scale-bar", "north-arrow", "legend"] {
                    #expect(try browser.evaluate("document.querySelectorAll('svg.kume-map [data-role=\(role)]').length") == 1, "\(role)")
                }
                let drawn = try browser.evaluate("[...document.querySelectorAll('svg.kume-map g[data-role=features] use')].map(u => u.dataset.id)")
                let outside = Set(verdict.members.filter { ($0.distanceKm ?? 0) > ClusterReportMap.drawnDistanceKm }.map(\.id))
                let located = page.outcome.roster.members.filter { $0.location != nil && !outside.contains($0.id) }.map(\.id)
                #expect(Set(drawn.array?.compactMap(\.string) ?? []) == Set(located))
                #expect(drawn.array?.count == located.count)
                let counted = verdict.members.filter { member in
                    CheckReportPage.isCounted(member, verdict) && !member.outlier && located.contains(member.id)
                }
                #expect(try browser.evaluate("document.querySelectorAll('svg.kume-map g[data-role=features] g[data-layer=firms-counted] use').length").integer == counted.count)
                // Far members are named under the map.
                for id in outside {
                    let named = try browser.evaluate("document.querySelector('[data-note=outside-map]').textContent.includes('(\(id))')")
                    #expect(named == true)
                }
                // Reproduction: the roster's SHA-256 is on the page.
                let digest = try SHA256.hex(ofFile: ReportExamples.examples.appendingPathComponent(file).path)
                #expect(try browser.evaluate("document.querySelector('[data-value=sha256]').textContent") == .string(digest))
                let shot = try browser.screenshot()
                #expect(!shot.isBlank && shot.inkFraction > 0.02, "ink \(shot.inkFraction)")
                let pdf = try browser.printToPDF()
                #expect((2...12).contains(pdf.pageCount), "\(pdf.pageCount) pages")
                #expect(abs(pdf.pageWidthPoints - 595.3) < 2 && abs(pdf.pageHeightPoints - 841.9) < 2)
            }
        }

        @Test("The Turkish report is Turkish throughout: lang tr, the verdict, headings, statuses and legend")
        func turkish() async throws {
            let (_, document) = try await ReportExamples.page("aksehir-food-tso-only.csv", language: .turkish)
            try BrowserPageFixture.withPage(document) { browser, _ throws in
                #expect(try browser.evaluate("document.documentElement.lang") == "tr")
                #expect(try browser.evaluate("document.querySelector('[data-section=verdict] .verdict').textContent") == "UYGUN DEĞİL")
                let headings = try browser.evaluate("[...document.querySelectorAll('h2')].map(h => h.textContent)")
                #expect(headings.array?.contains("Denetimler") == true)
                #expect(headings.array?.contains("Yöntem ve yeniden üretim") == true)
                let statuses = try browser.evaluate("[...document.querySelectorAll('[data-status]')].map(s => s.textContent)")
                #expect(statuses.array?.contains("KALDI") == true)
                // kume's own words (headings, column heads, terms, captions, the map's legend), not the data's.
                let text = try browser.evaluate(
                    "[...document.querySelectorAll('h1, h2, th, dt, caption, figcaption, .note, .banner, [data-role=legend] text')].map(e => e.textContent).join(' | ')").string ?? ""
                for english in ["Checks", "Members", "Warnings", "Legend", "Method and reproduction", "Committed", "Province border"] {
                    #expect(!text.contains(english), "English word on the Turkish page: \(english)")
                }
            }
        }

        @Test("Without the district polygons the map shows the points only and says why")
        func withoutPolygons() async throws {
            let (_, document) = try await ReportExamples.page("kayseri-furniture-19-committed.csv", withBoundaries: false)
            try BrowserPageFixture.withPage(document) { browser, _ throws in
                #expect(try browser.evaluate("document.querySelectorAll('svg.kume-map [data-layer=districts]').length") == 0)
                #expect(try browser.evaluate("document.querySelectorAll('[data-note=no-boundaries]').length") == 1)
                #expect(try browser.evaluate("document.querySelectorAll('svg.kume-map [data-layer=economic-geography] path').length") == 1)
            }
        }

        @Test("Printed, the page keeps colour out of meaning: statuses keep their marks and the banner its border")
        func print() async throws {
            let (_, document) = try await ReportExamples.page("kayseri-furniture-19-committed.csv", withBoundaries: false)
            try BrowserPageFixture.withPage(document) { browser, _ throws in
                try browser.emulateMedia("print")
                let mark = try browser.evaluate(
                    "getComputedStyle(document.querySelector('.status.fail'), '::before').content")
                #expect(mark == "\"✘ \"")
                #expect(try browser.evaluate("getComputedStyle(document.querySelector('.status.fail')).color") == "rgb(0, 0, 0)")
                #expect(try browser.evaluate("getComputedStyle(document.querySelector('.no-print')).display") == "none")
            }
        }
    }
}
