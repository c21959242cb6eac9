import Foundation
import Testing
import KumeData
import KumeGeo

@Suite("RegistryReader")
struct RegistryReaderTests {
    /// A registry with quoted names, Turkish letters, several NACE forms, an empty employee count and a
    /// row placed by its district.
    static let sample = """
        id,name,nace,lat,lon,employees,province,district
        F1,Özkan Otomotiv A.Ş.,29.10,40.215,28.98,120,Bursa,Nilüfer
        F2,"Yılmaz, Şahin ""Kalıp"" Ltd. Şti.",2932,40.2,29.06,,BURSA,
        F3,Çelik Döküm,24.51.01,38.41,27.14,35,İzmir,
        F4,Işık Tekstil,13.92,,,8,Denizli,Merkezefendi
        F5,Doğan Gıda,10.39,38.357,31.416,0,Konya,Akşehir

        """

    @Test("The registry reader agrees with the roster reader on the same file")
    func agreesWithRoster() throws {
        let registry = try RegistryReader.read(data: Array(Self.sample.utf8), name: "reg.csv")
        let roster = try RosterReader.read(data: Array(Self.sample.utf8), name: "reg.csv",
                                           options: .init(defaultType: .firm))
        #expect(registry.count == roster.members.count)
        for (index, member) in roster.members.enumerated() {
            #expect(registry.member(at: index) == member)
        }
        #expect(registry.warnings.map(\.memberID) == roster.warnings.map(\.memberID))
    }

    @Test("A point outside Türkiye is kept with a warning, as a roster does")
    func outsideTurkiye() throws {
        let text = "id,name,nace,lat,lon\nF1,A,29.10,40.2,29.0\nF2,B,29.10,-40.2,29.0\n"
        let registry = try RegistryReader.read(data: Array(text.utf8), name: "reg.csv")
        let roster = try RosterReader.read(data: Array(text.utf8), name: "reg.csv", options: .init(defaultType: .firm))
        #expect(registry.count == 2)
        #expect(registry.warnings.map(\.memberID) == ["F2"])
        #expect(registry.warnings.map(\.memberID) == roster.warnings.map(\.memberID))
        #expect(registry.warnings.first?.message.contains("latitude -40.2, longitude 29.0) lies outside Türkiye") == true)
        #expect(registry.warnings.first?.location == "reg.csv:3")
    }

    @Test("Columns hold the values of each row")
    func columns() throws {
        let registry = try RegistryReader.read(data: Array(Self.sample.utf8), name: "reg.csv")
        #expect(Array(registry.ids) == ["F1", "F2", "F3", "F4", "F5"])
        #expect(registry.names[1] == "Yılmaz, Şahin \"Kalıp\" Ltd. Şti.")
        #expect(registry.nace(at: 1)?.code == "29.32")
        #expect(registry.nace(at: 2)?.code == "24.51")
        #expect(registry.employees == [120, -1, 35, 8, 0])
        #expect(registry.provincePlates == [16, 16, 35, 20, 42])
        #expect(registry.placements[3] == .district)
        #expect(registry.coordinateFrame == .wgs84LongitudeLatitude)
        #expect(registry.lines == [2, 3, 4, 5, 6])
    }

    @Test("x and y columns are kept as planar values")
    func planar() throws {
        let text = "id;name;nace;x;y\n1;A;29.10;654321,5;4456789,25\n"
        let registry = try RegistryReader.read(data: Array(text.utf8), name: "xy.csv")
        #expect(registry.coordinateFrame == .planar)
        #expect(registry.coordinates == [Coordinate(x: 654_321.5, y: 4_456_789.25)])
    }

    @Test("Problems are reported at their cells, duplicates included")
    func problems() {
        let text = """
            id,name,nace,lat,lon
            F1,A,29.10,40.2,29.0
            F1,B,29.15,40.2,abc
            F3,C,29.10,95,29.0
            F4,D
            F4,E,29.10,40.2,29.0
            F6,F,29.10,40.2,29.0
            F4,G,29.10,40.2,29.0
            """
        do {
            _ = try RegistryReader.read(data: Array(text.utf8), name: "reg.csv")
            Issue.record("expected an error")
        } catch {
            // Row 3 has other problems, so it is not kept and its id is not compared.
            #expect(error.issues.map { "\($0.line):\($0.column): \($0.problem)" } == [
                "3:3: unknown NACE code '29.15'",
                "3:5: longitude 'abc' is not a number",
                "4:4: latitude 95 is out of range (−90…90 degrees)",
                "5:3: this row has 2 fields, the header has 5",
                "8:1: duplicate id 'F4' (first used on line 6)",
            ])
        }
    }

    @Test("Duplicate ids across blocks are reported with both lines, read in parallel or not")
    func duplicatesAcrossBlocks() async throws {
        var text = "id,name,nace,lat,lon\n"
        for row in 0..<6_000 {
            // Row 4000 repeats row 10's id, row 5500 row 3999's (lines are rows + 2).
            let id = row == 4_000 ? "R10" : row == 5_500 ? "R3999" : "R\(row)"
            text += "\(id),Firma \(row),29.10,40.1,29.0\n"
        }
        let path = try InputTestSupport.temporaryFile(Array(text.utf8), suffix: ".csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let options = RegistryReader.Options(blockBytes: 1 << 16, parallelParts: 2)
        let expected = [
            "4002:1: duplicate id 'R10' (first used on line 12)",
            "5502:1: duplicate id 'R3999' (first used on line 4001)",
        ]
        do {
            _ = try await RegistryReader.readConcurrently(path: path, options: options)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.map { "\($0.line):\($0.column): \($0.problem)" } == expected)
        }
        do {
            _ = try RegistryReader.read(path: path, options: options)
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.map { "\($0.line):\($0.column): \($0.problem)" } == expected)
        }
    }

    @Test("Parallel and sequential reading give the same registry, in file order")
    func parallel() async throws {
        var text = "id,name,nace,lat,lon,employees,province\n"
        let codes = ["29.10", "22.19", "25.62", "13.92", "31.01"]
        for row in 0..<20_000 {
            // Quoted names with commas, doubled quotes and line breaks, and stray inch marks in plain names.
            let name = row % 7 == 0 ? "\"Kaya, Demir \(row)\"" : row % 11 == 0 ? "\"Boru \"\"5\"\"\nA.Ş. \(row)\""
                : row % 13 == 0 ? "Boru 5\" \(row)" : "Güneş \(row)"
            text += "R\(row),\(name),\(codes[row % 5]),\(38 + Double(row % 300) / 100),\(30 + Double(row % 700) / 100),\(row % 97),Konya\n"
        }
        let path = try InputTestSupport.temporaryFile(Array(text.utf8), suffix: ".csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let options = RegistryReader.Options(blockBytes: 1 << 16, parallelParts: 2)
        let sequential = try RegistryReader.read(path: path, options: options)
        let concurrent = try await RegistryReader.readConcurrently(path: path, options: options)
        #expect(sequential.count == 20_000)
        #expect(Array(concurrent.ids) == Array(sequential.ids))
        #expect(Array(concurrent.names) == Array(sequential.names))
        #expect(concurrent.naceIndices == sequential.naceIndices)
        #expect(concurrent.coordinates == sequential.coordinates)
        #expect(concurrent.lines == sequential.lines)
        // Row r starts on line 2 + r + (multi-line names before it). Multi-line names: rows divisible by 11
        // but not by 7: 1,819 − 260 = 1,559, all before row 19,999, which starts on 2 + 19,999 + 1,559.
        let lastLine: Int32 = 21_560
        #expect(sequential.lines.last == lastLine)
        #expect(sequential.names[7] == "Kaya, Demir 7")
        #expect(sequential.names[11] == "Boru \"5\"\nA.Ş. 11")
        #expect(sequential.names[13] == "Boru 5\" 13")
        let roster = try RosterReader.read(path: path, options: .init(defaultType: .firm))
        #expect(roster.members.map(\.location) == sequential.coordinates.map { Optional($0) })
        #expect(roster.members.map(\.id) == Array(sequential.ids))
    }

    @Test("A Windows-1254 registry is transcoded to UTF-8")
    func windows1254() throws {
        var bytes = Array("id;name;nace;lat;lon\n1;".utf8)
        bytes += [0xC7, 0x65, 0x6C, 0x69, 0x6B, 0x20, 0xDD, 0x6E, 0xFE, 0x61, 0x61, 0x74]  // "Çelik İnşaat"
        bytes += Array(";41.20;40,2;29,0\n".utf8)
        let registry = try RegistryReader.read(data: bytes, name: "excel.csv")
        #expect(registry.names[0] == "Çelik İnşaat")
        #expect(registry.coordinates[0] == Coordinate(longitude: 29.0, latitude: 40.2))
    }

    @Test("Old Mac line ends (a lone CR), a BOM and tabs read like any other registry")
    func lineEndsAndTabs() throws {
        let text = "\u{FEFF}id\tname\tnace\tlat\tlon\rA1\tAğaoğlu\t291001\t40,2\t29,1\rA2\tİnce\t2219\t40,3\t29,2\r"
        let registry = try RegistryReader.read(data: Array(text.utf8), name: "mac.tsv")
        let roster = try RosterReader.read(data: Array(text.utf8), name: "mac.tsv", options: .init(defaultType: .firm))
        #expect(Array(registry.ids) == ["A1", "A2"])
        #expect(registry.nace(at: 0)?.code == "29.10")
        #expect(registry.nace(at: 1)?.code == "22.19")
        #expect(registry.lines == [2, 3])
        #expect((0..<registry.count).map { registry.member(at: $0) } == roster.members)
    }

    @Test("An empty or header-only registry is an error")
    func empty() {
        #expect(throws: InputError.self) { try RegistryReader.read(data: [], name: "e.csv") }
        #expect(throws: InputError.self) { try RegistryReader.read(data: Array("id,name,nace,lat,lon\n".utf8), name: "e.csv") }
    }
}
