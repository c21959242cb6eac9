import Foundation
import HeadlessChromium
import Kume
import Testing

extension HTMLInBrowserTests {
    @Suite("BatchIndexPage in Chromium")
    struct BatchIndexBrowserTests {
        @Test("The index lists every roster with its verdict, whether it is robust and its statuses, links the checked ones, and prints")
        func index() throws {
            let call = try Call.builtIn(id: "2017-3")
            let rows = [
                BatchIndexPage.Row(file: "bursa automotive.csv", page: "bursa automotive.csv.html", eligible: true,
                                   statuses: [.memberTypes: .pass, .chamber: .pass, .university: .pass,
                                              .committedFirms: .pass, .budget: .skipped, .deadline: .skipped],
                                   robust: true),
                BatchIndexPage.Row(file: "kayseri.csv", page: "kayseri.csv.html", eligible: false,
                                   statuses: [.memberTypes: .pass, .chamber: .pass, .university: .pass,
                                              .committedFirms: .fail, .budget: .skipped, .deadline: .skipped],
                                   robust: false),
                BatchIndexPage.Row(file: "broken.csv", page: nil, eligible: nil,
                                   note: "broken.csv:1:1: no latitude column"),
            ]
            let page = BatchIndexPage(rows: rows, folder: "rosters", call: call,
                                      provenance: ReportProvenance(inputs: [], command: "kume batch rosters -o out --format html"),
                                      language: .turkish)
            try BrowserPageFixture.withPage(page.document()) { browser, _ throws in
                let links = try browser.evaluate("[...document.querySelectorAll('[data-table=batch] a')].map(a => a.getAttribute('href'))")
                #expect(links == ["bursa%20automotive.csv.html", "kayseri.csv.html"])
                let verdicts = try browser.evaluate("[...document.querySelectorAll('[data-eligible]')].map(e => e.textContent)")
                #expect(verdicts == ["UYGUN", "UYGUN DEĞİL", "hatalı girdi"])
                let kayseri = try browser.evaluate(
                    "[...document.querySelectorAll('[data-id=\"kayseri.csv\"] [data-status]')].map(e => e.dataset.status)")
                #expect(kayseri == ["pass", "pass", "pass", "fail", "skipped", "skipped"])
                let robust = try browser.evaluate(
                    "[...document.querySelectorAll('[data-table=batch] tbody tr')].map(r => r.children[2].textContent)")
                #expect(robust == ["sağlam", "okumaya bağlı", ""])
                #expect(try browser.evaluate("document.querySelector('caption').textContent") == "1 uygun, 1 uygun değil, 1 hatalı girdi")
                #expect(!(try browser.screenshot()).isBlank)
                #expect(try browser.printToPDF().pageCount == 1)
            }
        }
    }
}
