import KumeData
import Testing
@testable import Kume

@Suite("EntityMatching")
struct EntityMatchingTests {
    private func firm(_ cluster: String, _ id: String, _ name: String, tax: String? = nil) -> EntityRecord {
        EntityRecord(cluster: cluster, id: id, name: name, type: .firm, taxNumber: tax, province: "Bursa")
    }

    private func university(_ cluster: String, _ id: String, _ name: String, province: String) -> EntityRecord {
        EntityRecord(cluster: cluster, id: id, name: name, type: .university, province: province)
    }

    @Test("One tax number under two spellings is one entity, merged by its tax number")
    func taxNumber() async throws {
        let matching = try await EntityMatching.match([
            firm("a", "F1", "Oyak Renault Otomobil Fabrikaları A.Ş.", tax: "6490012345"),
            firm("b", "F7", "ORFA Oyak-Renault", tax: "6490012345"),
        ])
        #expect(matching.entityCount == 1)
        #expect(matching.merges == [.init(rule: .taxNumber, first: 0, second: 1, basis: "6490012345")])
        #expect(matching.nearMisses.isEmpty)
    }

    @Test("The same name with two tax numbers stays two entities and is listed as a near-miss")
    func twoTaxNumbers() async throws {
        let matching = try await EntityMatching.match([
            firm("a", "F1", "Yıldız Kalıp San. Tic. Ltd. Şti.", tax: "9990000011"),
            firm("b", "F2", "Yıldız Kalıp Sanayi Limited Şirketi", tax: "1230000045"),
            firm("c", "F3", "Yıldız Kalıp Ltd."),
        ])
        #expect(matching.entityOf == [0, 1, 2])
        #expect(matching.merges.isEmpty)
        #expect(matching.nearMisses.map(\.reason) == [.differentTaxIDs, .ambiguousName, .ambiguousName])
        #expect(matching.nearMisses.map(\.first) == [0, 2, 2])
        #expect(matching.nearMisses.map(\.second) == [1, 0, 1])
    }

    @Test("A name without a tax number joins the one tax number its name carries")
    func nameJoinsTaxed() async throws {
        let matching = try await EntityMatching.match([
            firm("a", "F1", "Yıldız Kalıp San. Tic. Ltd. Şti.", tax: "9990000011"),
            firm("b", "F3", "YILDIZ KALIP LTD ŞTİ"),
        ])
        #expect(matching.entityOf == [0, 0])
        #expect(matching.merges == [.init(rule: .name, first: 0, second: 1, basis: "yildiz kalip")])
    }

    @Test("A university in three clusters under three spellings is one entity; in another province it is not")
    func university() async throws {
        let matching = try await EntityMatching.match([
            university("a", "U1", "Bursa Uludağ Üniversitesi", province: "Bursa"),
            university("b", "K2", "Uludağ Üniv.", province: "Bursa"),
            university("c", "U9", "T.C. Bursa Uludağ Üniversitesi Rektörlüğü", province: "Bursa"),
            university("d", "U1", "Uludağ Üniversitesi", province: "Ankara"),
            university("e", "U1", "Bursa Teknik Üniversitesi", province: "Bursa"),
            university("e", "U2", "Konya Teknik Üniversitesi", province: "Konya"),
        ])
        #expect(matching.entityOf == [0, 0, 0, 1, 2, 3])
        #expect(matching.merges.map(\.rule) == [.name, .name])
        // Uludağ in Ankara is a near-miss; "Bursa Teknik" and "Konya Teknik" both name their province.
        #expect(matching.nearMisses == [.init(reason: .differentProvince, first: 0, second: 3)])
    }

    @Test("The same name under two types, and names one letter apart or one the start of the other, are near-misses")
    func similar() async throws {
        let matching = try await EntityMatching.match([
            EntityRecord(cluster: "a", id: "T1", name: "Uludağ Teknopark", type: .technologyDevelopmentZone, province: "Bursa"),
            EntityRecord(cluster: "b", id: "T1", name: "Uludağ Teknopark", type: .researchInstitution, province: "Bursa"),
            firm("a", "F1", "Karsan Otomotiv A.Ş."),
            firm("b", "F1", "Karsan Otomotif A.Ş."),
            firm("c", "F1", "Coşkunöz Holding"),
            firm("c", "F2", "Coşkunöz Holding Metal Form"),
            firm("c", "F3", "Bosch"),
            firm("c", "F4", "Bosh"),
        ])
        #expect(matching.entityCount == 8)
        #expect(matching.nearMisses == [
            .init(reason: .differentType, first: 0, second: 1),
            .init(reason: .similarName, first: 2, second: 3),
            .init(reason: .similarName, first: 4, second: 5),
        ])  // "Bosch" and "Bosh" are too short to pair on one letter
    }

    @Test("--same joins and --different keeps apart, and neither is then a near-miss")
    func decisions() async throws {
        let records = [
            firm("a", "F1", "Karsan Otomotiv"),
            firm("b", "F1", "Karsan Otomotif"),
            firm("a", "F2", "Özdemir Döküm"),
            firm("b", "F2", "Özdemir Döküm A.Ş."),
        ]
        let matching = try await EntityMatching.match(records, decisions: [
            EntityDecision(kind: .same, first: "a/F1", second: "Karsan Otomotif", origin: "--same"),
            EntityDecision(kind: .different, first: "a/F2", second: "b/F2", origin: "d.csv:2"),
        ])
        #expect(matching.entityOf == [0, 0, 1, 2])
        #expect(matching.merges == [.init(rule: .decision, first: 0, second: 1, basis: "--same")])
        #expect(matching.nearMisses.isEmpty)
        #expect(matching.decisions.map(\.second) == [[1], [3]])
    }

    @Test("A decision that names no member, joins two tax numbers or separates one is refused")
    func badDecisions() async throws {
        let records = [firm("a", "F1", "Karsan", tax: "1111111111"), firm("b", "F1", "Karsan", tax: "2222222222"),
                       firm("c", "F1", "Karsan Otomotiv", tax: "1111111111")]
        let unknown = try await #require(throws: EntityDecisionError.self) {
            try await EntityMatching.match(records, decisions: [.init(kind: .same, first: "z/F1", second: "a/F1", origin: "--same")])
        }
        #expect(unknown.description.hasPrefix("--same: 'z/F1' names no member"))
        let taxes = try await #require(throws: EntityDecisionError.self) {
            try await EntityMatching.match(records, decisions: [.init(kind: .same, first: "a/F1", second: "b/F1", origin: "--same")])
        }
        #expect(taxes.problem.contains("different tax numbers (1111111111 and 2222222222)"))
        let separated = try await #require(throws: EntityDecisionError.self) {
            try await EntityMatching.match(records, decisions: [.init(kind: .different, first: "a/F1", second: "c/F1", origin: "x.csv:4")])
        }
        #expect(separated.description.hasPrefix("x.csv:4: a/F1 and c/F1 have the same tax number 1111111111"))
        let contradiction = try await #require(throws: EntityDecisionError.self) {
            try await EntityMatching.match([firm("a", "F1", "X"), firm("b", "F1", "Y")], decisions: [
                .init(kind: .different, first: "a/F1", second: "b/F1", origin: "--different"),
                .init(kind: .same, first: "a/F1", second: "b/F1", origin: "--same"),
            ])
        }
        #expect(contradiction.problem.contains("also decided to be different"))
    }
}
