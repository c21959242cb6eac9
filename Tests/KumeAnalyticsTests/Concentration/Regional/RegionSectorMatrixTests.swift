import KumeData
import KumeAnalytics
import Testing

@Suite("RegionSectorMatrix")
struct RegionSectorMatrixTests {
    @Test("The long table reads into the same matrix as EconGeo's wide table")
    func longEqualsWide() throws {
        let path = ReferenceFixture.path("econgeo", "econgeo_input_matrix_12x15_long.csv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let result = try RegionSectorTableReader.read(text: text, file: "long.csv")
        #expect(result.matrix == (try EconGeoInput.matrix()))
        #expect(result.warnings.isEmpty)
    }

    @Test("A repeated region and sector pair is summed and named in a warning")
    func duplicatesSummed() throws {
        let text = "province;nace;employment\nAnkara;29.10;5\nBursa;29.10;7\nAnkara;29.10;3\n"
        let result = try RegionSectorTableReader.read(text: text, file: "t.csv")
        #expect(result.matrix.regions == ["Ankara", "Bursa"])
        #expect(result.matrix.sectors == ["29.10"])
        #expect(result.matrix.values == [8, 7])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.location == "t.csv:4:1")
    }

    @Test("Bad values are all reported as FILE:LINE:COLUMN with a remedy")
    func badValues() throws {
        let text = "region,sector,value\nA,x,-1\nB,\"y, z\",abc\nC,,4\n"
        let error = try #require(throws: InputError.self) {
            try RegionSectorTableReader.read(text: text, file: "bad.csv")
        }
        let lines = error.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("bad.csv:2:3: value '-1' is negative — "))
        #expect(lines[1].hasPrefix("bad.csv:3:3: value 'abc' is not a number"))
        #expect(lines[2].hasPrefix("bad.csv:4:2: the sector is empty — "))
    }

    @Test("A header without a value column says which names to use")
    func missingColumn() throws {
        let error = try #require(throws: InputError.self) {
            try RegionSectorTableReader.read(text: "region,sector\nA,B\n", file: "h.csv")
        }
        #expect(error.description.contains("h.csv:1:1: the header has no value column (the header has: region, sector) — name the columns"))
    }

    @Test("Turkish thousands in a ';' table are read, never as decimals; a tab table refuses them as ambiguous")
    func thousands() throws {
        // Manisa's 12.500 employees in division 27, as a Turkish spreadsheet writes them.
        let semicolon = try RegionSectorTableReader.read(text: "il;sektör;istihdam\nManisa;27;12.500\nManisa;28;1.250\n", file: "m.csv")
        #expect(semicolon.matrix.regions == ["Manisa"])
        #expect(semicolon.matrix.sectors == ["27", "28"])
        #expect(semicolon.matrix.values == [12_500, 1_250])
        let comma = try RegionSectorTableReader.read(text: "region,sector,value\nManisa,27,12.500\n", file: "m.csv")
        #expect(comma.matrix.values == [12.5])
        let error = try #require(throws: InputError.self) {
            try RegionSectorTableReader.read(text: "region\tsector\tvalue\nManisa\t27\t12.500\n", file: "m.tsv")
        }
        #expect(error.description.hasPrefix("m.tsv:2:3: value '12.500' is ambiguous"))
    }

    @Test("Values that do not fit the labels are rejected")
    func shapeErrors() {
        #expect(throws: RegionalMeasureError.shapeMismatch(expected: 4, got: 3)) {
            try RegionSectorMatrix(regions: ["a", "b"], sectors: ["x", "y"], values: [1, 2, 3])
        }
        #expect(throws: RegionalMeasureError.duplicateLabel("a")) {
            try RegionSectorMatrix(regions: ["a", "a"], sectors: ["x"], values: [1, 2])
        }
        #expect(throws: RegionalMeasureError.invalidValue(region: "b", sector: "x", value: -2)) {
            try RegionSectorMatrix(regions: ["a", "b"], sectors: ["x"], values: [1, -2])
        }
    }

    @Test("Firms aggregate by province and NACE level, by employment or by count")
    func aggregation() throws {
        // Four firms: Bursa 29.10 (100), Bursa 29.32 (50), Bursa 22.19 (unknown), Kocaeli 29.10 (20).
        let regions = ["Bursa", "Bursa", "Bursa", "Kocaeli"]
        let codes = ["29.10", "29.32", "22.19", "29.10"].map { NaceCode(canonical: $0) }
        let employment: [Double?] = [100, 50, nil, 20]
        let byDivision = try RegionSectorMatrix.aggregating(
            regions: regions, naceCodes: codes, employment: employment, level: .division, weighting: .employment)
        #expect(byDivision.matrix.regions == ["Bursa", "Kocaeli"])
        #expect(byDivision.matrix.sectors == ["22", "29"])
        #expect(byDivision.matrix.values == [0, 150, 0, 20])
        #expect(byDivision.firmsWithoutEmployment == 1)
        let bySection = try RegionSectorMatrix.aggregating(
            regions: regions, naceCodes: codes, employment: employment, level: .section, weighting: .firms)
        #expect(bySection.matrix.sectors == ["C"])
        #expect(bySection.matrix.values == [3, 1])
        let byClass = try RegionSectorMatrix.aggregating(
            regions: regions, naceCodes: codes, employment: [], level: .class, weighting: .firms)
        #expect(byClass.matrix.sectors == ["22.19", "29.10", "29.32"])
        #expect(byClass.matrix.values == [1, 1, 1, 0, 1, 0])
    }
}
