import Foundation
import Testing
import KumeGeography
@testable import KumeData
@testable import KumeAnalytics
@testable import Kume

/// A verdict with every kind of value: a failing chamber, an unplaced member, a budget, warnings.
enum VerdictReportFixtures {
    typealias F = RulesFixtures

    static func verdict(geography: Bool = true) throws -> Verdict {
        var input = try RulesEvaluateTests.eligibleInput()
        input.roster.members.append(F.institution("GTO", "Gebze \"Ticaret\" | Odası", .chamberOfCommerceAndIndustry))
        input.roster.members.append(F.institution("NP", "Konumsuz Dernek", .association, hasPoint: false))
        input.geography?.members["KSO"] = F.outside(3.14159)
        input.geography?.members["GTO"] = F.inside
        input.geography?.members["NP"] = F.noPoint
        // The firms are in İstanbul, whose chamber of industry is not a member; KSO serves Kocaeli.
        input.geography?.provinceShares = [ProvinceShare(
            province: "İstanbul", areaShare: 0.9, firms: 20, firmShare: 1, counts: true, chamberOfIndustry: "İstanbul Sanayi Odası")]
        if !geography { input.geography = nil }
        input.plans = [PlanItem(plan: "P1", item: "A", costLira: 100_000, supportLira: 50_000)]
        input.roster.warnings = [InputWarning(memberID: "F3", location: "roster.csv:4:5", message: "placed at its district's point")]
        return Rules.evaluate(input)
    }
}

@Suite("VerdictReport.json")
struct VerdictReportJSONTests {
    func parsed(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("The object has DESIGN.md's keys, in order, with one JSON type each")
    func keysAndTypes() throws {
        let text = VerdictReport.json(try VerdictReportFixtures.verdict())
        let root = try parsed(text)
        let order = ["\"eligible\"", "\"robust\"", "\"call\"", "\"checks\"", "\"geography\"", "\"declared_geography\"", "\"members\"", "\"main_activity\"", "\"reference\"", "\"warnings\""]
        // Top-level keys are the ones indented by exactly two spaces.
        let positions = try order.map { key in try #require(text.range(of: "\n  \(key):")).lowerBound }
        #expect(positions == positions.sorted())
        #expect(Set(root.keys) == Set(order.map { $0.replacingOccurrences(of: "\"", with: "") }))

        #expect(root["eligible"] as? Bool == false)
        #expect(root["reference"] is NSNull)
        let call = try #require(root["call"] as? [String: Any])
        #expect(call["id"] as? String == "2017-3")
        #expect(call["title"] is String)

        let checks = try #require(root["checks"] as? [[String: Any]])
        #expect(checks.map { $0["id"] as? String } == CheckID.allCases.map(\.rawValue))
        #expect(checks.map { $0["status"] as? String } == ["pass", "fail", "pass", "pass", "pass", "skipped"])
        for check in checks { #expect(check["message"] is String) }
        // Evidence is spread into the check: the nearest chamber of industry at 3.14159 km, rounded to 0.01.
        let nearest = try #require(checks[1]["nearest_chamber_of_industry"] as? [String: Any])
        #expect(nearest["id"] as? String == "KSO")
        let distance = try #require(nearest["distance_km"] as? Double)
        #expect(abs(distance - 3.14) < 1e-9)
        #expect(text.contains("\"distance_km\": 3.14,"))
        #expect(checks[4]["total_support"] as? Double == 50_000)

        let geography = try #require(root["geography"] as? [String: Any])
        #expect(geography["method"] as? String == "hull-buffer")
        let parameters = try #require(geography["parameters"] as? [String: Any])
        #expect(parameters["concavity"] as? Double == 0.3)
        #expect(parameters["keep_outliers"] as? Bool == false)
        // 412.345 km² is written to 0.01 km²; allow for binary rounding of the Double itself.
        let area = try #require(geography["area_km2"] as? Double)
        #expect(abs(area - 412.35) < 0.006)
        #expect(geography["provinces"] as? [String] == ["Kocaeli"])

        let members = try #require(root["members"] as? [[String: Any]])
        #expect(members.count == 24)
        for member in members {
            #expect(Set(member.keys) == [
                "id", "name", "type", "nace", "committed", "counted", "inside", "distance_km", "outlier", "province",
                "district", "stated_province", "stated_district", "place_source", "relatedness", "proximity",
                "role", "accredited", "active", "tax_id",
            ])
            #expect(member["counted"] is Bool && (member["committed"] is Bool || member["committed"] is NSNull))
            #expect(member["nace"] is String || member["nace"] is NSNull)
            // The fixture's verdict was not located (no places given): every place is null, never a guess.
            #expect(member["province"] is NSNull && member["district"] is NSNull && member["place_source"] is NSNull)
            #expect(member["role"] is NSNull && member["accredited"] is NSNull && member["tax_id"] is NSNull)  // no such columns
            #expect(member["active"] is Bool)
            #expect(member["relatedness"] is Double || member["relatedness"] is NSNull)
            #expect(member["proximity"] is NSNull)  // no --reference registry in this verdict
            #expect(member["id"] is String && member["type"] is String && member["outlier"] is Bool)
            #expect(member["inside"] is Bool || member["inside"] is NSNull)
            #expect(member["distance_km"] is Double || member["distance_km"] is NSNull)
        }
        let unplaced = try #require(members.first { $0["id"] as? String == "NP" })
        #expect(unplaced["inside"] is NSNull)
        #expect(unplaced["distance_km"] is NSNull)
        let outlier = try #require(members.first { $0["id"] as? String == "F20" })
        #expect(outlier["outlier"] as? Bool == true)
        #expect(abs((outlier["distance_km"] as? Double ?? 0) - 41.7) < 1e-9)

        let activity = try #require(root["main_activity"] as? [String: Any])
        #expect(activity["codes"] as? [String] == ["29"])
        #expect(activity["source"] as? String == "inferred")
        let warnings = try #require(root["warnings"] as? [[String: Any]])
        #expect(warnings.contains { $0["location"] as? String == "roster.csv:4:5" })
        // Without the district polygons the report says so among the warnings, not only on standard error.
        #expect(warnings.contains { ($0["message"] as? String)?.hasPrefix("Türkiye's district polygons were not used") == true })
        #expect(geography["boundaries_used"] as? Bool == false)
        let shares = try #require(geography["province_shares"] as? [[String: Any]])
        #expect(shares.count == 1)
        #expect(shares.first?["province"] as? String == "İstanbul")
        #expect(shares.first?["counts_for_chamber"] as? Bool == true)
        #expect(shares.first?["chamber_of_industry"] as? String == "İstanbul Sanayi Odası")
        #expect(shares.first?["area_share"] as? Double == 0.9)
        #expect(checks[1]["robustness"] is NSNull)  // no grid in this verdict
        #expect(checks[0]["robustness"] == nil)
    }

    @Test("Without a geography, geography is null and placements are null")
    func noGeography() throws {
        let root = try parsed(VerdictReport.json(try VerdictReportFixtures.verdict(geography: false)))
        #expect(root["geography"] is NSNull)
        let members = try #require(root["members"] as? [[String: Any]])
        #expect(members.allSatisfy { $0["inside"] is NSNull && $0["distance_km"] is NSNull })
    }

    @Test("Quotes, pipes and control characters are escaped; compact output is one line")
    func escaping() throws {
        let verdict = try VerdictReportFixtures.verdict()
        let compact = VerdictReport.json(verdict, pretty: false)
        #expect(!compact.contains("\n"))
        let root = try parsed(compact)
        let members = try #require(root["members"] as? [[String: Any]])
        #expect(members.contains { $0["name"] as? String == "Gebze \"Ticaret\" | Odası" })
        #expect(JSONText.quoted("a\u{1}b\n") == "\"a\\u0001b\\n\"")
    }
}

@Suite("VerdictReport.text")
struct VerdictReportTextTests {
    @Test("English: the verdict first, one line per check, then warnings")
    func english() throws {
        let text = VerdictReport.text(try VerdictReportFixtures.verdict())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("NOT ELIGIBLE — call 2017-3"))
        let checkLines = lines.dropFirst(2).prefix { !$0.isEmpty }.filter { !$0.hasPrefix("   ") }
        #expect(checkLines.count == 6)
        #expect(checkLines[1].contains("FAIL") && checkLines[1].contains("Chamber of industry")
                && checkLines[1].contains("3.14 km outside"))
        #expect(checkLines[5].contains("skipped") && checkLines[5].contains("Deadline"))
        #expect(lines.contains("Warnings:"))
        #expect(lines.contains("  - roster.csv:4:5: placed at its district's point"))
    }

    @Test("Turkish: UYGUN DEĞİL and proper Turkish labels and numbers")
    func turkish() throws {
        let text = VerdictReport.text(try VerdictReportFixtures.verdict(), language: .turkish)
        #expect(text.hasPrefix("UYGUN DEĞİL — çağrı 2017-3: Kümelenme Destek Programı, 3. çağrı (2017)"))
        for label in ["Üye türleri", "Sanayi odası", "Üniversite", "Taahhüt veren firmalar", "Bütçe", "Son başvuru tarihi",
                      "KALDI", "geçti", "atlandı", "Uyarılar:", "Ana faaliyet alanı:"] {
            #expect(text.contains(label), "missing \(label)")
        }
        #expect(text.contains("3,14 km"))
        #expect(!text.contains("NOT ELIGIBLE"))
    }

    @Test("An eligible verdict says ELIGIBLE and UYGUN")
    func eligible() throws {
        let verdict = Rules.evaluate(try RulesEvaluateTests.eligibleInput())
        #expect(VerdictReport.text(verdict).hasPrefix("ELIGIBLE — "))
        #expect(VerdictReport.text(verdict, language: .turkish).hasPrefix("UYGUN — "))
    }
}

@Suite("VerdictReport.markdown")
struct VerdictReportMarkdownTests {
    @Test("A heading, a six-row checks table, the geography and a members table with escaped cells")
    func structure() throws {
        let verdict = try VerdictReportFixtures.verdict()
        let markdown = VerdictReport.markdown(verdict)
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(lines[0] == "# Eligibility report: Clustering Support Programme, 3rd call (2017)")
        #expect(markdown.contains("**NOT ELIGIBLE**"))
        let checkRows = lines.filter { $0.hasPrefix("| ") && $0.contains("(`") }
        #expect(checkRows.count == 6)
        #expect(markdown.contains("- Method: `hull-buffer` (concavity = 0.3, buffer_km = 5, keep_outliers = no)"))
        #expect(markdown.contains("- Provinces: Kocaeli"))
        let memberRows = lines.drop { $0 != "## Members" }.filter { $0.hasPrefix("| ") }.dropFirst()
        #expect(memberRows.count == verdict.members.count)
        #expect(markdown.contains("Gebze \"Ticaret\" \\| Odası"))
        #expect(markdown.contains("| NP | Konumsuz Dernek | association | – | – | – | no point |  |"))
    }

    @Test("Turkish headings and labels")
    func turkish() throws {
        let markdown = VerdictReport.markdown(try VerdictReportFixtures.verdict(), language: .turkish)
        for text in ["# Uygunluk raporu:", "**UYGUN DEĞİL**", "## Denetimler", "## Küme ekonomik coğrafyası", "## Üyeler",
                     "| Sanayi odası (`chamber`) | KALDI |", "- Alan: 412,35 km²"] {
            #expect(markdown.contains(text), "missing \(text)")
        }
    }
}
