import Foundation
import Testing
import KumeData

@Suite("RosterReader errors")
struct RosterReaderErrorTests {
    static let header = RosterReaderTests.header

    @Test("An empty file is one issue at 1:1")
    func empty() {
        #expect(issues("").map(\.description) == ["t.csv:1:1: the file is empty — give a header row and one row per member"])
        #expect(issueLocations("\u{FEFF}") == ["t.csv:1:1"])
    }

    @Test("A header without rows is an issue on the header line")
    func headerOnly() {
        #expect(issues("\(Self.header)\n\n").map(\.description) == [
            "t.csv:1:1: the file has a header but no rows — add one row per member below the header",
        ])
    }

    @Test("Every missing required column is listed")
    func missingColumns() {
        let found = issues("kod,unvan\n1,A\n")
        let has = "; the header has: 'kod', 'unvan'"
        #expect(found.map(\.problem) == [
            "missing required column 'id' (also accepted: no, kimlik, sira_no, sira, numara, uye_no, kayit_no)" + has,
            "missing required column 'nace' (also accepted: nace_kodu, nace_rev2, nace_rev2_kodu, faaliyet_kodu, nace_faaliyet_kodu)"
                + has + "; 'kod' is nearest to the accepted name 'nace_kodu'",
            "missing required column 'type' (also accepted: tur, tip, uye_turu, uye_tipi, kurum_turu, kurulus_turu)" + has,
            "missing required column 'lat' (also accepted: latitude, enlem)" + has,
        ])
        #expect(found[1].remedy == "rename 'kod' to 'nace', or map it in the column mapping: nace=\"kod\"")
        #expect(found.allSatisfy { $0.line == 1 && $0.column == 1 })
        #expect(issues("id,name,type,nace,lat\n1,A,firm,29.10,40\n").map(\.problem) == [
            "missing required column 'lon' (also accepted: longitude, lng, boylam); the header has: 'id', 'name', 'type', 'nace', 'lat'",
        ])
    }

    @Test("Two headers meaning the same column are an issue at the second")
    func duplicateHeader() {
        #expect(issues("id,no,name,type,nace,lat,lon\n").map(\.description) == [
            "t.csv:1:2: column 'no' means 'id', like column 1 — keep only one of them",
        ])
    }

    @Test("All problems of all rows are reported at their cells, in file order")
    func everyProblem() {
        let text = """
            \(Self.header),province,district
            F1,Özkan,firm,29.10,40.2,29.0,12,evet,Bursa,Nilüfer
            F1,Yılmaz,firm,29.10,40.2,29.0,12,evet,,
            F3,Şahin,fabrika,29.10,40.2,29.0,12,evet,,
            F4,Çelik,firm,29.15,40.2,29.0,12,evet,,
            F5,Doğan,firm,,40.2,29.0,12,evet,,
            F6,Güneş,firm,29.10,95,29.0,12,evet,,
            F7,Aydın,firm,29.10,40.2,abc,12,evet,,
            F8,Kılıç,firm,29.10,40.2,29.0,-3,belki,,
            F9,Koç,firm,29.10,40.2,29.0,12,evet
            F10,Işık,firm,29.10,40.2,29.0,12,evet,Atlantis,
            F11,Ünal,firm,29.10,40.2,29.0,12,evet,Bursa,Çankaya
            F12,Çakır,firm,29.10,40.2,,12,evet,,
            F13,Gül,firm,29.10,40.2,200,12,evet,,
            F14,Bozkurt,firm,29.10,40.2,29.0,12,evet,,Kale
            ,İnce,firm,29.10,40.2,29.0,12,evet,,
            F16,,university,,40.2,29.0,,,,
            F17,"Kaya"x,firm,29.10,40.2,29.0,12,evet,,
            F18,Kurt,firm,abc,40.2,29.0,12,evet,,
            """
        #expect(issues(text).map(\.description) == [
            "t.csv:3:1: duplicate id 'F1' (first used on line 2) — give every member an id, unique in the file",
            "t.csv:4:3: unknown member type 'fabrika' — use one of: \(MemberTypeVocabulary.acceptedSummary)",
            "t.csv:5:4: unknown NACE code '29.15' — check the code against NACE Rev.2 (Eurostat); Türkiye's 6-digit codes start with the class",
            "t.csv:6:4: firm without a NACE code — give the firm's NACE Rev.2 class, e.g. 29.10 (only institutions may leave it empty)",
            "t.csv:7:5: latitude 95 is out of range (−90…90 degrees) — write WGS84 decimal degrees; projected x/y belong in a registry with the registry's CRS setting",
            "t.csv:8:6: longitude 'abc' is not a number — write decimal degrees: write it as 1250 or 1250.5 ('.' marks decimals in a ','-separated file)",
            "t.csv:9:7: employees '-3' is negative — write a whole number of 0 or more, or leave it empty",
            "t.csv:9:8: 'belki' is not a commitment word — write yes/no, true/false, 1/0, evet/hayır, var/yok or x (empty means no)",
            "t.csv:10:9: this row has 8 fields, the header has 10 — give every row as many fields as the header (quote fields that contain ',')",
            "t.csv:11:9: unknown province 'Atlantis' — write one of the 81 province names (e.g. Bursa) or its plate number, or leave it empty",
            "t.csv:12:10: unknown district 'Çankaya' in Bursa — check the spelling against the districts of Bursa, or leave it empty",
            "t.csv:13:6: latitude given without longitude — give both, or neither",
            "t.csv:14:6: longitude 200 is out of range (−180…180 degrees) — write WGS84 decimal degrees; projected x/y belong in a registry with the registry's CRS setting",
            "t.csv:15:10: district 'Kale' exists in 2 provinces (Denizli, Malatya) — add a 'province' column to say which",
            "t.csv:16:1: empty id — give every member an id, unique in the file",
            "t.csv:17:2: empty name — give the firm's or institution's name",
            "t.csv:18:2: text follows a closing quote — quote the whole field and double each quote inside it (\"\")",
            "t.csv:19:4: 'abc' is not a NACE Rev.2 code — write a class as 29.10 (also 2910, 29.10.01, 291001), a group as 29.1 or a division as 29",
        ])
    }

    @Test("An empty type is an issue in a roster and a firm where a default type is given")
    func emptyType() throws {
        let text = "\(Self.header)\nF1,A,,29.10,40.2,29.0,,\n"
        #expect(issueLocations(text) == ["t.csv:2:3"])
        let roster = try readRoster(text, options: .init(defaultType: .firm))
        #expect(roster.members.first?.type == .firm)
    }

    @Test("Problems past the limit are counted, not listed")
    func limit() throws {
        var text = RosterReaderTests.header + "\n"
        for row in 1...60 { text += "F\(row),A,fabrika,29.10,40.2,29.0,,\n" }
        do {
            _ = try readRoster(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.count == 50)
            #expect(error.omitted == 10)
            #expect(error.description.hasSuffix("… and 10 more problems not listed"))
        }
    }

    @Test("A quote never closed is reported where it opens")
    func unclosedQuote() {
        #expect(issues("\(Self.header)\nF1,\"Özkan,firm,29.10,40.2,29.0,,\n").map(\.description) == [
            "t.csv:2:2: a quoted field opened here is never closed — close the quote, or double each quote inside the field (\"\")",
        ])
    }

    @Test("A line longer than the bound stops reading without holding the whole line")
    func longLine() throws {
        // 8 MiB without a line break, read in 1 MiB chunks: reading stops once the record passes 1 MiB.
        var bytes = Array("\(Self.header)\nF1,".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 8 << 20)
        let path = try InputTestSupport.temporaryFile(bytes, suffix: ".csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try RosterReader.read(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.map(\.description) == [
                "\(path):2:2: line 2 is longer than 1024 KiB (a quoted field never ends, or this is not a table) — check the file is a CSV table with one member per line",
            ])
        }
    }

    @Test("A missing file is an issue naming it")
    func missingFile() {
        #expect(throws: InputError.self) { try RosterReader.read(path: "/nonexistent/roster.csv") }
    }

    @Test("Unknown type words list the accepted ones")
    func acceptedList() {
        let summary = MemberTypeVocabulary.acceptedSummary
        for type in MemberType.allCases { #expect(summary.contains(type.rawValue)) }
        #expect(summary.contains("organized_industrial_zone (organize sanayi bölgesi)"))
    }
}
