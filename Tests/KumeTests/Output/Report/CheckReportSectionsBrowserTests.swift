import Foundation
import HeadlessChromium
import Kume
import Testing

extension HTMLInBrowserTests {
    @Suite("CheckReportPage's robustness, NACE titles and declared geography in Chromium")
    struct CheckReportSectionsBrowserTests {
        static let polygons = ReportExamples.boundaries != nil

        @Test("The banner says whether the verdict is robust, and each geography-dependent check shows every reading",
              .enabled(if: polygons, "the district polygons are missing: run scripts/fetch-boundaries"),
              arguments: ReportExamples.rosters.map(\.file))
        func robustness(file: String) async throws {
            let (page, document) = try await ReportExamples.page(file)
            let verdict = page.outcome.verdict
            let assessed = verdict.checks.filter { $0.robustness != nil }
            // The documented grid: the university under 4 concavities × 7 buffers, 3 province and 3 district
            // shares (28 + 3 + 3); the chamber under the 6 readings that change jurisdictions (3 + 3).
            let expectedReadings: [CheckID: Int] = [.university: 4 * 7 + 3 + 3, .chamber: 3 + 3]
            try BrowserPageFixture.withPage(document) { browser, _ throws in
                let robust = try browser.evaluate("document.querySelector('[data-section=verdict] [data-value=robust]').dataset.robust")
                #expect(robust == .string(assessed.isEmpty ? "not-assessed" : verdict.robust ? "true" : "false"))
                for id in verdict.dependentChecks {
                    let named = try browser.evaluate(
                        "document.querySelector('[data-section=verdict] [data-value=robust]').textContent.includes('\(label(id))')")
                    #expect(named == true, "the banner names \(id.rawValue)")
                }
                for check in assessed {
                    let robustness = try #require(check.robustness)
                    #expect(robustness.of == expectedReadings[check.id], "\(check.id.rawValue)")
                    let cells = try browser.evaluate(
                        "[...document.querySelectorAll('[data-section=robustness] [data-check=\(check.id.rawValue)] [data-reading]')].map(c => c.dataset.reading + ' ' + c.dataset.status)")
                    let expected = robustness.readings.map { reading in
                        reading.method + " " + reading.parameters.map { "\($0.name)=\(plain($0.value))" }.joined(separator: " ")
                            + " " + reading.status.rawValue
                    }
                    #expect(Set(cells.array?.compactMap(\.string) ?? []) == Set(expected))
                    #expect(cells.array?.count == robustness.of)
                    let outcome = try browser.evaluate(
                        "document.querySelector('[data-check=\(check.id.rawValue)] [data-outcome]').dataset.outcome")
                    #expect(outcome == .string(robustness.outcome.rawValue))
                    // The checks table repeats the outcome beside the check's message.
                    let inTable = try browser.evaluate(
                        "document.querySelector('[data-table=checks] tr[data-id=\(check.id.rawValue)] [data-value=robustness] [data-outcome]').dataset.outcome")
                    #expect(inTable == .string(robustness.outcome.rawValue))
                }
                if check(verdict, .university) {
                    // The hull-buffer readings fold into one grid: a header of 7 buffers, a row per concavity.
                    let shape = try browser.evaluate(
                        "[...document.querySelectorAll('[data-table=robustness-university-hull-buffer] tr')].map(r => r.children.length)")
                    #expect(shape.array?.compactMap(\.integer) == [8, 8, 8, 8, 8])
                }
            }
        }

        @Test("The members table names each NACE code in the page's language")
        func naceTitles() async throws {
            let (_, english) = try await ReportExamples.page("bursa-automotive.csv", withBoundaries: false)
            let (_, turkish) = try await ReportExamples.page("bursa-automotive.csv", language: .turkish, withBoundaries: false)
            // F001's class 29.32 as Eurostat words it, and as the Turkish version of NACE Rev.2 does.
            try BrowserPageFixture.withPage(english) { browser, _ throws in
                let cell = try browser.evaluate("document.querySelector('[data-table=members] tr[data-id=F001] td:nth-child(4)').textContent")
                #expect(cell == "29.32 Manufacture of other parts and accessories for motor vehicles")
                // The place the check found (here from the roster's stated Bursa/Nilüfer, the polygons not used).
                let place = try browser.evaluate(
                    "[...document.querySelectorAll('[data-table=members] tr[data-id=F001] td')].slice(8, 10).map(c => c.textContent)")
                #expect(place == ["Bursa", "Nilüfer"])
            }
            try BrowserPageFixture.withPage(turkish) { browser, _ throws in
                let cell = try browser.evaluate("document.querySelector('[data-table=members] tr[data-id=F001] td:nth-child(4)').textContent")
                #expect(cell == "29.32 Motorlu kara taşıtları için diğer parça ve aksesuarların imalatı")
                let activity = try browser.evaluate("document.querySelector('[data-value=main-activity-titles]').textContent")
                #expect(activity == "29 Motorlu kara taşıtı, treyler (römork) ve yarı treyler (yarı römork) imalatı")
            }
        }

        @Test("A declared geography gets its own section: areas, the firms' fit, the rules and the firms outside")
        func declared() async throws {
            let declared = DeclaredGeographyView(
                areas: ["Kayseri/Melikgazi", "Kayseri/Kocasinan"], firmsInside: 35, firms: 40, committedInside: 17,
                committed: 19,
                outside: [.init(id: "F039", name: "Uzak Mobilya Ltd.", province: "Kayseri", district: "Develi"),
                          .init(name: "Yersiz Ahşap A.Ş.", province: nil, district: nil)],
                checks: [.init(rule: .chamber, status: .pass, detail: "Kayseri Chamber of Industry is in Kayseri",
                               detailTR: "Kayseri Sanayi Odası Kayseri'de"),
                         .init(rule: .university, status: .fail, detail: "no university in the declared districts")])
            for language in [VerdictReport.Language.english, .turkish] {
                let (base, _) = try await ReportExamples.page("kayseri-furniture-19-committed.csv", language: language,
                                                              withBoundaries: false)
                var page = base
                page.declaredGeography = declared
                try BrowserPageFixture.withPage(try page.document()) { browser, _ throws in
                    let text = { (selector: String) throws -> JSONValue in
                        try browser.evaluate("document.querySelector('[data-section=declared-geography] \(selector)').textContent")
                    }
                    #expect(try text("[data-value=declared-areas]") == "Kayseri/Melikgazi, Kayseri/Kocasinan")
                    // 35 / 40 = 87.5 %; 17 / 19 = 89.47… %, shown with one decimal.
                    #expect(try text("[data-value=firms-inside]") == .string(language == .english ? "35 of 40 (87.5 %)" : "40 firmanın 35 tanesi (%87,5)"))
                    #expect(try text("[data-value=committed-inside]") == .string(language == .english ? "17 of 19 (89.5 %)" : "19 firmanın 17 tanesi (%89,5)"))
                    let rules = try browser.evaluate(
                        "[...document.querySelectorAll('[data-table=declared-checks] tbody tr')].map(r => r.dataset.id + ' ' + r.querySelector('[data-status]').dataset.status + ' ' + r.lastChild.textContent)")
                    #expect(rules == .array([
                        .string("chamber pass " + (language == .english ? "Kayseri Chamber of Industry is in Kayseri" : "Kayseri Sanayi Odası Kayseri'de")),
                        .string("university fail no university in the declared districts"),
                    ]))
                    let outside = try browser.evaluate(
                        "[...document.querySelectorAll('[data-table=declared-outside] tbody tr')].map(r => [...r.children].map(c => c.textContent).join('|'))")
                    #expect(outside == .array([.string("Uzak Mobilya Ltd. (F039)|Kayseri|Develi"), .string("Yersiz Ahşap A.Ş.|–|–")]))
                    let heading = try browser.evaluate("document.querySelector('[data-section=declared-geography] h2').textContent")
                    #expect(heading == .string(language == .english ? "Declared geography" : "Beyan edilen coğrafya"))
                }
            }
        }

        func label(_ id: CheckID) -> String {
            switch id {
            case .chamber: "chamber of industry"
            case .university: "university"
            default: id.rawValue
            }
        }

        func plain(_ value: GeographyFacts.Value) -> String {
            switch value {
            case .number(let number): NumberText.plain(number)
            case .flag(let flag): flag ? "yes" : "no"
            case .text(let text): text
            }
        }

        func check(_ verdict: Verdict, _ id: CheckID) -> Bool { verdict.check(id)?.robustness != nil }
    }
}
