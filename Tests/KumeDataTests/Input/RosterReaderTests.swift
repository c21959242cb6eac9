import Foundation
import Testing
import KumeData
import KumeGeo

/// Reads CSV text as a roster named `t.csv`.
func readRoster(_ text: String, name: String = "t.csv", options: RosterReader.Options = .init()) throws(InputError) -> Roster {
    try RosterReader.read(data: Array(text.utf8), name: name, options: options)
}

/// The issues (as `FILE:LINE:COLUMN` prefixes) that reading raises; empty when it succeeds.
func issueLocations(_ text: String, name: String = "t.csv") -> [String] {
    do {
        _ = try readRoster(text, name: name)
        return []
    } catch {
        return error.issues.map { "\($0.file):\($0.line):\($0.column)" }
    }
}

func issues(_ text: String, name: String = "t.csv") -> [InputIssue] {
    do {
        _ = try readRoster(text, name: name)
        return []
    } catch {
        return error.issues
    }
}

@Suite("RosterReader")
struct RosterReaderTests {
    static let header = "id,name,type,nace,lat,lon,employees,committed"

    @Test("A plain roster reads every column")
    func plain() throws {
        let roster = try readRoster("""
            \(Self.header),province,district
            F1,Özkan Otomotiv A.Ş.,firm,29.10,40.2150,28.9800,120,evet,Bursa,Nilüfer
            U1,Bursa Uludağ Üniversitesi,üniversite,,40.2258,28.8727,,,BURSA,NİLÜFER
            """)
        #expect(roster.members.count == 2)
        let firm = roster.members[0]
        #expect(firm.id == "F1")
        #expect(firm.name == "Özkan Otomotiv A.Ş.")
        #expect(firm.type == .firm)
        #expect(firm.nace == NaceCode(canonical: "29.10"))
        #expect(firm.location == Coordinate(longitude: 28.98, latitude: 40.215))
        #expect(firm.placement == .coordinates)
        #expect(firm.employees == 120)
        #expect(firm.committed == true)
        #expect(firm.province == "Bursa")
        #expect(firm.district == "Nilüfer")
        #expect(firm.line == 2)
        let university = roster.members[1]
        #expect(university.type == .university)
        #expect(university.nace == nil)
        #expect(university.committed == false)  // an empty commitment cell means no
        #expect(university.district == "Nilüfer")
        #expect(roster.warnings.isEmpty)
    }

    @Test("Every header alias names its column", arguments: MemberColumn.allCases)
    func aliases(column: MemberColumn) throws {
        for alias in column.aliases {
            for spelling in [alias, alias.uppercased(), alias.replacingOccurrences(of: "_", with: " "),
                             alias.replacingOccurrences(of: "_", with: "-")] {
                #expect(MemberColumn(header: spelling) == column, "\(spelling)")
            }
        }
    }

    @Test("Turkish headers with diacritics are recognised",
          arguments: [("Sıra No", MemberColumn.id), ("Unvan", .name), ("Tür", .type), ("Üye Türü", .type),
                      ("NACE Kodu", .nace), ("Enlem", .latitude), ("Boylam", .longitude), ("Çalışan Sayısı", .employees),
                      ("Taahhüt", .committed), ("Taahhüt Verdi", .committed), ("İl", .province), ("İlçe", .district),
                      ("Firma Adı", .name), ("Kurum Adı", .name), ("Faaliyet Kodu", .nace), ("İstihdam", .employees),
                      ("Çalışan", .employees), ("LNG", .longitude), ("Kimlik", .id), ("NACE_Rev2", .nace)])
    func turkishHeaders(header: String, column: MemberColumn) {
        #expect(MemberColumn(header: header) == column)
    }

    @Test("Commitment words read as yes or no",
          arguments: [("yes", true), ("Evet", true), ("EVET", true), ("true", true), ("1", true), ("var", true), ("x", true), ("X", true),
                      ("no", false), ("Hayır", false), ("HAYIR", false), ("hayir", false), ("false", false), ("0", false),
                      ("yok", false), ("", false)])
    func commitments(word: String, expected: Bool) throws {
        let roster = try readRoster("\(Self.header)\nF1,A,firm,29.10,40.2,29.0,,\(word)\n")
        #expect(roster.members.first?.committed == expected)
    }

    @Test("Without a committed column, commitment is unknown")
    func noCommittedColumn() throws {
        let roster = try readRoster("id,name,type,nace,lat,lon\nF1,A,firm,29.10,40.2,29.0\n")
        #expect(roster.members.first?.committed == nil)
    }

    @Test("Semicolon and tab delimiters are detected, with decimal commas")
    func delimiters() throws {
        for delimiter in [";", "\t"] {
            let text = ["id", "name", "type", "nace", "lat", "lon"].joined(separator: delimiter) + "\n"
                + ["F1", "A, B ve C", "firm", "29.10", "40,2150", "28,98"].joined(separator: delimiter) + "\n"
            let member = try #require(try readRoster(text).members.first)
            #expect(member.name == "A, B ve C")
            #expect(member.location == Coordinate(longitude: 28.98, latitude: 40.215))
        }
    }

    @Test("A quoted decimal comma in a ','-separated file cannot group thousands and is read as decimals")
    func decimalCommaWithComma() throws {
        let member = try #require(try readRoster("\(Self.header)\nF1,A,firm,29.10,\"40,2\",29.0,,\n").members.first)
        #expect(member.location == Coordinate(longitude: 29.0, latitude: 40.2))
    }

    @Test("Turkish spreadsheet headers, thousands in a ';' file and the programme's columns are read without a mapping")
    func turkishSpreadsheet() throws {
        let text = """
            Sıra;Firma/Kurum Adı;Üye Türü;NACE Rev.2 Kodu;Enlem (°);Boylam (°);Çalışan Sayısı;Taahhüt Durumu;Rol;Akredite;Aktif;Vergi No
            1;Bursa Sanayi A.Ş.;Firma;29.10;40,2150;28,9800;1.250;Evet;;;;1234567890
            2;Uludağ Teknokent;Teknokent;;40,2200;28,9900;;Evet;Koordinatör;Evet;;
            3;Bursa Büyükşehir Belediyesi;Büyükşehir Belediyesi;;40,1900;29,0600;;Hayır;;;Evet;
            """
        let roster = try RosterReader.read(data: Array(text.utf8), name: "t.csv")
        #expect(roster.members.map(\.id) == ["1", "2", "3"])
        #expect(roster.members[0].name == "Bursa Sanayi A.Ş.")
        #expect(roster.members[0].employees == 1250)
        #expect(roster.members[0].committed == true)
        #expect(roster.members[0].taxNumber?.kind == .vkn)
        #expect(roster.members[1].type == .technologyDevelopmentZone)
        #expect(roster.members[1].isCoordinator && roster.members[1].accredited == true)
        #expect(roster.members[2].type == .localGovernment)
        #expect(roster.members[2].committed == false && roster.members[2].isActive)
        #expect(roster.members[0].isActive && !roster.members[0].isCoordinator)
    }

    @Test("A column mapping names headers kume does not know, and moves a column away from its alias")
    func columnMapping() throws {
        let text = "Kayıt;Ünvanı Tam;Ad;Cins;Kod;Enlem;Boylam\nK1;Uludağ Üniversitesi;kısa;Üniversite;;40,2;29\n"
        let mapping = try ColumnMapping.parse("id=Kayıt,name=\"Ünvanı Tam\",type=Cins,nace=Kod")
        let roster = try RosterReader.read(data: Array(text.utf8), name: "t.csv",
                                           options: RosterReader.Options(columnMapping: mapping))
        #expect(roster.members.first?.id == "K1")
        #expect(roster.members.first?.name == "Uludağ Üniversitesi")
        #expect(roster.members.first?.type == .university)
        #expect(throws: InputError.self) { try ColumnMapping.parse("colour=Renk") }
    }

    @Test("A mapping that takes a required column's own header for another column says so")
    func mappingTakesTheHeader() throws {
        let text = "id,name,type,nace,lat,lon\nF1,A,firm,29.10,40.2,29.0\n"
        let mapping = try ColumnMapping.parse("name=id")
        #expect(throws: InputError.self) {
            try RosterReader.read(data: Array(text.utf8), name: "t.csv", options: RosterReader.Options(columnMapping: mapping))
        }
        do {
            _ = try RosterReader.read(data: Array(text.utf8), name: "t.csv", options: RosterReader.Options(columnMapping: mapping))
        } catch {
            #expect(error.issues.map(\.description) == [
                "t.csv:1:1: missing required column 'id' (also accepted: no, kimlik, sira_no, sira, numara, uye_no, kayit_no); "
                    + "the header has: 'id', 'name', 'type', 'nace', 'lat', 'lon'; the column mapping reads 'id' as 'name' — "
                    + "map 'id' to a header too (id=\"HEADER\"), or drop name=\"id\"",
            ])
        }
        do {
            _ = try RegistryReader.read(data: Array(text.utf8), name: "r.csv", options: RegistryReader.Options(columnMapping: mapping))
            Issue.record("the registry was read without an id column")
        } catch {
            #expect(error.issues.first?.description.contains("the column mapping reads 'id' as 'name'") == true, "\(error)")
        }
    }

    @Test("UTF-16 files are read as text, with or without a byte order mark")
    func utf16() throws {
        let text = "id,name,type,nace,lat,lon\nF1,Şahin Döküm,firma,29.10,40.2,29.0\n"
        for bytes in [[0xFF, 0xFE] + Self.utf16(text, littleEndian: true), [0xFE, 0xFF] + Self.utf16(text, littleEndian: false),
                      Self.utf16(text, littleEndian: true)] {
            let roster = try RosterReader.read(data: bytes, name: "t.csv")
            #expect(roster.members.first?.name == "Şahin Döküm")
        }
    }

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
            return littleEndian ? [low, high] : [high, low]
        }
    }

    @Test("Quoted fields keep delimiters, doubled quotes and line breaks; lines are counted inside quotes")
    func quoting() throws {
        let roster = try readRoster("""
            \(Self.header)\r
            F1,"Kaya ""Kalıp"", Döküm\r
            ve Pres A.Ş.",firm,25.50,40.2,29.0,10,evet\r
            F2,Demir,firm,25.50,40.2,29.0,10,evet\r

            """)
        #expect(roster.members.map(\.name) == ["Kaya \"Kalıp\", Döküm\r\nve Pres A.Ş.", "Demir"])
        #expect(roster.members.map(\.line) == [2, 4])
    }

    @Test("A UTF-8 byte order mark is skipped")
    func bom() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("\(Self.header)\nF1,Işık,firm,29.10,40.2,29.0,,\n".utf8)
        let roster = try RosterReader.read(data: bytes, name: "t.csv")
        #expect(roster.members.first?.id == "F1")
        #expect(roster.members.first?.name == "Işık")
    }

    @Test("Windows-1254 text is detected and decoded")
    func windows1254() throws {
        // Code page 1254 (published table): DD İ, FE ş, F0 ğ, D0 Ğ, FD ı, DE Ş, DC Ü, E7 ç, F6 ö.
        var bytes = Array("id;name;type;nace;lat;lon\n1;".utf8)
        bytes += [0xDD, 0xFE, 0xF0, 0xD0, 0xFD, 0xDE, 0xDC, 0xE7, 0xF6]
        bytes += Array(";Firma;29.10;40,2;29,0\n".utf8)
        let roster = try RosterReader.read(data: bytes, name: "excel.csv")
        #expect(roster.members.first?.name == "İşğĞıŞÜçö")
    }

    @Test("Members without coordinates are placed at their district or province, with a warning")
    func placement() throws {
        let roster = try readRoster("""
            id,name,type,nace,lat,lon,province,district
            F1,A,firm,29.10,,,Bursa,Gemlik
            F2,B,firm,29.10,,,Konya,
            F3,C,firm,29.10,,,,
            """)
        let gemlik = try #require(DistrictTable.shared.district(named: "Gemlik", inProvince: 16))
        #expect(roster.members[0].placement == .district)
        #expect(roster.members[0].location == gemlik.interiorPoint)
        #expect(roster.members[1].placement == .province)
        #expect(roster.members[1].location == ProvinceTable.shared.province(plate: 42)?.centre)
        #expect(roster.members[2].placement == Member.PlacementSource.none)
        #expect(roster.members[2].location == nil)
        #expect(roster.warnings.map(\.memberID) == ["F1", "F2", "F3"])
        #expect(roster.warnings[0].message.contains("Gemlik"))
    }

    @Test("A point that lies in Türkiye once swapped is swapped, with a warning naming the member")
    func swapped() throws {
        let roster = try readRoster("\(Self.header)\nF1,Özkan,firm,29.10,29.0,40.2,,\n")
        #expect(roster.members[0].location == Coordinate(longitude: 29.0, latitude: 40.2))
        #expect(roster.warnings.count == 1)
        #expect(roster.warnings[0].memberID == "F1")
        #expect(roster.warnings[0].location == "t.csv:2:5")
        #expect(roster.warnings[0].message.contains("probably swapped"))
        let kept = try readRoster("\(Self.header)\nF1,Özkan,firm,29.10,29.0,40.2,,\n",
                                  options: .init(swappedCoordinates: .keepAsGiven))
        #expect(kept.members[0].location == Coordinate(longitude: 40.2, latitude: 29.0))
    }

    @Test("A point far from Türkiye is kept, with a warning")
    func outside() throws {
        let roster = try readRoster("\(Self.header)\nF1,Berlin GmbH,firm,29.10,52.52,13.40,,\n")
        #expect(roster.members[0].location == Coordinate(longitude: 13.4, latitude: 52.52))
        #expect(roster.warnings.first?.message.contains("outside Türkiye") == true)
    }
}
